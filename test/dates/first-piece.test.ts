import { expect, test } from "vitest";
import { firstPiece, foldWord } from "../../src/dates/grammar.js";
import { builtinLanguages } from "../../src/lang/index.js";

/** What firstPiece answered when it was written with Unicode-property RegExps. */
function byRegExp(folded: string): string {
  const m = /^[\p{L}\p{N}]+/u.exec(folded);
  const piece = m ? m[0] : folded.slice(0, 1);
  return /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(piece) ? piece.slice(0, 1) : piece;
}

/** Every string in a pack's date vocabulary: list items, map keys and string values. */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => [k, ...strings(v)]);
  return [];
}

test("firstPiece answers as the Unicode-property RegExps did, for every date word of every pack", () => {
  let checked = 0;
  for (const pack of builtinLanguages) {
    for (const word of strings(pack.dates)) {
      const folded = foldWord(word);
      expect(firstPiece(folded), `${pack.code}: ${word}`).toBe(byRegExp(folded));
      checked++;
    }
  }
  expect(checked).toBeGreaterThan(1000);
});

test.each(["ub. r.", "去年", "今年9月", "9月", "2025 r.", "l'anno", "ノー", "", " x", "-", "𠀀年"])("firstPiece(%j) as the RegExps", (text) => {
  expect(firstPiece(text)).toBe(byRegExp(text));
});
