import { expect, test } from "vitest";
import { foldText } from "../../src/text/chars.js";
import { TokenFlag, scanTokens } from "../../src/text/tokens.js";

function words(text: string): string[] {
  const t = scanTokens(text, foldText(text));
  return Array.from({ length: t.count }, (_, i) => {
    expect(text.slice(t.start[i], t.end[i]).length).toBe(t.end[i]! - t.start[i]!);
    return t.keys[i]!;
  });
}

const cases: [string, string[]][] = [
  ["Kim Jong-un's KCNA", ["kim", "jong", "un", "s", "kcna"]],
  ["Władimira Putina, „Pekinem”.", ["wladimira", "putina", "pekinem"]],
  ["COVID-19-Pandemie", ["covid", "19", "pandemie"]],
  ["l’80° anniversario", ["l", "80", "anniversario"]],
  ["习近平和金正恩", ["习", "近", "平", "和", "金", "正", "恩"]],
  ["金正恩氏は", ["金", "正", "恩", "氏", "は"]],
  ["김정은 위원장은 중국을", ["김정은", "위원장은", "중국을"]],
  ["ภาษาไทยง่าย", ["ภาษา", "ไทย", "ง่าย"]],
  ["e\u0301cole", ["ecole"]],
  ["𠀀 text", ["𠀀", "text"]],
  ["\u{1E2F2}\u{1E2F3} 42", ["\u{1E2F2}\u{1E2F3}", "42"]], // astral digits (Wancho): once an endless loop
  ["\uD800\uD800x\uDC00", ["x"]],
  ["", []],
  ["  ,.;!?  ", []],
];
test.each(cases)("scanTokens(%s)", (text, expected) => expect(words(text)).toEqual(expected));

test("flags: capitalised, all caps, numeric, cased, ideograph", () => {
  const text = "Kim KCNA 2025 kim 金 김정은";
  const t = scanTokens(text, foldText(text));
  expect(Array.from(t.flags.slice(0, t.count))).toEqual([
    TokenFlag.Upper | TokenFlag.Cased,
    TokenFlag.Upper | TokenFlag.AllCaps | TokenFlag.Cased,
    TokenFlag.Numeric,
    TokenFlag.Cased,
    TokenFlag.Ideograph,
    0,
  ]);
});

test("scans from an offset (after a header)", () => {
  const text = " date 2025-09-05 Си Дзинпин";
  const t = scanTokens(text, foldText(text), 16);
  expect(t.keys).toEqual(["си", "дзинпин"]);
  expect(t.start[0]).toBe(17);
});

test("a long text with more tokens than its buffer was made for (one per Han character) keeps every key", () => {
  // 80,000 units: a buffer made for a quarter as many tokens, its keys array at that size, then grown.
  const text = "习近平和金正恩".repeat(80_000 / 7);
  const t = scanTokens(text, foldText(text));
  expect(t.count).toBe(text.length);
  expect(t.keys.slice(0, t.count)).toEqual([...text]);
});

test("a buffer passed back is refilled from empty, whatever it held", () => {
  const first = scanTokens("Xi met Kim in Beijing", foldText("Xi met Kim in Beijing"));
  const again = scanTokens("Putin", foldText("Putin"), 0, 5, first);
  expect(again).toBe(first);
  expect(again.count).toBe(1);
  expect(again.keys).toEqual(["putin"]);
});
