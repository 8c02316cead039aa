/**
 * The strings a RegExp's matches can start with, read from its source: for each
 * trigger alternation, every start of up to `PREFIX_UNITS` code units a match can
 * have. A superset by construction (look-arounds, back-references and large classes
 * count as "anything from here"), so a position whose text starts with none of them
 * cannot be where a match starts.
 */

/** Units of a start kept: enough to tell most words apart, few enough for the sets to stay small. */
export const PREFIX_UNITS = 5;
/** Beyond this many strings a set is cut to shorter starts (see `guard`): the work of keeping it would outgrow its use. */
const MAX_STRINGS = 4096;
/** A class with at most this many code points is spelled out; a larger one is "anything". */
const MAX_CLASS = 16;

/**
 * What a piece of a pattern can match, cut at `PREFIX_UNITS` units: `open` strings were
 * matched whole (the next piece continues them), `closed` ones are cut (a wildcard or
 * the limit came next). A closed "" means anything at all.
 */
interface Starts {
  open: Set<string>;
  closed: Set<string>;
}

const EMPTY = (): Starts => ({ open: new Set([""]), closed: new Set() });
const ANYTHING = (): Starts => ({ open: new Set(), closed: new Set([""]) });
/** What `escapedUnits` returns for `\b` and `\B`, which match no character. */
const BOUNDARY = Symbol("boundary");
const DIGITS = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
const literal = (units: readonly string[]): Starts => ({ open: new Set(units), closed: new Set() });

/**
 * The starts of the matches of `source` (a RegExp source with flag `u`), or null when a
 * match can start with anything (some alternative begins with a large class, a
 * back-reference or a pattern this reader does not know).
 * @example matchStarts("met(?: with)?|talks") // Set { "met", "met w", "talks" }
 */
export function matchStarts(source: string): Set<string> | null {
  let starts: Starts;
  try {
    const reader = new Reader(source);
    starts = reader.disjunction();
    if (reader.at < source.length) return null;
  } catch {
    return null;
  }
  const out = new Set<string>();
  for (const s of starts.open) out.add(s);
  for (const s of starts.closed) out.add(s);
  return out.has("") ? null : out;
}

/** A recursive-descent reader of the RegExp grammar (with flag `u`) that computes starts instead of a tree. */
class Reader {
  at = 0;
  /** Inside a look-around, or after every start is cut: the pattern is read, its strings not computed. */
  private skipping = 0;
  constructor(private readonly src: string) {}

  disjunction(): Starts {
    let out = this.alternative();
    while (this.src[this.at] === "|") {
      this.at++;
      out = union(out, this.alternative());
    }
    return out;
  }

  private alternative(): Starts {
    let out = EMPTY();
    const reading = this.skipping === 0;
    // Once every start is cut, the rest of the alternative is only read past.
    let cut = false;
    while (this.at < this.src.length && this.src[this.at] !== "|" && this.src[this.at] !== ")") {
      if (reading && !cut && out.open.size === 0) {
        cut = true;
        this.skipping++;
      }
      const atom = this.term();
      if (reading && !cut) out = concat(out, atom);
    }
    if (cut) this.skipping--;
    return out;
  }

  private term(): Starts {
    const atom = this.atom();
    const q = this.quantifier();
    if (!q || this.skipping > 0) return atom;
    let out = EMPTY();
    for (let i = 0; i < q.min && i <= PREFIX_UNITS; i++) out = concat(out, atom);
    // Optional copies until nothing changes (each adds a unit or nothing; the limit ends it).
    const optional = union(EMPTY(), atom);
    for (let i = q.min; i < q.max && i <= q.min + PREFIX_UNITS; i++) {
      const next = concat(out, optional);
      if (same(next, out)) break;
      out = next;
    }
    return out;
  }

  private quantifier(): { min: number; max: number } | null {
    const ch = this.src[this.at];
    let q: { min: number; max: number } | null = null;
    if (ch === "*") q = { min: 0, max: Infinity };
    else if (ch === "+") q = { min: 1, max: Infinity };
    else if (ch === "?") q = { min: 0, max: 1 };
    else if (ch === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.at));
      if (!m) throw new Error("bad quantifier");
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] === "" ? Infinity : Number(m[3]);
      this.at += m[0].length - 1;
      q = { min, max };
    }
    if (!q) return null;
    this.at++;
    if (this.src[this.at] === "?") this.at++; // lazy: the same strings
    return q;
  }

  private atom(): Starts {
    const src = this.src;
    const ch = src[this.at]!;
    if (ch === "(") {
      this.at++;
      let zeroWidth = false;
      if (src.startsWith("?:", this.at)) this.at += 2;
      else if (src.startsWith("?=", this.at) || src.startsWith("?!", this.at)) {
        this.at += 2;
        zeroWidth = true;
      } else if (src.startsWith("?<=", this.at) || src.startsWith("?<!", this.at)) {
        this.at += 3;
        zeroWidth = true;
      } else if (src.startsWith("?<", this.at)) this.at = src.indexOf(">", this.at) + 1;
      else if (src[this.at] === "?") throw new Error("unknown group");
      if (zeroWidth) this.skipping++;
      const inner = this.disjunction();
      if (zeroWidth) this.skipping--;
      if (src[this.at] !== ")") throw new Error("unclosed group");
      this.at++;
      // A look-around matches no text: what follows it starts the match (a superset).
      return zeroWidth ? EMPTY() : inner;
    }
    if (ch === "^" || ch === "$") {
      this.at++;
      return EMPTY();
    }
    if (ch === ".") {
      this.at++;
      return ANYTHING();
    }
    if (ch === "[") return this.characterClass();
    if (ch === "\\") return this.escape();
    if (ch === ")" || ch === "|" || ch === "*" || ch === "+" || ch === "?" || ch === "{" || ch === "}" || ch === "]") throw new Error("syntax");
    const cp = src.codePointAt(this.at)!;
    this.at += cp > 0xffff ? 2 : 1;
    return literal([String.fromCodePoint(cp)]);
  }

  /** An escape outside a class: literal units, an assertion, or a class of many (anything). */
  private escape(): Starts {
    const units = this.escapedUnits();
    if (units === BOUNDARY) return EMPTY();
    return units === null ? ANYTHING() : literal(units);
  }

  /**
   * Reads the escape at `at`; returns its characters (one, or the ten of `\d`), `BOUNDARY`
   * for the word assertions, or null for an escape that stands for many characters
   * (\s, \p{…}, a back-reference…).
   */
  private escapedUnits(): readonly string[] | typeof BOUNDARY | null {
    const src = this.src;
    const next = src[this.at + 1];
    if (next === undefined) throw new Error("trailing backslash");
    this.at += 2;
    switch (next) {
      case "b":
      case "B":
        return BOUNDARY;
      case "d":
        return DIGITS;
      case "D": case "s": case "S": case "w": case "W":
        return null;
      case "p": case "P": {
        const close = src.indexOf("}", this.at);
        if (src[this.at] !== "{" || close < 0) throw new Error("bad property");
        this.at = close + 1;
        return null;
      }
      case "k": {
        const close = src.indexOf(">", this.at);
        if (close < 0) throw new Error("bad name");
        this.at = close + 1;
        return null;
      }
      case "u": {
        if (src[this.at] === "{") {
          const close = src.indexOf("}", this.at);
          const cp = parseInt(src.slice(this.at + 1, close), 16);
          this.at = close + 1;
          return [String.fromCodePoint(cp)];
        }
        const code = parseInt(src.slice(this.at, this.at + 4), 16);
        if (Number.isNaN(code)) throw new Error("bad \\u");
        this.at += 4;
        return [String.fromCharCode(code)];
      }
      case "x": {
        const code = parseInt(src.slice(this.at, this.at + 2), 16);
        if (Number.isNaN(code)) throw new Error("bad \\x");
        this.at += 2;
        return [String.fromCharCode(code)];
      }
      case "n": return ["\n"];
      case "t": return ["\t"];
      case "r": return ["\r"];
      case "f": return ["\f"];
      case "v": return ["\v"];
      case "0": return ["\0"];
      case "c": {
        const letter = src.charCodeAt(this.at);
        this.at++;
        return [String.fromCharCode(letter % 32)];
      }
      default:
        if (next >= "1" && next <= "9") {
          while (src[this.at]! >= "0" && src[this.at]! <= "9") this.at++;
          return null;
        }
        return [next]; // an escaped syntax character: itself
    }
  }

  /** A class: its characters when there are few, else anything. */
  private characterClass(): Starts {
    const src = this.src;
    this.at++;
    const negated = src[this.at] === "^";
    if (negated) this.at++;
    const chars: string[] = [];
    let many = negated;
    while (src[this.at] !== "]") {
      if (this.at >= src.length) throw new Error("unclosed class");
      const from = this.classUnits();
      if (src[this.at] === "-" && src[this.at + 1] !== "]") {
        this.at++;
        const to = this.classUnits();
        // A range runs between two single characters; `\d-x` is not one (invalid with flag `u`).
        if (from?.length !== 1 || to?.length !== 1) throw new Error("bad range");
        const a = from[0]!.codePointAt(0)!;
        const b = to[0]!.codePointAt(0)!;
        if (b - a + 1 > MAX_CLASS) many = true;
        else for (let c = a; c <= b; c++) chars.push(String.fromCodePoint(c));
      } else if (from === null) many = true;
      else chars.push(...from);
    }
    this.at++;
    return many || chars.length > MAX_CLASS ? ANYTHING() : literal(chars);
  }

  /** The characters of one class item (a character, or an escape such as `\d`), or null for an escape of many (\s, \p{…}). */
  private classUnits(): readonly string[] | null {
    const src = this.src;
    if (src[this.at] === "\\") {
      // In a class, `\b` is the backspace character, not a word boundary.
      if (src[this.at + 1] === "b") {
        this.at += 2;
        return ["\b"];
      }
      const units = this.escapedUnits();
      if (units === BOUNDARY) throw new Error("\\B in a class");
      return units;
    }
    const cp = src.codePointAt(this.at)!;
    this.at += cp > 0xffff ? 2 : 1;
    return [String.fromCodePoint(cp)];
  }
}

/** Adds `b`'s strings to `a` (in place); returns `a`, or `a` cut shorter when it grew too large (see `guard`). */
function union(a: Starts, b: Starts): Starts {
  for (const s of b.open) a.open.add(s);
  for (const s of b.closed) a.closed.add(s);
  return guard(a);
}

/** What `a` then `b` can match, cut at the limit. */
function concat(a: Starts, b: Starts): Starts {
  const out: Starts = { open: new Set(), closed: new Set(a.closed) };
  for (const x of a.open) {
    for (const y of b.open) {
      const s = x + y;
      if (s.length >= PREFIX_UNITS) out.closed.add(s.slice(0, PREFIX_UNITS));
      else out.open.add(s);
    }
    for (const y of b.closed) out.closed.add((x + y).slice(0, PREFIX_UNITS));
  }
  return guard(out);
}

/**
 * Too many strings to be worth keeping (a class repeated, `\\d+`): the strings cut a unit
 * shorter (those cut no longer open), until few enough are left (a shorter start says less, so the
 * set stays a superset); cut to nothing, it is anything.
 */
function guard(s: Starts): Starts {
  let out = s;
  let length = PREFIX_UNITS;
  while (out.open.size + out.closed.size > MAX_STRINGS) {
    if (--length === 0) return ANYTHING();
    const open = new Set<string>();
    const closed = new Set<string>();
    for (const x of out.open) (x.length < length ? open : closed).add(x.slice(0, length));
    for (const x of out.closed) closed.add(x.slice(0, length));
    out = { open, closed };
  }
  return out;
}

function same(a: Starts, b: Starts): boolean {
  if (a.open.size !== b.open.size || a.closed.size !== b.closed.size) return false;
  for (const s of a.open) if (!b.open.has(s)) return false;
  for (const s of a.closed) if (!b.closed.has(s)) return false;
  return true;
}
