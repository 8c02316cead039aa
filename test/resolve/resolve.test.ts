/**
 * The resolution stage on toy data: short names trusted or resolved from the
 * document, titles ("President Xi"), descriptors ("the Chinese leader") resolved
 * with the document date.
 */
import { describe, expect, test } from "vitest";
import { compileLanguage } from "../../src/lang/compile.js";
import type { LanguagePack } from "../../src/lang/types.js";
import { classifierOf } from "../../src/lang/word-classes.js";
import { findNames } from "../../src/match/find-names.js";
import { buildVocabulary } from "../../src/match/vocabulary.js";
import { resolveMentions } from "../../src/resolve/mentions.js";
import { buildPositionIndex } from "../../src/resolve/positions.js";
import type { GazetteerEntry } from "../../src/schema/gazetteer.js";
import { foldText } from "../../src/text/chars.js";
import { splitSentences } from "../../src/text/sentences.js";
import { scanTokens } from "../../src/text/tokens.js";
import { classesOf } from "../../src/text/word-class.js";

const toy: LanguagePack = {
  code: "xx",
  name: "Toy English",
  iso6393: "xxx",
  scripts: ["latin"],
  stopwords: [],
  roles: { leader: ["leader"], president: ["president"], premier: ["premier"], "general secretary": ["general secretary"] },
  words: { with: ["with"], to: ["to"], and: ["and"], of: ["of"], in: ["in"], from: ["from"], determiners: ["the"] },
  delegationLedBy: ["delegation led by"],
  commonWords: ["may"],
};

const gazetteer: GazetteerEntry[] = [
  { id: "china", type: "country", name: "China", aliases: { xx: ["China"] }, adjectives: { xx: ["Chinese"] } },
  { id: "north-korea", type: "country", name: "North Korea", aliases: { xx: ["North Korea"] }, adjectives: { xx: ["North Korean"] } },
  { id: "beijing", type: "place", name: "Beijing", aliases: { xx: ["Beijing"] }, capitalOf: "china" },
  { id: "hu-jintao", type: "person", name: "Hu Jintao", aliases: { xx: ["Hu Jintao"] }, short: { xx: ["Hu"] }, positions: [{ role: "leader", of: "china", from: "2002-11-15", to: "2012-11-15" }] },
  { id: "xi-jinping", type: "person", name: "Xi Jinping", aliases: { xx: ["Xi Jinping"] }, short: { xx: ["Xi"] }, positions: [{ role: "leader", of: "china", from: "2012-11-15" }, { role: "president", of: "china", from: "2013-03-14" }] },
  { id: "kim-jong-un", type: "person", name: "Kim Jong Un", aliases: { xx: ["Kim Jong Un"] }, short: { xx: ["Kim"] }, positions: [{ role: "leader", of: "north-korea", from: "2011-12-17" }] },
  { id: "kim-song-nam", type: "person", name: "Kim Song Nam", aliases: { xx: ["Kim Song Nam"] }, short: { xx: ["Kim"] } },
  { id: "theresa-may", type: "person", name: "Theresa May", aliases: { xx: ["Theresa May"] }, short: { xx: ["May"] } },
];

function resolve(text: string, date: string | null) {
  const vocab = buildVocabulary(gazetteer, [toy]);
  const language = compileLanguage("xx", toy, vocab);
  const folded = foldText(text);
  const tokens = scanTokens(text, folded);
  const sentences = splitSentences(text, folded, language.sentences);
  const tokenSentence = new Int32Array(tokens.count).map((_, t) => sentences.findIndex((s) => s.start <= tokens.start[t]! && tokens.end[t]! <= s.end));
  const names = findNames(text, tokens, vocab, language.stems, "xx");
  const ids = gazetteer.map((e) => e.id);
  const result = resolveMentions({
    text,
    folded,
    tokens,
    tokenSentence,
    names,
    entries: gazetteer,
    ids,
    positions: buildPositionIndex(gazetteer),
    capitalOf: (e) => (gazetteer[e]!.capitalOf ? ids.indexOf(gazetteer[e]!.capitalOf!) : -1),
    indexOf: (id) => ids.indexOf(id),
    capitalCity: () => -1,
    language,
    date,
    classes: classesOf(tokens.keys, tokens.count, classifierOf(language)),
  });
  return {
    mentions: result.mentions.map((m) => `${text.slice(m.start, m.end)}=${m.entity >= 0 ? ids[m.entity] : "null"}:${m.form}`),
    titles: result.titles.map((t) => `${ids[t.person.entity]}:${t.role.role}${t.of ? `:${ids[t.of.entity]}` : ""}`),
  };
}

describe("short names", () => {
  test.each([
    ["Xi spoke.", ["Xi=xi-jinping:short"]],
    ["Kim spoke.", ["Kim=kim-jong-un:short"]],
    ["Kim Song Nam arrived. Kim spoke.", ["Kim Song Nam=kim-song-nam:name", "Kim=kim-song-nam:short"]],
    ["May spoke.", ["May=null:short"]],
    ["Theresa May arrived. May spoke.", ["Theresa May=theresa-may:name", "May=theresa-may:short"]],
  ] as const)("%s", (text, expected) => expect(resolve(text, "2025-09-05").mentions).toEqual(expected));

  test("both Kims named, too close to call: the one who leads a country on the document date", () => {
    const text = "Kim Jong Un met Kim Song Nam. Both spoke of the talks. Kim thanked the guests.";
    expect(resolve(text, "2024-03-24").mentions.filter((m) => m.startsWith("Kim="))).toEqual(["Kim=kim-jong-un:short"]);
    // Before he led the country, nobody owned it.
    expect(resolve(text, "2005-03-24").mentions.filter((m) => m.startsWith("Kim="))).toEqual(["Kim=null:short"]);
  });

  test("both Kims named: the delegation leader owns the bare name, unless coordinated with a leader", () => {
    const text = "A delegation led by Kim Song Nam arrived. Kim Jong Un sent greetings. Kim met officials. The ties grew under Xi and Kim.";
    expect(resolve(text, "2024-03-24").mentions.filter((m) => m.startsWith("Kim="))).toEqual(["Kim=kim-song-nam:short", "Kim=kim-jong-un:short"]);
  });
});

describe("titles and descriptors", () => {
  test("a role before a name is a title, with the country next to it", () => {
    const r = resolve("Chinese President Xi Jinping met Kim Jong Un, leader of North Korea.", "2025-09-05");
    expect(r.titles).toEqual(["xi-jinping:president:china", "kim-jong-un:leader:north-korea"]);
    expect(r.mentions).toEqual(["Chinese=china:adjective", "Xi Jinping=xi-jinping:name", "Kim Jong Un=kim-jong-un:name", "North Korea=north-korea:name"]);
  });
  test.each([
    ["The Chinese leader spoke.", "2025-09-05", ["Chinese leader=xi-jinping:descriptor"]],
    ["The Chinese leader spoke.", "2010-06-01", ["Chinese leader=hu-jintao:descriptor"]],
    ["The leader of China spoke.", "2025-09-05", ["leader of China=xi-jinping:descriptor"]],
    ["China's leader spoke.", "2025-09-05", ["China's leader=xi-jinping:descriptor"]],
    ["Beijing's leader spoke.", "2025-09-05", ["Beijing's leader=xi-jinping:descriptor"]],
    ["The Chinese premier spoke.", "2025-09-05", ["Chinese=china:adjective"]],
    ["The Chinese delegation and the leader arrived.", "2025-09-05", ["Chinese=china:adjective"]],
  ] as const)("%s (%s)", (text, date, expected) => expect(resolve(text, date).mentions).toEqual(expected));
});
