/**
 * Entries that share a name and belong to different countries (src/resolve/by-country.ts):
 * "Victory Day" is Russia's, China's or North Korea's by the places and countries the text
 * names around it; of two dated parades, the one of the document's days; undecided, none.
 */
import { describe, expect, test } from "vitest";
import { createExtractor, extract } from "../../src/index.js";
import { defaultGazetteer } from "../../src/gazetteer/default.js";
import type { GazetteerEntry } from "../../src/schema/gazetteer.js";

/** The entity of each mention whose text is `name` ("null" when unlinked). */
function entitiesOf(text: string, name: string, date: string, lang = "en"): string[] {
  return extract(text, { lang, date })
    .mentions.filter((m) => m.text === name)
    .map((m) => m.entity ?? "null");
}

describe("a holiday several countries keep", () => {
  test.each([
    ["Russia marks Victory Day on 9 May.", "victory-day-russia"],
    ["Xi Jinping attended Victory Day celebrations on Red Square.", "victory-day-russia"],
    ["Kim Jong Un attended the Victory Day celebrations in Beijing.", "victory-day"],
    ["North Korea celebrates the anniversary of the armistice as Victory Day.", "victory-day-north-korea"],
  ])("the sentence places it: %s", (text, entity) => {
    expect(entitiesOf(text, "Victory Day", "2025-06-01")).toEqual([entity]);
  });

  test("a place counts more than a country's adjective", () => {
    // Chinese (China, 1) against Moscow (Russia, 2).
    expect(entitiesOf("The Chinese president attended the Victory Day celebrations in Moscow.", "Victory Day", "2025-06-01")).toEqual(["victory-day-russia"]);
  });

  test("else the places of the whole document", () => {
    const text = "Xi Jinping arrived in Moscow on Wednesday. On Friday he watched the Victory Day celebrations with Vladimir Putin.";
    expect(entitiesOf(text, "Victory Day", "2025-05-09")).toEqual(["victory-day-russia"]);
  });

  test.each([
    ["Kim Jong Un spoke about Victory Day."],
    // A country none of the entries belongs to.
    ["The Czech Republic marks Victory Day on 8 May."],
    // Two countries, one place each.
    ["Victory Day is kept in Moscow and in Beijing."],
  ])("none when the text does not tell: %s", (text) => {
    expect(entitiesOf(text, "Victory Day", "2025-06-01")).toEqual(["null"]);
  });

  test("in other languages", () => {
    expect(entitiesOf("Xi Jinping asistió en la Plaza Roja al desfile del Día de la Victoria.", "Día de la Victoria", "2025-05-09", "es")).toEqual(["victory-day-russia"]);
    expect(entitiesOf("习近平出席莫斯科红场胜利日阅兵。", "胜利日", "2025-05-09", "zh")).toEqual(["victory-day-russia"]);
  });
});

describe("dated events of different countries", () => {
  test.each([
    ["2025-05-09", "2025-moscow-victory-day-parade"],
    ["2025-09-03", "2025-china-victory-day-parade"],
  ])("the one around the document date (%s)", (date, entity) => {
    expect(entitiesOf("Xi Jinping watched the Victory Day parade with Putin.", "Victory Day parade", date)).toEqual([entity]);
    expect(entitiesOf("Xi Jinping watched the military parade with Putin.", "military parade", date)).toEqual([entity]);
  });

  test("a generic phrase names neither outside their days", () => {
    expect(entitiesOf("Xi Jinping watched the military parade with Putin.", "military parade", "2025-07-01")).toEqual([]);
  });

  test("the 80th anniversary of the victory: Russia's in May, China's in September", () => {
    expect(entitiesOf("Putin spoke at the 80th anniversary of the victory.", "80th anniversary of the victory", "2025-05-09")).toEqual(["80th-anniversary-of-victory-in-the-great-patriotic-war"]);
    expect(entitiesOf("Putin spoke at the 80th anniversary of the victory.", "80th anniversary of the victory", "2025-09-03")).toEqual(["80th-anniversary-of-victory-in-world-war-ii"]);
  });
});

describe("a user's entries", () => {
  test("a shared name whose entries do not all say their country keeps the earlier rule (no country rule)", () => {
    const mine: GazetteerEntry = { id: "victory-day-czechia", type: "event", name: "Victory Day (Czechia)", aliases: { en: ["Victory Day"] } };
    const r = createExtractor({ gazetteer: [...defaultGazetteer, mine] }).extract("Victory Day was marked in Moscow.", { lang: "en", date: "2025-06-01" });
    expect(r.mentions.find((m) => m.text === "Victory Day")?.entity).not.toBeNull();
  });

  test("a country that is no entry is a clear error", () => {
    const bad: GazetteerEntry = { id: "victory-day-x", type: "event", name: "X", aliases: { en: ["X Day"] }, country: "atlantis" };
    expect(() => createExtractor({ gazetteer: [...defaultGazetteer, bad] })).toThrow(/country.*unknown entity "atlantis"/);
  });
});
