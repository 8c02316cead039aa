import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { COMMON_WORD_UNITS, foldText, isRegExpSpace, wordsBetween } from "../../src/text/chars.js";

const cases: [string, string][] = [
  ["Władimira Putina", "wladimira putina"],
  ["Pjöngjang", "pjongjang"],
  ["Ušakov Čong-un Ťin-pching", "usakov cong-un tin-pching"],
  ["Ёлка Йемен Київ", "елка иемен киів"],
  ["„Kim’s” «régime» — 1–2", '"kim\'s" "regime" - 1-2'],
  ["İstanbul ß", "istanbul ß"],
  ["Ｋｉｍ ２０２５", "kim 2025"],
  ["習近平 중국을 😀", "習近平 중국을 😀"],
];
test.each(cases)("foldText(%s)", (input, folded) => expect(foldText(input)).toBe(folded));

test("folding keeps the length of any string, so offsets carry over", () => {
  for (const s of ["e\u0301cole", "\uD800x", "İ".repeat(10), "ﬁ", "a".repeat(5000) + "Ł"]) expect(foldText(s).length).toBe(s.length);
});

describe("COMMON_WORD_UNITS", () => {
  test("every unit of the quick class is a letter or digit, so a lookbehind on it rejects only what [\\p{L}\\p{N}] would", () => {
    const quick = new RegExp(`^[${COMMON_WORD_UNITS}]$`, "u");
    const full = /^[\p{L}\p{N}]$/u;
    const wrong: string[] = [];
    for (let u = 0; u < 0x10000; u++) {
      if (u >= 0xd800 && u < 0xe000) continue;
      const ch = String.fromCharCode(u);
      if (quick.test(ch) && !full.test(ch)) wrong.push(u.toString(16));
    }
    expect(wrong).toEqual([]);
  });
});

test("isRegExpSpace answers as /\\s/ does for every BMP unit", () => {
  const wrong: string[] = [];
  for (let u = 0; u < 0x10000; u++) if (isRegExpSpace(u) !== /\s/.test(String.fromCharCode(u))) wrong.push(u.toString(16));
  expect(wrong).toEqual([]);
});

test("wordsBetween gives what slice, trim and split(/\\s+/) give, on any text and range", () => {
  const unit = fc.constantFrom("a", "Ł", ",", "-", " ", "\t", "\n", "\u00a0", "\u2009", "\u3000", "\ufeff", "\u200b", "x");
  fc.assert(
    fc.property(fc.array(unit, { maxLength: 30 }), fc.nat(), fc.nat(), (units, i, j) => {
      const text = units.join("");
      const from = text.length === 0 ? 0 : i % (text.length + 1);
      const to = from + (text.length - from === 0 ? 0 : j % (text.length - from + 1));
      expect(wordsBetween(text, from, to)).toEqual(text.slice(from, to).trim().split(/\s+/));
    }),
    { numRuns: 2000 },
  );
});
