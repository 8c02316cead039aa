/**
 * Character tables for the whole Basic Multilingual Plane, built once:
 * a class per UTF-16 unit (what the scanners need to know) and a
 * length-preserving fold (lowercase, diacritics dropped, typographic
 * punctuation unified), so that a folded string indexes the input 1:1.
 */
import { CASED_RUNS, CLASS_RUNS, FOLD_RUNS, UPPER_RUNS } from "./char-tables.generated.js";

export const enum CharClass {
  Other = 0,
  Letter = 1, // letters, combining marks: part of a spaced word
  Digit = 2,
  Space = 3, // horizontal whitespace
  Newline = 4,
  Hyphen = 5, // hyphens and dashes
  Apostrophe = 6,
  Period = 7, // "."
  Terminator = 8, // "!" "?" "。" "！" "？" "…"
  Ideograph = 9, // Han, kana: one token per character
  Unspaced = 10, // Thai, Lao, Khmer, Myanmar: words need a dictionary segmenter
  HighSurrogate = 11,
}

/**
 * A RegExp class body of common letters and digits in lowercase (Latin, Latin-1 and
 * Extended-A, Cyrillic, Hangul syllables, CJK): every one a letter or digit. Put before
 * a `(?<![\p{L}\p{N}])` lookbehind on lowercased or folded text, it fails inside a word
 * at once, where the Unicode class took a call into the engine at every position
 * (test/text/chars.test.ts checks each unit).
 */
export const COMMON_WORD_UNITS = "a-z0-9\\u00e0-\\u00f6\\u00f8-\\u00ff\\u0100-\\u017f\\u0430-\\u045f\\uac00-\\ud7a3\\u4e00-\\u9fff";

const SIZE = 0x10000;
let classTable: Uint8Array | undefined;
let foldTable: Uint16Array | undefined;
let upperTable: Uint8Array | undefined;
let propTable: Uint8Array | undefined;

/** Bits of `charProps()`: the class in the low nibble, then these flags. */
export const PROP_CLASS = 15;
export const PROP_UPPER = 16;
export const PROP_CASED = 32;
export const PROP_MARK = 64;

/** Folds that Unicode normalisation does not give (letters with strokes, typographic punctuation, spaces). */
export const EXTRA_FOLDS: Record<string, string> = {
  ł: "l", Ł: "l", đ: "d", Đ: "d", ø: "o", Ø: "o", ı: "i", ħ: "h", Ħ: "h", ŀ: "l", Ŀ: "l",
  "\u2018": "'", "\u2019": "'", "\u201A": "'", "\u201B": "'", "\u02BC": "'", "\u2032": "'", "\u0060": "'", "\u00B4": "'",
  "\u201C": '"', "\u201D": '"', "\u201E": '"', "\u201F": '"', "\u00AB": '"', "\u00BB": '"', "\u2033": '"',
  "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-", "\u00AD": "-",
  "\u00A0": " ", "\u2007": " ", "\u202F": " ", "\u2009": " ", "\u200A": " ", "\u3000": " ",
};

function build(): void {
  const cls = new Uint8Array(SIZE);
  const upper = new Uint8Array(SIZE);
  const cased = new Uint8Array(SIZE);
  const fold = new Uint16Array(SIZE);
  decodeRuns(CLASS_RUNS, cls);
  decodeRuns(UPPER_RUNS, upper);
  decodeRuns(CASED_RUNS, cased);
  for (let c = 0; c < SIZE; c++) fold[c] = c;
  // FOLD_RUNS: [first unit, count, delta]: units first..first+count-1 fold to unit + delta.
  for (let i = 0; i < FOLD_RUNS.length; i += 3) {
    const first = FOLD_RUNS[i]!;
    for (let c = first; c < first + FOLD_RUNS[i + 1]!; c++) fold[c] = c + FOLD_RUNS[i + 2]!;
  }
  classTable = cls;
  foldTable = fold;
  upperTable = upper;
  // The class, then each flag over its runs only (a pass over all 65,536 units per flag was most of this build).
  const props = Uint8Array.from(cls);
  orRuns(UPPER_RUNS, props, PROP_UPPER);
  orRuns(CASED_RUNS, props, PROP_CASED);
  for (let c = 0x300; c <= 0x36f; c++) props[c]! |= PROP_MARK;
  propTable = props;
}

/** Sets `bit` in `into` over the runs whose value is not 0. */
function orRuns(runs: readonly number[], into: Uint8Array, bit: number): void {
  let at = 0;
  for (let i = 0; i < runs.length; i += 2) {
    if (runs[i + 1]) for (let c = at; c < at + runs[i]!; c++) into[c]! |= bit;
    at += runs[i]!;
  }
}

/** Runs are [length, value] pairs covering the BMP in order. */
function decodeRuns(runs: readonly number[], into: Uint8Array): void {
  let at = 0;
  for (let i = 0; i < runs.length; i += 2) {
    into.fill(runs[i + 1]!, at, at + runs[i]!);
    at += runs[i]!;
  }
}

/** Class and flags of every BMP unit in one table (see PROP_*). */
export function charProps(): Uint8Array {
  if (!propTable) build();
  return propTable!;
}

/** The class of every BMP unit. @example charClasses()[0x41] === CharClass.Letter */
export function charClasses(): Uint8Array {
  if (!classTable) build();
  return classTable!;
}

/** The one-unit fold of every BMP unit. @example String.fromCharCode(foldUnits()["Ł".charCodeAt(0)]) === "l" */
export function foldUnits(): Uint16Array {
  if (!foldTable) build();
  return foldTable!;
}

/** 1 for every BMP unit that is an uppercase (or titlecase) letter. */
export function upperUnits(): Uint8Array {
  if (!upperTable) build();
  return upperTable!;
}

/**
 * True for the units JavaScript's `\s` matches (ASCII spaces and line breaks, NBSP,
 * the Unicode space separators, U+2028/9, BOM), tested without a RegExp.
 * @example isRegExpSpace(0xa0) === true
 */
export function isRegExpSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * The words of `text[from, to)` as `text.slice(from, to).trim().split(/\s+/)` gives them
 * (`[""]` when there is none), without the two builtins and the RegExp: the relation stage
 * asks this of the gap between two mentions many times a sentence.
 * @example wordsBetween("Xi , and the Kim", 2, 13) // [",", "and", "the"]
 */
export function wordsBetween(text: string, from: number, to: number): string[] {
  let start = from;
  let end = to;
  while (start < end && isRegExpSpace(text.charCodeAt(start))) start++;
  while (end > start && isRegExpSpace(text.charCodeAt(end - 1))) end--;
  if (start === end) return [""];
  const words: string[] = [];
  let wordStart = start;
  for (let i = start; i < end; i++) {
    if (!isRegExpSpace(text.charCodeAt(i))) continue;
    words.push(text.slice(wordStart, i));
    while (i + 1 < end && isRegExpSpace(text.charCodeAt(i + 1))) i++;
    wordStart = i + 1;
  }
  words.push(text.slice(wordStart, end));
  return words;
}

/** The class of a code point beyond the BMP (rare: emoji, CJK extension B). */
export function astralClass(codePoint: number): CharClass {
  const ch = String.fromCodePoint(codePoint);
  if (/[\p{Script=Han}]/u.test(ch)) return CharClass.Ideograph;
  if (/[\p{L}\p{M}]/u.test(ch)) return CharClass.Letter;
  if (/\p{Nd}/u.test(ch)) return CharClass.Digit;
  return CharClass.Other;
}

/**
 * Folds a string unit by unit: lowercase, no diacritics, ASCII quotes and hyphens.
 * The result has the same length, so offsets carry over unchanged.
 * @example foldText("Władimira Putina") === "wladimira putina"
 */
export function foldText(text: string): string {
  const fold = foldUnits();
  const n = text.length;
  const chunk = new Array<number>(Math.min(n, 2048));
  let out = "";
  for (let i = 0; i < n; i += 2048) {
    const m = Math.min(2048, n - i);
    chunk.length = m;
    for (let j = 0; j < m; j++) chunk[j] = fold[text.charCodeAt(i + j)]!;
    out += String.fromCharCode.apply(null, chunk);
  }
  return out;
}
