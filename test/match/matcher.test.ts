/**
 * The matcher with a synthetic language pack: paradigms from suffix rules, the
 * stem index, word joins, capitalisation, case-sensitive abbreviations,
 * leftmost-longest non-overlapping matches.
 */
import { describe, expect, test } from "vitest";
import type { LanguagePack } from "../../src/lang/types.js";
import { findNames } from "../../src/match/find-names.js";
import { compileParadigms } from "../../src/match/paradigms.js";
import { buildStemIndex } from "../../src/match/stem-index.js";
import { buildVocabulary } from "../../src/match/vocabulary.js";
import type { GazetteerEntry } from "../../src/schema/gazetteer.js";
import { foldText } from "../../src/text/chars.js";
import { scanTokens } from "../../src/text/tokens.js";

const toy: LanguagePack = {
  code: "xx",
  name: "Toy",
  iso6393: "xxx",
  scripts: ["latin"],
  stopwords: [],
  inflection: {
    rules: [
      { suffix: "ka", strip: 2, endings: ["ka", "ki", "ce", "kę"], note: "k → c alternation" },
      { suffix: "a", endings: ["a", "y", "ie", "ę", "ą"] },
      { suffix: "", case: "upper", endings: ["", "a", "owi", "em", "ie"] },
    ],
    invariant: ["na"],
    abbreviationEndings: ["etu", "u"],
  },
};

describe("compileParadigms", () => {
  const paradigms = compileParadigms(toy);
  test.each([
    ["ameryka", true, [{ stem: "ameryka", endings: [""] }, { stem: "amery", endings: ["ka", "ki", "ce", "ke"] }]],
    ["moskwa", false, [{ stem: "moskwa", endings: [""] }, { stem: "moskw", endings: ["a", "y", "ie", "e"] }]],
    ["putin", true, [{ stem: "putin", endings: [""] }, { stem: "putin", endings: ["", "a", "owi", "em", "ie"] }]],
    ["putin", false, [{ stem: "putin", endings: [""] }]],
    ["na", true, [{ stem: "na", endings: [""] }]],
  ])("%s (upper: %s)", (word, upper, expected) => expect(paradigms(word, { upper })).toEqual(expected));
  test("a pack without rules gives the base form only", () => expect(compileParadigms(undefined)("kim", { upper: true })).toEqual([{ stem: "kim", endings: [""] }]));
});

const gazetteer: GazetteerEntry[] = [
  { id: "putin", type: "person", name: "Putin", aliases: { xx: ["Władimir Putin"] }, short: { xx: ["Putin"] } },
  { id: "ameryka", type: "country", name: "Ameryka", aliases: { xx: ["Ameryka"] } },
  { id: "moskwa", type: "place", name: "Moskwa", aliases: { xx: ["Moskwa"] } },
  { id: "onz", type: "organization", name: "ONZ", aliases: { xx: ["Organizacja Narodów"] }, abbreviations: { xx: ["ONZ"] } },
  { id: "korea-pln", type: "country", name: "Korea Płn.", aliases: { xx: ["Korea Płn."] } },
  { id: "xi", type: "person", name: "Xi", aliases: { "*": ["Xi Jinping", "习近平"] } },
  { id: "wall", type: "place", name: "Wall Street", aliases: { xx: ["wall street"] } },
];

function names(text: string, lang = "xx"): string[] {
  const vocab = buildVocabulary(gazetteer, []);
  const index = buildStemIndex(vocab, toy);
  const tokens = scanTokens(text, foldText(text));
  return findNames(text, tokens, vocab, index, lang).map((m) => `${text.slice(m.start, m.end)}=${m.records.map((r) => `${gazetteer[r.entity]!.id}:${r.kind}`).join(",")}`);
}

describe("findNames", () => {
  const cases: [string, string[]][] = [
    ["Władimira Putina", ["Władimira Putina=putin:name"]],
    ["Putinowi i Putinem", ["Putinowi=putin:short", "Putinem=putin:short"]],
    ["putinowi", []],
    ["w Ameryce i Moskwie", ["Ameryce=ameryka:name", "Moskwie=moskwa:name"]],
    ["Amerykanin", []],
    ["ONZ i ONZ-etu, ale nie Onz", ["ONZ=onz:abbreviation", "ONZ-etu=onz:abbreviation"]],
    ["przez Koreę Płn. było", ["Koreę Płn.=korea-pln:name"]],
    ["Korea Płn bez kropki", []],
    ["Xi Jinping i 习近平会见", ["Xi Jinping=xi:name", "习近平=xi:name"]],
    ["Xi, Jinping", []],
    ["Władimir\n\nPutin", ["Putin=putin:short"]],
    ["WŁADIMIR PUTIN", ["WŁADIMIR PUTIN=putin:name"]],
    ["on Wall Street and wall street", ["Wall Street=wall:name", "wall street=wall:name"]],
    // A name wholly in quotes is the name; one that runs into quotes ends with them, closing quote included.
    ["na placu „Władimir Putin“ stał", ["Władimir Putin=putin:name"]],
    ["Władimir „Putin“ i Władimir «Putin»", ["Władimir „Putin“=putin:name", "Władimir «Putin»=putin:name"]],
    // Not without its closing quote, nor across a quote with no space before it.
    ["Władimir „Putin powiedział", ["Putin=putin:short"]],
    ["Władimir„Putin“", ["Putin=putin:short"]],
  ];
  test.each(cases)("%j", (text, expected) => expect(names(text)).toEqual(expected));

  test("short forms belong to their language; full names work in any", () => {
    expect(names("Putin i Władimir Putin", "yy")).toEqual(["Władimir Putin=putin:name"]);
  });
});

describe("a language's stem index", () => {
  // "Berlina" is a name only in language yy: in an xx document it can only be written as listed.
  const entries: GazetteerEntry[] = [...gazetteer, { id: "berlin", type: "place", name: "Berlin", aliases: { yy: ["Berlina"] } }];
  const vocab = buildVocabulary(entries, []);
  const index = buildStemIndex(vocab, toy);
  const indexed = new Set([...index.stems.values()].flatMap((list) => list.filter((_, i) => i % 2 === 0)));

  test("holds the words of its own names and of names for every language, not those of another language's only", () => {
    expect(indexed.has(vocab.wordIds.get("moskwa")!)).toBe(true);
    expect(indexed.has(vocab.wordIds.get("jinping")!)).toBe(true);
    expect(indexed.has(vocab.wordIds.get("berlina")!)).toBe(false);
    expect(index.stems.has("berlin")).toBe(false);
  });

  test("another language's name is still found as written, and still not inflected", () => {
    const found = (text: string) => findNames(text, scanTokens(text, foldText(text)), vocab, index, "xx").map((m) => text.slice(m.start, m.end));
    expect(found("w Berlina i Moskwie")).toEqual(["Berlina", "Moskwie"]);
    expect(found("do Berliny")).toEqual([]);
  });

  test("past 31 languages, a language's words go into every index, and its own index takes every word", () => {
    const codes = Array.from({ length: 39 }, (_, i) => `${String.fromCharCode(97 + Math.floor(i / 26))}${String.fromCharCode(97 + (i % 26))}`);
    // One place per language, "Miasta0 aaka" …: the toy's "ka" rule makes the stem "aa" of "aaka".
    const stemsWithXxAt = (at: number) => {
      const langs = [...codes.slice(0, at), "xx", ...codes.slice(at)];
      const many: GazetteerEntry[] = langs.map((code, i) => ({ id: `place-${i}`, type: "place", name: `Place ${i}`, aliases: { [code]: [`Miasta${i} ${code}ka`] } }));
      return buildStemIndex(buildVocabulary(many, []), toy).stems;
    };
    const first = stemsWithXxAt(0);
    expect(first.has("xx")).toBe(true);
    expect(first.has(codes[1]!)).toBe(false); // a language with a bit of its own
    expect(first.has(codes[38]!)).toBe(true); // the 40th language: past the 31st
    const last = stemsWithXxAt(39);
    expect(last.has("xx")).toBe(true);
    expect(last.has(codes[0]!)).toBe(true);
  });
});
