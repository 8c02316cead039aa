/** One-character country abbreviations of Chinese and Japanese stand only in compounds, before a suffix or after a prefix. */
import { describe, expect, test } from "vitest";
import { extract } from "../../src/index.js";

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

describe("a visit verb with a one-character country as its object", () => {
  const rows: [string, string, string][] = [
    ["zh", "金正恩此次访华。", "visit kim-jong-un china"],
    ["zh", "温家宝2009年访朝。", "visit wen-jiabao north-korea"],
    ["ja", "岸田首相は訪朝した。", "visit fumio-kishida north-korea"],
  ];
  for (const [lang, text, expected] of rows)
    test(`${lang}: ${text}`, () => expect(extract(text, { lang, date: "2025-10-11" }).relations.map((r) => `${r.type} ${r.subject} ${r.object}`)).toContain(expected));
});
