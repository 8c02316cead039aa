/**
 * Words of the text, in any script: a fast scan where words are spaced, one
 * token per character for Han and kana (names are matched character by
 * character there), and `Intl.Segmenter` for scripts written without spaces
 * whose words are not single characters (Thai, Lao, Khmer, Myanmar).
 */
import { CharClass, PROP_CASED, PROP_CLASS, PROP_MARK, PROP_UPPER, astralClass, charProps } from "./chars.js";
import { hashRange, wordAt } from "./word-table.js";

export const enum TokenFlag {
  /** Starts with an uppercase letter. */
  Upper = 1,
  /** Two or more letters, all uppercase. */
  AllCaps = 2,
  /** One Han or kana character. */
  Ideograph = 4,
  /** Only digits. */
  Numeric = 8,
  /** Has a letter of a cased script (Latin, Cyrillic, Greek…). */
  Cased = 16,
}

/** The words of a text as parallel arrays (struct of arrays: fast and compact). */
export interface Tokens {
  count: number;
  start: Int32Array;
  end: Int32Array;
  flags: Uint8Array;
  /** Folded form of each token (see `foldText`); past `count`, holes. */
  keys: string[];
}

let unspacedSegmenter: Intl.Segmenter | undefined;

/**
 * Texts this long (UTF-16 units) take their keys from the word table (see word-table.ts):
 * their million key strings would live to the end of the call and a fifth of a 10 MB
 * text's time went to copying them between GC spaces. A shorter text's keys die young,
 * and slicing them was 5 % faster on 2 KB news than looking each one up.
 */
const SHARED_WORDS_FROM = 1 << 18;
/** Longer words are sliced: the table outlives the call, and must not keep a long run of letters alive. */
const SHARED_WORD_MAX = 64;

/** One string per Han or kana unit, made at its first use (one token per character there). */
let unitStrings: (string | undefined)[] | undefined;

function unitString(code: number): string {
  unitStrings ??= new Array<string | undefined>(0x10000);
  return (unitStrings[code] ??= String.fromCharCode(code));
}

/**
 * An empty array whose elements are already of the kind strings make (V8's PACKED_ELEMENTS):
 * a `[]` starts as small integers and changes kind at its first string, and the push in
 * `TokenBuffer.push` then saw two array maps and called the generic push builtin.
 */
function stringArray(): string[] {
  const out = [""];
  out.length = 0;
  return out;
}

/**
 * One size splits the buffers in two (about 64 KB of text). Up to it, a buffer is kept for
 * the next text (`keptForReuse`) and its keys array is emptied and grown push by push into
 * young storage each time (stored into a kept, old array, each young key took the write
 * barrier's slow path). Past it, the buffer is left to the collector after its text, and
 * its keys array is made at full size up front: grown push by push, a long text's was
 * reallocated some thirty times, each time a fresh large object whose pages the system
 * maps anew (at 3 MB the scan took 21 ns a byte against 9 at 100 KB, 17.5 with the array
 * made once).
 */
const KEPT_TOKENS = 1 << 14;

/** The tokens, to pass back to `scanTokens` for the next text, when their buffer is small enough to keep; else undefined. */
export function keptForReuse(tokens: Tokens): Tokens | undefined {
  return tokens.start.length <= KEPT_TOKENS ? tokens : undefined;
}

/** Growable token arrays; pass one back to `scanTokens` to reuse it (names are tokenised by the thousand). */
export class TokenBuffer implements Tokens {
  count = 0;
  start: Int32Array;
  end: Int32Array;
  flags: Uint8Array;
  keys: string[];
  constructor(capacity: number) {
    this.keys = capacity > KEPT_TOKENS ? new Array<string>(capacity) : stringArray();
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.flags = new Uint8Array(capacity);
  }
  push(s: number, e: number, f: number, key: string): void {
    if (this.count === this.start.length) {
      const cap = this.count * 2;
      const start = new Int32Array(cap);
      start.set(this.start);
      const end = new Int32Array(cap);
      end.set(this.end);
      const flags = new Uint8Array(cap);
      flags.set(this.flags);
      this.start = start;
      this.end = end;
      this.flags = flags;
    }
    this.start[this.count] = s;
    this.end[this.count] = e;
    this.flags[this.count] = f;
    // Written in place while the array has room (made at full size for a long text: see KEPT_TOKENS).
    if (this.count < this.keys.length) this.keys[this.count] = key;
    else this.keys.push(key);
    this.count++;
  }
}

/**
 * Scans `text[from, to)` and returns its tokens; `folded` is `foldText(text)`.
 * @example scanTokens("Kim Jong-un", foldText("Kim Jong-un")).keys // ["kim", "jong", "un"]
 */
export function scanTokens(text: string, folded: string, from = 0, to = text.length, reuse?: Tokens): Tokens {
  const props = charProps();
  let out: TokenBuffer;
  if (reuse instanceof TokenBuffer) {
    out = reuse;
    out.count = 0;
    out.keys.length = 0; // emptied, not overwritten (see KEPT_TOKENS)
  } else out = new TokenBuffer(Math.max(16, (to - from) >> 2));
  const shared = to - from >= SHARED_WORDS_FROM;
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    let p = props[code]!;
    let c = p & PROP_CLASS;
    let width = 1;
    if (c === CharClass.HighSurrogate) {
      const cp = text.codePointAt(i)!;
      width = cp > 0xffff ? 2 : 1;
      c = width === 2 ? astralClass(cp) : CharClass.Other;
      p = c;
    }
    if (c === CharClass.Letter || c === CharClass.Digit) {
      const next = scanWord(text, folded, i, to, props, out, shared);
      i = next > i ? next : i + width; // always make progress, whatever the input
    } else if (c === CharClass.Ideograph) {
      out.push(i, i + width, TokenFlag.Ideograph, width === 1 ? unitString(code) : text.slice(i, i + width));
      i += width;
    } else if (c === CharClass.Unspaced) {
      const s = i;
      while (i < to && (props[text.charCodeAt(i)]! & PROP_CLASS) === CharClass.Unspaced) i++;
      unspacedSegmenter ??= new Intl.Segmenter(undefined, { granularity: "word" });
      for (const seg of unspacedSegmenter.segment(text.slice(s, i))) {
        if (!seg.isWordLike) continue;
        const a = s + seg.index;
        const b = a + seg.segment.length;
        out.push(a, b, 0, folded.slice(a, b));
      }
    } else {
      i += width;
    }
  }
  return out;
}

/** Scans one spaced word starting at `s`; returns where it ends. */
function scanWord(text: string, folded: string, s: number, to: number, props: Uint8Array, out: TokenBuffer, shared: boolean): number {
  let i = s;
  let letters = 0;
  let uppers = 0;
  let digits = 0;
  let acc = 0; // OR of the props of the word's units
  while (i < to) {
    const p = props[text.charCodeAt(i)]!;
    const k = p & PROP_CLASS;
    if (k === CharClass.Letter) {
      letters++;
      if (p & PROP_UPPER) uppers++;
      acc |= p;
      i++;
    } else if (k === CharClass.Digit) {
      digits++;
      i++;
    } else if (k === CharClass.HighSurrogate) {
      const cp = text.codePointAt(i)!;
      const astral = cp > 0xffff ? astralClass(cp) : CharClass.Other;
      if (astral === CharClass.Letter) letters++;
      else if (astral === CharClass.Digit) digits++;
      else break;
      i += 2;
    } else break;
  }
  if (i === s) return s;
  let f = 0;
  if (props[text.charCodeAt(s)]! & PROP_UPPER) f |= TokenFlag.Upper;
  if (uppers >= 2 && uppers === letters) f |= TokenFlag.AllCaps;
  if (digits > 0 && letters === 0) f |= TokenFlag.Numeric;
  if (acc & PROP_CASED) f |= TokenFlag.Cased;
  let key: string;
  if (acc & PROP_MARK) key = folded.slice(s, i).normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  else key = shared && i - s <= SHARED_WORD_MAX ? wordAt(folded, s, i, hashRange(folded, s, i)) : folded.slice(s, i);
  out.push(s, i, f, key);
  return i;
}
