/** English function words for relation arguments, sentence abbreviations, honorifics. */
import type { LanguagePack, RelationWords } from "../types.js";

export const words: RelationWords = {
  with: ["with"],
  to: ["to"],
  // "and the …": an article after the conjunction still coordinates ("Kim and the Chinese President Xi").
  and: ["and", "as well as", "and the", "along with"],
  of: ["of"],
  in: ["in", "at"],
  // Not "by": the agent of a passive ("was received by Putin") is the partner of a meeting, which the finder takes
  // only from unmarked mentions.
  from: ["from"],
  // The possessive "s" ("China's top legislator Zhao Leji": tokens china, s, top legislator) links like an article.
  determiners: ["the", "a", "an", "s"],
  // Verbs of exchange state the relation both ways ("exchanged messages").
  reciprocal: ["each other", "one another", "mutual", "mutually", "exchanged", "exchange", "exchanging"],
  bothLeaders: ["the two leaders", "both leaders", "the two presidents", "the two heads of state"],
  bothSides: ["the two countries", "both countries", "both sides", "the two sides", "the two nations"],
  reporting: ["said", "says", "reported", "reports", "according to", "quoted", "cited", "announced"],
  sidelines: ["on the sidelines of", "on the margins of"],
  that: ["that"],
  relative: ["who", "which"],
  leaders: ["leaders", "heads of state"],
  // A companion of those who attend or visit.
  together: ["together with", "along with", "alongside"],
  // Those "among them" attended: "… přihlíželo dvacet lídrů, mezi nimi i Robert Fico".
  among: ["among them", "including"],
};

export const abbreviations: string[] = [
  "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Sgt.", "Adm.", "Cmdr.", "Gov.", "Sen.", "Rep.",
  "Rev.", "St.", "Jr.", "Sr.", "Mt.", "No.", "vs.", "etc.", "approx.", "Inc.", "Corp.", "Co.", "Ltd.", "Dept.",
  "U.S.", "U.K.", "U.N.", "E.U.", "D.C.",
  "Jan.", "Feb.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.",
];

export const honorifics: string[] = ["Comrade", "Respected Comrade", "Dear Comrade", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Madam", "Marshal"];

/** Capitalised short names that are also English words ("Moon" Moon Jae-in / "the Moon"). */
export const commonWords: string[] = ["ban", "bans", "moon", "park", "parks", "bush", "ding", "may"];

export const delegationLedBy: string[] = [
  "delegation led by",
  "delegation headed by",
  "delegation, led by",
  "delegation, headed by",
  "delegation was led by",
  "delegation is led by",
  "delegation is headed by",
  "led by",
  "headed by",
];

export const sentenceRules: Pick<LanguagePack, "abbreviations" | "ordinalPeriod"> = { abbreviations, ordinalPeriod: false };
