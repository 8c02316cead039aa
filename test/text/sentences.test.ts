import { expect, test } from "vitest";
import { foldText } from "../../src/text/chars.js";
import { splitSentences, type SentenceRules } from "../../src/text/sentences.js";
import { scanTokens } from "../../src/text/tokens.js";

const pl: SentenceRules = { abbreviations: new Set(["pln", "m.in", "tzw", "r"]), ordinalPeriod: true };
const en: SentenceRules = { abbreviations: new Set(["mr", "u.s"]), ordinalPeriod: false };

function split(text: string, rules: SentenceRules): string[] {
  return splitSentences(text, foldText(text), rules).map((s) => text.slice(s.start, s.end));
}

const cases: [string, SentenceRules, string[]][] = [
  ["Xi met Kim. Kim left!  Why? Yes.", en, ["Xi met Kim.", "Kim left!", "Why?", "Yes."]],
  ["Spotkanie premiera Korei Płn. Pak Thae Songa z Li. Potem wyjechał.", pl, ["Spotkanie premiera Korei Płn. Pak Thae Songa z Li.", "Potem wyjechał."]],
  ["Z okazji 80. rocznicy. Potem m.in. Xi i Kim.", pl, ["Z okazji 80. rocznicy.", "Potem m.in. Xi i Kim."]],
  ['He said "it is over." Then he left.', en, ['He said "it is over."', "Then he left."]],
  ["Title without a period\n\nFirst paragraph. Second one.", en, ["Title without a period", "First paragraph.", "Second one."]],
  ["A line\nContinues here? no\ncontinues lowercase.", en, ["A line", "Continues here? no\ncontinues lowercase."]],
  ["Mr. Smith met J. Doe in the U.S. capital.", en, ["Mr. Smith met J. Doe in the U.S. capital."]],
  ["习近平会见金正恩。双方举行会谈！", en, ["习近平会见金正恩。", "双方举行会谈！"]],
  ["It costs 3.5 million. Fine.", en, ["It costs 3.5 million.", "Fine."]],
  ["   \n\n  ", en, []],
  ["Видео:\n\nИзточник: CCTVPlus", en, ["Видео:", "Източник: CCTVPlus"]],
];
test.each(cases)("splitSentences(%j)", (text, rules, expected) => expect(split(text, rules)).toEqual(expected));

test("starts after a header and never includes it", () => {
  const text = " date 2025-09-05 Xi met Kim. Kim left.";
  expect(splitSentences(text, foldText(text), en, 16).map((s) => text.slice(s.start, s.end))).toEqual(["Xi met Kim.", "Kim left."]);
});

test("words stepped over by token or scanned unit by unit give the same sentences", () => {
  const text = "Xi met Kim in 平壤. Kim left — „Tak”. 3.5 percent! Ob. Next\nline\n\nNew one. Mr. Lee 𝐀𝐁 came.";
  const folded = foldText(text);
  const byToken = splitSentences(text, folded, en, 0, text.length, scanTokens(text, folded));
  expect(byToken.map((s) => text.slice(s.start, s.end))).toEqual(["Xi met Kim in 平壤.", "Kim left — „Tak”.", "3.5 percent!", "Ob.", "Next\nline", "New one.", "Mr. Lee 𝐀𝐁 came."]);
  // No tokens at all: every word is read a unit at a time.
  expect(splitSentences(text, folded, en, 0, text.length, scanTokens(text, folded, 0, 0))).toEqual(byToken);
});
