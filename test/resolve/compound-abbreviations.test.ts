/**
 * One-character country abbreviations of Chinese and Japanese stand only in compounds, before a suffix or after a prefix;
 * Korean one-syllable ones only in the compound words its pack lists ("북중", "방중").
 */
import { describe, expect, test } from "vitest";
import { extract } from "../../src/index.js";
import { hardBreak, isWordBoundary, segmentsAround } from "../../src/resolve/compound-abbreviations.js";
import { loadFixtureTexts } from "../support/seeds.js";

const countries = (text: string, lang: string) =>
  extract(text, { lang, date: "2025-10-11" })
    .mentions.filter((m) => m.form === "abbreviation")
    .map((m) => `${m.text}:${m.entity}`);

describe("compounds, suffixes and prefixes", () => {
  const rows: [string, string, string[]][] = [
    ["zh", "双方推动中朝关系发展。", ["中:china", "朝:north-korea"]],
    ["zh", "中方愿同朝方一道。", ["中:china", "朝:north-korea"]],
    ["zh", "李强此次访华。", ["华:china"]],
    ["zh", "中俄合作不断深化。", ["中:china", "俄:russia"]],
    ["ja", "日米韓の首脳が会談した。", ["日:japan", "米:united-states", "韓:south-korea"]],
    ["ja", "首相は訪朝した。", ["朝:north-korea"]],
  ];
  for (const [lang, text, expected] of rows) test(`${lang}: ${text}`, () => expect(countries(text, lang)).toEqual(expected));
});

describe("ordinary words are not countries", () => {
  const rows: [string, string][] = [
    ["zh", "其中朝阳区的中心。"],
    ["zh", "日中时分，美丽的花园。"],
    ["ja", "朝日新聞によると、今日中に発表する。"],
    ["ja", "中米の国々。"],
  ];
  for (const [lang, text] of rows) test(`${lang}: ${text}`, () => expect(countries(text, lang)).toEqual([]));
});

describe("Korean compound words of one-syllable abbreviations", () => {
  const rows: [string, string[]][] = [
    ["북중 친선의 감정은 변하지 않는다.", ["북:north-korea", "중:china"]],
    ["북중러 세 정상이 모였다.", ["북:north-korea", "중:china", "러:russia"]],
    ["조중 친선을 강조했다.", ["조:north-korea", "중:china"]],
    ["한미일 3국은 공조하기로 했다.", ["한:south-korea", "미:united-states", "일:japan"]],
    ["김 위원장은 이번 방중에서 돌아왔다.", ["중:china"]],
    ["방북했다고 전했다.", ["북:north-korea"]],
    // A headline's abbreviation alone before a title.
    ["김정은, 원산서 라브로프 러 외무장관 접견", ["러:russia"]],
    ["시진핑 중 국가주석 방북", ["중:china", "북:north-korea"]],
  ];
  for (const [text, expected] of rows) test(text, () => expect(countries(text, "ko")).toEqual(expected));

  // Alone the syllables are ordinary words; some runs of them are too (북미 is also North America).
  const none = ["회담 중 한 차례 일을 논의했다.", "북미 대륙과 중미 국가들.", "방한복을 입었다.", "중요한 일이다.", "중한 범죄.", "한 대통령이 말했다.", "회담 중 대통령이 말했다."];
  for (const text of none) test(`none: ${text}`, () => expect(countries(text, "ko")).toEqual([]));

  test("a country inside the word after a role is not whose the role is: '외교부장 방북' is no descriptor", () => {
    expect(extract("외교부장 방북이 이어졌다.", { lang: "ko", date: "2025-10-11" }).mentions.filter((m) => m.form === "descriptor")).toEqual([]);
  });

  test("a word that is already a name is not split (북한, 한국)", () => {
    expect(extract("북한과 한국이 만났다.", { lang: "ko", date: "2025-10-11" }).mentions.map((m) => `${m.text}:${m.form}`)).toEqual(["북한:name", "한국:name"]);
  });
});

describe("a compound of abbreviations names both sides of a meeting or cooperation", () => {
  const rel = (text: string, lang: string) => extract(text, { lang, date: "2025-10-11" }).relations.map((r) => `${r.type} ${r.subject} ${r.object}`);
  const rows: [string, string, string][] = [
    ["ja", "報道官は、ロ朝首脳会談は両国間の問題だと述べた。", "meeting north-korea russia"],
    ["zh", "双方同意推动中朝合作。", "cooperation china north-korea"],
    ["ko", "북러 정상회담이 열렸다.", "meeting north-korea russia"],
  ];
  for (const [lang, text, expected] of rows) test(`${lang}: ${text}`, () => expect(rel(text, lang)).toEqual([expected]));

  test("the last abbreviation of a compound before a role is no descriptor ('朝首脳' is not Kim)", () => {
    expect(extract("ロ朝首脳会談が行われた。", { lang: "ja", date: "2025-10-11" }).mentions.map((m) => `${m.text}:${m.form}`)).toEqual(["ロ:abbreviation", "朝:abbreviation"]);
  });

  test("a partner elsewhere in the sentence is not a third side", () => {
    const found = rel("정부는 이시바 시게루 일본 총리와 북러 군사협력에 대한 대응을 논의했다.", "ko");
    expect(found).toContain("cooperation north-korea russia");
    expect(found.filter((r) => r.includes("shigeru-ishiba") && r.startsWith("cooperation"))).toEqual([]);
  });
});

describe("a visit verb with a one-character country as its object", () => {
  const rows: [string, string, string][] = [
    ["zh", "金正恩此次访华。", "visit kim-jong-un china"],
    ["zh", "温家宝2009年访朝。", "visit wen-jiabao north-korea"],
    ["ja", "岸田首相は訪朝した。", "visit fumio-kishida north-korea"],
    ["ko", "김정은 위원장은 이번 방중에서 딸과 동행했다.", "visit kim-jong-un china"],
    ["ko", "블라디미르 푸틴 대통령이 방북했다.", "visit vladimir-putin north-korea"],
  ];
  for (const [lang, text, expected] of rows)
    test(`${lang}: ${text}`, () => expect(extract(text, { lang, date: "2025-10-11" }).relations.map((r) => `${r.type} ${r.subject} ${r.object}`)).toContain(expected));
});

describe("a word always ends next to punctuation, a space, a Latin letter or a digit", () => {
  // The segmenter is asked only between two Han or kana characters (hardBreak): check every
  // such neighbour around the one-character abbreviations, inside compounds, with the segmenter.
  // Every unit hardBreak takes for a boundary, wherever it is (read from the function itself).
  const neighbours: string[] = [];
  for (let u = 0; u < 0x10000; u++) {
    if (u >= 0xd800 && u < 0xe000) continue;
    const ch = String.fromCharCode(u);
    if (hardBreak(`朝${ch}朝`, 1)) neighbours.push(ch);
  }
  for (const lang of ["zh", "ja"]) {
    test(lang, () => {
      const segmenter = new Intl.Segmenter(lang, { granularity: "word" });
      const ends = (s: string) => new Set([0, ...[...segmenter.segment(s)].map((x) => x.index + x.segment.length)]);
      const misses: string[] = [];
      for (const core of ["中朝", "日米韓", "中方", "访华", "訪朝", "中", "朝鮮"]) {
        for (const n of neighbours) {
          const before = `首相${n}${core}关系`;
          const after = `关系${core}${n}发展`;
          if (hardBreak(before, 3) && !ends(before).has(3)) misses.push(JSON.stringify(before));
          const at = 2 + core.length;
          if (hardBreak(after, at) && !ends(after).has(at)) misses.push(JSON.stringify(after));
        }
      }
      expect(misses).toEqual([]);
    });
  }
});

describe("isWordBoundary answers as listing every segment of the window does", () => {
  // Over every position of the zh and ja fixture texts, with windows of one to three characters as the runs have.
  for (const lang of ["zh", "ja"]) {
    test(lang, () => {
      const segmenter = new Intl.Segmenter(lang, { granularity: "word" });
      let checked = 0;
      const wrong: string[] = [];
      for (const { file, text } of loadFixtureTexts(lang)) {
        for (let first = 1; first < text.length - 1; first++) {
          const end = Math.min(text.length - 1, first + 1 + (first % 3));
          const window = segmentsAround(text, first, end, lang);
          const from = Math.max(0, first - 8);
          const ends = new Set([...segmenter.segment(text.slice(from, end + 8))].map((s) => from + s.index + s.segment.length));
          for (const pos of [first, end]) {
            if (pos <= from) continue;
            checked++;
            if (isWordBoundary(window, pos) !== ends.has(pos)) wrong.push(`${file}@${pos}`);
          }
        }
      }
      expect(checked).toBeGreaterThan(2000);
      expect(wrong).toEqual([]);
    });
  }
});
