/**
 * The English pack: possessives and demonym plurals of names, words that must
 * not match, roles, sentence abbreviations and relation triggers.
 */
import { describe, expect, test } from "vitest";
import { extract } from "../../src/index.js";
import { compileTriggers } from "../../src/relations/triggers.js";
import { en } from "../../src/lang/en/index.js";
import { entry, found } from "../support/packs.js";

const gazetteer = [
  entry("china", "country", { en: ["China"] }, { adjectives: { en: ["Chinese"] } }),
  entry("russia", "country", { en: ["Russia"] }, { adjectives: { en: ["Russian"] } }),
  entry("north-korea", "country", { "*": ["North Korea"] }, { adjectives: { en: ["North Korean"] } }),
  entry("xi-jinping", "person", { "*": ["Xi Jinping"] }, { short: { "*": ["Xi"] } }),
  entry("moon-jae-in", "person", { "*": ["Moon Jae-in"] }, { short: { "*": ["Moon"] } }),
  entry("nord-stream", "policy", { en: ["Nord Stream"] }),
];

describe("English names with possessives and plurals", () => {
  const cases: [string, string][] = [
    ["China's top legislator", "China → China (china)"],
    ["Xi's visit", "Xi → Xi (xi-jinping)"],
    ["North Korea's leader", "North Korea → North Korea (north-korea)"],
    ["the Russians said", "Russians → Russian (russia)"],
    ["two North Koreans defected", "North Koreans → North Korean (north-korea)"],
    ["Chinese officials", "Chinese → Chinese (china)"],
    ["the Nord Stream pipeline", "Nord Stream → Nord Stream (nord-stream)"],
  ];
  for (const [text, expected] of cases) test(text, () => expect(found("en", gazetteer, text)).toContain(expected));
});

describe("English words that are not names", () => {
  // No entity is named: a capitalised common word stays unlinked, a longer word is not a form of a name.
  const cases: string[] = ["Moon landings fascinated him.", "The Xis were there.", "Chinas and porcelains.", "Russianness is a word."];
  for (const text of cases) test(text, () => expect(found("en", gazetteer, text).filter((m) => !m.endsWith("(null)"))).toEqual([]));
});

/** Relations of an English text, as "type subject object" (positions: with their role). */
function relations(text: string, date = "2025-09-05"): string[] {
  return extract(text, { lang: "en", date }).relations.map((r) => [r.type, r.subject, r.object, r.attributes.role].filter(Boolean).join(" "));
}

describe("English roles give positions", () => {
  const cases: [string, string][] = [
    ["Chinese President Xi Jinping arrived.", "position xi-jinping china president"],
    ["North Korean leader Kim Jong Un arrived.", "position kim-jong-un north-korea leader"],
    ["Zhao Leji, China's top legislator, arrived.", "position zhao-leji china top legislator"],
    ["Russian Foreign Minister Sergei Lavrov arrived.", "position sergey-lavrov russia foreign minister"],
    ["Kim Jong Un, General Secretary of the Workers' Party of Korea, arrived.", "position kim-jong-un workers-party-of-korea general secretary"],
    ["Wang Huning, China's fourth-ranking leader, arrived.", "position wang-huning china fourth-ranking leader"],
  ];
  for (const [text, expected] of cases) test(text, () => expect(relations(text)).toContain(expected));

  test("a role next to a country names its holder", () => {
    const m = extract("The North Korean leader arrived.", { lang: "en", date: "2025-09-05" }).mentions;
    expect(m.map((x) => `${x.text} ${x.entity}`)).toContain("North Korean leader kim-jong-un");
  });
});

describe("English triggers", () => {
  const cases: [string, string][] = [
    ["Kim Jong Un met Xi Jinping in Beijing on Thursday.", "meeting kim-jong-un xi-jinping"],
    ["Kim Jong Un held talks with Vladimir Putin.", "meeting kim-jong-un vladimir-putin"],
    ["Putin and Kim hold first summit in Vladivostok", "meeting kim-jong-un vladimir-putin"],
    ["Xi Jinping and Kim Jong Un held their second summit.", "meeting kim-jong-un xi-jinping"],
    ["Kim was received by Putin in the Kremlin.", "meeting kim-jong-un vladimir-putin"],
    ["Xi Jinping sent a congratulatory message to Kim Jong Un.", "message xi-jinping kim-jong-un"],
    ["Vladimir Putin attended the Victory Day parade in Beijing.", "attendance vladimir-putin 2025-china-victory-day-parade"],
    ["North Korea supports Russia.", "support north-korea russia"],
    ["China and North Korea pledged to strengthen ties.", "cooperation china north-korea"],
    ["Kim Jong Un vowed to steadily develop relations with China.", "cooperation china kim-jong-un"],
    ["It is the will of the DPRK to develop the DPRK-China relations, and the DPRK will support China.", "cooperation china north-korea"],
    ["Putin praised the North Korean soldiers.", "praise vladimir-putin north-korea"],
    ["Kim thanked China for its hospitality.", "praise kim-jong-un china"],
    ["Xi Jinping visited Pyongyang.", "visit xi-jinping pyongyang"],
    ["Xi Jinping arrived in Pyongyang on Thursday.", "visit xi-jinping pyongyang"],
  ];
  for (const [text, expected] of cases) test(text, () => expect(relations(text)).toContain(expected));

  test("a visit's length in days is part of its trigger, a bracket before it is not", () => {
    const triggers = (text: string) => extract(text, { lang: "en", date: "2025-09-05" }).relations.filter((r) => r.type === "visit").map((r) => r.trigger?.text);
    expect(triggers("Xi Jinping began a three-day visit to Pyongyang.")).toEqual(["three-day visit to"]);
    expect(triggers("Xi Jinping began a 3-day visit to Pyongyang.")).toEqual(["3-day visit to"]);
    expect(triggers("Xi Jinping (three-day visit to Pyongyang) arrived.")).toEqual(["three-day visit to"]);
  });

  const none: string[] = ["Thanks to China, Kim Jong Un survived.", "The visit came ahead of a summit in Japan, Xi Jinping said."];
  for (const text of none) test(`no praise or visit: ${text}`, () => expect(relations(text).filter((r) => /^(praise|visit)/.test(r))).toEqual([]));

  test("attending a summit is no meeting of those who attend", () => {
    expect(relations("Xi Jinping and Vladimir Putin have attended the G20 summit.").filter((r) => r.startsWith("meeting"))).toEqual([]);
  });

  test("the triggers compile", () => expect(compileTriggers(en).regex).not.toBeNull());
});

describe("English sentences", () => {
  const cases: [string, number][] = [
    ["Mr. Kim met Dr. Xi on Jan. 5 in St. Petersburg.", 1],
    ["Gen. Kim spoke to the U.S. delegation.", 1],
    ["Kim left. Xi stayed.", 2],
  ];
  for (const [text, count] of cases) test(text, () => expect(extract(text, { lang: "en" }).sentences).toHaveLength(count));
});
