/** A generic phrase names a dated event only in documents written around it (the gazetteer's `when`). */
import { describe, expect, test } from "vitest";
import { extract } from "../../src/index.js";

const parade = (text: string, lang: string, date?: string) =>
  extract(text, date ? { lang, date } : { lang }).mentions.filter((m) => m.entity === "2025-china-victory-day-parade").map((m) => `${m.text}:${m.form}`);

describe("the 2025 parade by its generic name", () => {
  const rows: [string, string, string, string[]][] = [
    ["en", "Putin and Kim attended the military parade in Beijing.", "2025-09-04", ["military parade:descriptor"]],
    ["ko", "김 위원장은 열병식을 참관했다.", "2025-09-05", ["열병식:descriptor"]],
    ["de", "Kim verfolgte die Militärparade in Peking.", "2025-08-31", ["Militärparade:descriptor"]],
  ];
  for (const [lang, text, date, expected] of rows) test(`${lang} ${date}: ${text}`, () => expect(parade(text, lang, date)).toEqual(expected));
});

describe("another parade, another time", () => {
  const rows: [string, string, string | undefined][] = [
    ["en", "Kim attended a military parade in Pyongyang.", "2025-10-11"],
    ["en", "Putin reviewed the military parade on Red Square.", "2010-05-09"],
    ["en", "Putin reviewed the military parade on Red Square.", undefined],
  ];
  for (const [lang, text, date] of rows) test(`${lang} ${date ?? "no date"}: ${text}`, () => expect(parade(text, lang, date)).toEqual([]));
});
