/**
 * Computes the character tables from the Unicode properties of this JavaScript
 * engine. Used by scripts/build-char-tables.ts to write char-tables.generated.ts,
 * and by the tests to check that file; the library decodes the generated file
 * instead (compiling \p{…} property sets cost ~55 ms at start-up).
 */
import { CharClass, EXTRA_FOLDS } from "./chars.js";

export interface CharTables {
  cls: Uint8Array;
  fold: Uint16Array;
  upper: Uint8Array;
  cased: Uint8Array;
}

const SIZE = 0x10000;

/** The tables, computed with regular expressions over the whole BMP. */
export function computeCharTables(): CharTables {
  const cls = new Uint8Array(SIZE);
  const fold = new Uint16Array(SIZE);
  for (let c = 0; c < SIZE; c++) fold[c] = c;

  // Every BMP unit but the surrogates, as one string: each property is one regex pass over runs.
  const buffer = new Uint16Array(SIZE - 0x800);
  for (let c = 0, j = 0; c < SIZE; c++) if (c < 0xd800 || c > 0xdfff) buffer[j++] = c;
  const all = new TextDecoder("utf-16le").decode(buffer);
  const unitAt = (i: number) => (i < 0xd800 ? i : i + 0x800);
  const mark = (re: RegExp, value: CharClass) => {
    re.lastIndex = 0;
    for (let m = re.exec(all); m; m = re.exec(all)) {
      for (let i = m.index; i < m.index + m[0].length; i++) cls[unitAt(i)] = value;
    }
  };
  mark(/[\p{L}\p{M}]+/gu, CharClass.Letter);
  mark(/\p{Nd}+/gu, CharClass.Digit);
  mark(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3005\u30FC]+/gu, CharClass.Ideograph);
  mark(/[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]+/gu, CharClass.Unspaced);
  mark(/[\p{Zs}\t\v\f]+/gu, CharClass.Space);
  mark(/[\n\r\u2028\u2029\u0085]+/gu, CharClass.Newline);
  mark(/[\p{Pd}\u2212\u00AD]+/gu, CharClass.Hyphen);
  mark(/['\u2018\u2019\u201B\u02BC\u2032`\u00B4]+/gu, CharClass.Apostrophe);
  mark(/[.\uFF0E]+/gu, CharClass.Period);
  mark(/[!?\u3002\uFF01\uFF1F\u2026\u203C\u2047\u2048\u2049\u061F]+/gu, CharClass.Terminator);
  for (let c = 0xd800; c <= 0xdbff; c++) cls[c] = CharClass.HighSurrogate;

  // Fold: lowercase and strip combining marks where the result stays one unit. All letters
  // below U+3000 are normalised in one call, separated by NUL (a starter, so NFD keeps them apart).
  const upper = new Uint8Array(SIZE);
  const cased = new Uint8Array(SIZE);
  const letters: number[] = [];
  for (let c = 0; c < 0x3000; c++) if (cls[c] === CharClass.Letter) letters.push(c);
  const joined = letters.map((c) => String.fromCharCode(c)).join("\u0000");
  const stripped = joined.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase().split("\u0000");
  const lowered = joined.toLowerCase().split("\u0000");
  const raised = joined.toUpperCase().split("\u0000");
  letters.forEach((c, i) => {
    const ch = String.fromCharCode(c);
    if (lowered[i] !== ch) upper[c] = 1;
    if (lowered[i] !== ch || raised[i] !== ch) cased[c] = 1;
    if (stripped[i]!.length === 1) fold[c] = stripped[i]!.charCodeAt(0);
    else if (lowered[i]!.length === 1) fold[c] = lowered[i]!.charCodeAt(0);
  });
  // Fullwidth ASCII letters and digits fold to ASCII.
  for (let c = 0xff01; c <= 0xff5e; c++) {
    const ascii = String.fromCharCode(c - 0xfee0);
    fold[c] = ascii.toLowerCase().charCodeAt(0);
    if (/[A-Z]/.test(ascii)) upper[c] = 1;
    if (/[A-Za-z]/.test(ascii)) {
      cased[c] = 1;
      cls[c] = CharClass.Letter;
    } else if (/[0-9]/.test(ascii)) cls[c] = CharClass.Digit;
  }
  for (const [from, to] of Object.entries(EXTRA_FOLDS)) fold[from.charCodeAt(0)] = to.charCodeAt(0);
  return { cls, fold, upper, cased };
}

