/**
 * Japanese function words. Japanese particles FOLLOW their noun phrase
 * ("プーチン大統領と会談", "大連で", "平壌を訪れ", "金氏に感謝"), and kana are matched
 * one character per token, so each particle is the token right AFTER the mention
 * (or after its title) it marks; `syntax.postpositions` makes the relation finder
 * read it there (src/relations/arguments.ts, markPostpositions).
 */
import type { LanguagePack, RelationWords } from "../types.js";

export const words: RelationWords = {
  // "プーチン大統領と会談した". "と" is also "and" ("金氏と北朝鮮の指導部") but is not
  // listed there: and-words link titles and descriptors, and "最高指導者と北朝鮮" would
  // read as "the leader of North Korea" (src/resolve/descriptors.ts looks past linkers
  // AFTER a role, which is wrong in head-final Japanese).
  with: ["と"],
  // Recipient or destination: "プーチン氏に対し", "ロシアへ".
  to: ["に", "へ", "に対し", "に対して"],
  // "・" in "中朝両党・両国". Not "、": in news it separates clauses far more often than
  // names ("北朝鮮、ロシア西部クルスク州への派兵を…認める").
  and: ["や", "及び", "および", "並びに", "・"],
  // "ロシアのプーチン大統領", "中国の最高指導者".
  of: ["の"],
  // Place: "大連で", "モスクワにて".
  in: ["で", "にて"],
  // Sender or agent: "中国から", "プーチン氏より".
  from: ["から", "より"],
  reciprocal: ["互い", "相互", "双方"],
  // "両首脳の…会談" (the two leaders' talks), "中ロ両国が…協力": the two people or countries just named.
  bothLeaders: ["両首脳", "両氏"],
  // With its particle: the subject or the genitive of the act ("両国が協力", "両国の協力"), not a modifier of another noun.
  bothSides: ["両国が", "両国は", "両国も", "両国の"],
};

/** Japanese sentences end with 。！？; no abbreviation ends with a period. */
export const abbreviations: string[] = [];

/**
 * Honorifics: Japanese writes them AFTER the name ("正恩氏", "プーチン氏", "習主席閣下");
 * they are separate tokens and never part of the name (SPEC §4: "正恩氏" → "正恩").
 */
export const honorifics: string[] = ["氏", "さん", "様", "殿", "閣下", "同志", "夫人", "女史", "君"];

/**
 * Short names that are also common words. None of the gazetteer's Japanese
 * short names is today; "金" (Kim; gold, Friday) would be.
 */
export const commonWords: string[] = ["金"];

/**
 * The leader of a delegation is named before the phrase: "崔竜海氏を団長とする代表団",
 * "李強首相率いる代表団". "…" stands for the name. Not read yet: the core reads only
 * phrases that precede a name (known gap).
 */
export const delegationLedBy: string[] = ["…を団長とする代表団", "…が率いる代表団", "…率いる代表団", "…を団長とする", "…が率いる"];

export const wordsOfPack: Pick<LanguagePack, "words" | "abbreviations" | "honorifics" | "commonWords" | "delegationLedBy"> = {
  words,
  abbreviations,
  honorifics,
  commonWords,
  delegationLedBy,
};
