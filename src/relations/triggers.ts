/**
 * Compiles a language's trigger lexicon into one RegExp per language, with a
 * numbered group around each pattern so a match tells which trigger fired; the
 * patterns are lowercased and run over the lowercased text. The search tries the
 * RegExp only at the tokens that start like a trigger (see `searchAtStarts`).
 */
import type { LanguagePack, TriggerPattern } from "../lang/types.js";
import type { RelationType } from "../schema/result.js";
import { CharClass, COMMON_WORD_UNITS, charClasses } from "../text/chars.js";
import type { Tokens } from "../text/tokens.js";
import { PREFIX_UNITS, matchStarts } from "./trigger-prefixes.js";

export interface Trigger {
  type: RelationType;
  kind?: string;
  voice: "active" | "passive";
  agent?: "after";
  start: number;
  end: number;
  text: string;
}

export interface CompiledTriggers {
  regex: RegExp | null;
  alternatives: { type: RelationType; pattern: TriggerPattern }[];
  /** The capture-group number that wraps each alternative (patterns may hold groups of their own). */
  groups: number[];
  /**
   * The same RegExp, sticky, and what its matches can start with, so the search tries it
   * only at the tokens that start like a trigger (see `findTriggers`): made by
   * `prepareDispatch` (undefined until then), null when some match need not start a token.
   */
  dispatch: Dispatch | null | undefined;
  /** What `prepareDispatch` reads: the alternatives' lowercased sources, and the script has no spaces. */
  sources: readonly string[];
  unspaced: boolean;
}

export interface Dispatch {
  sticky: RegExp;
  starts: StartTable;
}

/**
 * The starts of a language's triggers, up to `PREFIX_UNITS` units: one table per length,
 * indexed by a hash of the units so far; bit 1 = a whole start, bit 2 = the beginning of
 * a longer one. A hash collision only makes a position worth trying, never hides one.
 */
interface StartTable {
  /** The tables of each length, one after the other, `mask + 1` entries each. */
  bits: Uint8Array;
  mask: number;
}

/** Word boundaries for any script: no letter or digit on either side. */
const BEFORE = `(?<![${COMMON_WORD_UNITS}])(?<![\\p{L}\\p{M}\\p{N}])`;
const AFTER = "(?![\\p{L}\\p{M}\\p{N}])";

/**
 * One RegExp for all triggers of the pack (null when it has none).
 * @example compileTriggers(en).regex.test("held talks")
 */
export function compileTriggers(pack: LanguagePack | undefined): CompiledTriggers {
  const alternatives: CompiledTriggers["alternatives"] = [];
  for (const [type, patterns] of Object.entries(pack?.triggers ?? {}) as [RelationType, TriggerPattern[]][]) {
    for (const pattern of patterns) alternatives.push({ type, pattern });
  }
  if (alternatives.length === 0) return { regex: null, alternatives, groups: [], dispatch: null, sources: [], unspaced: false };
  // One numbered group around each alternative; its number skips the groups inside earlier ones.
  // Lowercase, matched against lowercased text (`lowerText`): a case-insensitive RegExp
  // compiled ~2.5 times slower (its first use was a fifth of the first `extract`) and ran slower.
  // Groups inside a pattern only group: no one reads what they capture (see `withoutCaptures`).
  const sources = alternatives.map((a) => withoutCaptures(lowercaseSource(a.pattern.pattern.trim().replace(/ +/g, "\\s+"))));
  const groups: number[] = [];
  let next = 1;
  for (const src of sources) {
    groups.push(next);
    next += 1 + countGroups(src);
  }
  const source = sources.map((src) => `(${src})`).join("|");
  // Unspaced scripts have no word boundaries (Korean patterns spell out the particles they take).
  const unspaced = pack?.syntax?.unspaced === true;
  const before = unspaced ? "" : BEFORE;
  const after = unspaced ? "" : AFTER;
  return { regex: new RegExp(`${before}(?:${source})${after}`, "gu"), alternatives, groups, dispatch: undefined, sources, unspaced };
}

/**
 * The dispatch of `compiled` (see `CompiledTriggers.dispatch`), made at the first call.
 * Reading the patterns took 4–6 ms of a cold process's first `extract` (1.4–2 ms for the
 * rest of `compileTriggers`), more than it saves on one document: the relation stage asks
 * for it from a language's second document on.
 * @example findTriggers(compiled, text, 0, text.length, lowerText(text), tokens) // after prepareDispatch(compiled)
 */
export function prepareDispatch(compiled: CompiledTriggers): Dispatch | null {
  if (compiled.dispatch === undefined) {
    const starts = compiled.regex ? startTable(compiled.sources, compiled.unspaced) : null;
    compiled.dispatch = starts ? { sticky: new RegExp(compiled.regex!.source, "uy"), starts } : null;
  }
  return compiled.dispatch;
}

/**
 * The start table of a language's alternatives, or null when some alternative can start
 * with anything or with a unit where a token need not start: in a spaced script, a match
 * starts a word, so it must start with a letter or digit; without spaces (no word
 * boundary) only with a Han or kana unit, each of which is a token of its own.
 */
function startTable(sources: readonly string[], unspaced: boolean): StartTable | null {
  const classes = charClasses();
  const all = new Set<string>();
  for (const source of sources) {
    const starts = matchStarts(source);
    if (!starts) return null;
    for (const s of starts) {
      const c = classes[s.charCodeAt(0)];
      if (unspaced ? c !== CharClass.Ideograph : c !== CharClass.Letter && c !== CharClass.Digit) return null;
      all.add(s);
    }
  }
  // Eight entries or more per start (a few kilobytes a language): few collisions, and small enough to stay in the cache.
  let size = 1024;
  while (size < all.size * 8) size *= 2;
  const table: StartTable = { bits: new Uint8Array(size * PREFIX_UNITS), mask: size - 1 };
  for (const s of all) {
    let h = 0;
    for (let i = 0; i < s.length; i++) {
      h = nextHash(h, s.charCodeAt(i));
      table.bits[i * size + (h & table.mask)]! |= i === s.length - 1 ? 1 : 2;
    }
  }
  return table;
}

/** The hash of one more unit (the first: `nextHash(0, unit)`). */
function nextHash(h: number, unit: number): number {
  return Math.imul(h ^ unit, 0x9e3779b1) ^ (h >>> 15);
}

/** True if a trigger may start at `lower[p]` (the search ends at `end`). */
function mayStart(table: StartTable, lower: string, p: number, end: number): boolean {
  const { bits, mask } = table;
  let h = 0;
  for (let i = 0; i < PREFIX_UNITS && p + i < end; i++) {
    h = nextHash(h, lower.charCodeAt(p + i));
    const b = bits[i * (mask + 1) + (h & mask)]!;
    if (b & 1) return true;
    if (b === 0) return false;
  }
  return false;
}

/**
 * The triggers in `text[start, end)`, in text order; `lower` is `lowerText(text)`
 * when the caller has it (one per document, not one per sentence), and `tokens` the
 * text's tokens, when it has them, to try the RegExp only where a trigger can start
 * (once `prepareDispatch` has made the dispatch).
 * @example findTriggers(compiled, "Xi met Kim.", 0, 11) // [{ type: "meeting", text: "met", … }]
 */
export function findTriggers(compiled: CompiledTriggers, text: string, start: number, end: number, lower?: string, tokens?: Tokens): Trigger[] {
  if (!compiled.regex) return [];
  const out: Trigger[] = [];
  const low = lower ?? lowerText(text);
  const slice = low.slice(start, end);
  if (tokens && compiled.dispatch) {
    searchAtStarts(compiled, compiled.dispatch, text, low, slice, start, end, tokens, out);
    return out;
  }
  // An exec loop, not matchAll: matchAll clones the regex on every call.
  const regex = compiled.regex;
  regex.lastIndex = 0;
  for (let m = regex.exec(slice); m !== null; m = regex.exec(slice)) {
    if (m[0].length === 0) regex.lastIndex++;
    pushTrigger(compiled, m, text, start, out);
  }
  return out;
}

/**
 * The search of `findTriggers` tried only where a trigger can start: at the span's start
 * and at the tokens whose first units begin some trigger. It finds what the global RegExp
 * finds. In a spaced script every match starts with a letter or digit after none of
 * `\p{L}\p{M}\p{N}`, and so where a token starts (tokens are runs of letters and digits;
 * test/relations/triggers.test.ts checks that their classes are inside the boundary's,
 * lowercased too); without spaces every match starts with a Han or kana unit, each a token.
 * The sticky copy at a position matches what the global one finds there.
 */
function searchAtStarts(compiled: CompiledTriggers, dispatch: Dispatch, text: string, lower: string, slice: string, start: number, end: number, tokens: Tokens, out: Trigger[]): void {
  const { sticky, starts } = dispatch;
  const tokenStarts = tokens.start;
  // The first token that starts at or after `start`.
  let lo = 0;
  let hi = tokens.count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokenStarts[mid]! < start) lo = mid + 1;
    else hi = mid;
  }
  let next = start; // no match may start before this (the end of the last one)
  let p = start;
  for (let t = lo; ; ) {
    if (p >= next && mayStart(starts, lower, p, end)) {
      sticky.lastIndex = p - start;
      const m = sticky.exec(slice);
      if (m !== null) {
        next = p + Math.max(1, m[0].length);
        pushTrigger(compiled, m, text, start, out);
      }
    }
    // The next token start after p (the sentence's own start may be inside a token, or be one).
    while (t < tokens.count && tokenStarts[t]! <= p) t++;
    if (t >= tokens.count) break;
    p = tokenStarts[t]!;
    if (p >= end) break;
  }
}

/** The trigger of a match of the alternation (which alternative matched: the first group set). */
function pushTrigger(compiled: CompiledTriggers, m: RegExpExecArray, text: string, start: number, out: Trigger[]): void {
  const groups = compiled.groups;
  let index = -1;
  for (let i = 0; i < groups.length; i++) {
    if (m[groups[i]!] !== undefined) {
      index = i;
      break;
    }
  }
  if (index < 0) return;
  const { type, pattern } = compiled.alternatives[index]!;
  const at = start + m.index!;
  const t: Trigger = { type, voice: pattern.voice ?? "active", start: at, end: at + m[0].length, text: text.slice(at, at + m[0].length) };
  if (pattern.kind) t.kind = pattern.kind;
  if (pattern.agent) t.agent = pattern.agent;
  out.push(t);
}

/**
 * The text in lowercase, unit for unit (offsets carry over): "İ" is the only BMP
 * unit whose lowercase is longer, and it becomes "i".
 * @example lowerText("KCNA: Kim") === "kcna: kim"
 */
export function lowerText(text: string): string {
  return (text.includes("\u0130") ? text.replace(/\u0130/g, "i") : text).toLowerCase();
}

/**
 * A pattern source with its literal characters in lowercase; escapes (\\S, \\p{Lu},
 * \\u0130…) are kept as written.
 * @example lowercaseSource("Teilnahme(?=\\s(?:des|der))") === "teilnahme(?=\\s(?:des|der))"
 */
export function lowercaseSource(source: string): string {
  let out = "";
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === "\\") {
      const next = source[i + 1] ?? "";
      const brace = (next === "p" || next === "P" || next === "u") && source[i + 2] === "{" ? source.indexOf("}", i) : -1;
      const end = brace >= 0 ? brace + 1 : next === "u" ? i + 6 : next === "x" ? i + 4 : next === "c" ? i + 3 : i + 2;
      out += source.slice(i, end);
      i = end - 1;
      continue;
    }
    const lower = ch.toLowerCase();
    out += lower.length === 1 ? lower : ch;
  }
  return out;
}

/**
 * A pattern source with its numbered groups made non-capturing: "(" not escaped, not in
 * a class and not "(?" becomes "(?:". The search reads only the group around each
 * alternative, and captures cost: every `exec` sets up and every match fills two registers
 * a group, and a group inside a loop ("(\\p{L}+\\s+){0,2}") is saved and restored as the
 * matcher backtracks. The Serbian alternation had 106 such groups; over the Slovenian and
 * Croatian fixture texts the alternations ran 1.3–2.6× faster without them, and `extract`
 * 7–12 % (bench/RESULTS.md). A source with a numbered
 * back-reference ("\\1") is left as it is, since its numbers would change; named groups stay.
 * @example withoutCaptures("(a|b)\\((c)[(]") === "(?:a|b)\\((?:c)[(]"
 */
export function withoutCaptures(source: string): string {
  if (/\\[1-9]/.test(source)) return source;
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === "\\") {
      out += source.slice(i, i + 2);
      i++;
    } else if (inClass) {
      inClass = ch !== "]";
      out += ch;
    } else if (ch === "[") {
      inClass = true;
      out += ch;
    } else out += ch === "(" && source[i + 1] !== "?" ? "(?:" : ch;
  }
  return out;
}

/**
 * The capturing groups of a pattern source, counted without compiling it: "(" not
 * escaped, not in a class, and not "(?:", "(?=", "(?!", "(?<=", "(?<!".
 * @example countGroups("(a|(?:b))(?<x>c)\\(") === 2
 */
export function countGroups(source: string): number {
  let count = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === "\\") i++;
    else if (inClass) inClass = ch !== "]";
    else if (ch === "[") inClass = true;
    else if (ch === "(") {
      if (source[i + 1] !== "?") count++;
      else if (source[i + 2] === "<" && source[i + 3] !== "=" && source[i + 3] !== "!") count++;
    }
  }
  return count;
}
