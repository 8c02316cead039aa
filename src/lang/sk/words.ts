/** Slovak function words for relation arguments, sentence abbreviations, honorifics and short-name homographs. */
import type { LanguagePack, RelationWords } from "../types.js";

export const words: RelationWords = {
  with: ["s", "so"],
  to: ["do", "pre", "k", "ku"],
  and: ["a", "i"],
  // The genitive needs no preposition ("predseda Kórejskej strany práce").
  of: [],
  in: ["v", "vo", "na"],
  from: ["od"],
  reciprocal: ["vzájomne", "navzájom", "vzájomný", "vzájomné", "vzájomného", "vzájomnú", "vzájomnej", "vzájomnom", "vzájomným"],
  bothLeaders: ["obaja lídri", "obaja vodcovia", "oboch lídrov", "obaja štátnici", "oboch štátnikov", "obaja prezidenti", "oboch prezidentov"],
  bothLeadersAfter: ["oboch lídrov", "oboch štátnikov", "oboch prezidentov"],
  bothSides: ["obe krajiny", "oboch krajín", "obe strany", "oboch strán"],
  reporting: ["uviedla", "uvádza", "informovala", "informuje", "podľa", "píše"],
  sidelines: ["na okraj", "v kuloároch"],
  that: ["že", "aby"],
  relative: ["ktorý", "ktorá", "ktoré", "ktorí", "keď"],
  // A companion of those who attend or visit.
  together: ["spolu s", "spoločne s", "po boku"],
  // Those "among them" attended: "… přihlíželo dvacet lídrů, mezi nimi i Robert Fico".
  among: ["medzi nimi", "vrátane"],
};

/**
 * Abbreviations after which a capital does not start a sentence. "r." (roku) is left
 * out: in news it ends a sentence more often than it precedes a capitalised word.
 */
export const abbreviations: string[] = [
  "tzv.", "napr.", "atď.", "tj.", "resp.", "tzn.", "príp.", "cca.", "gen.", "prof.", "doc.", "dr.", "ing.", "mgr.", "judr.",
  "mudr.", "phdr.", "sv.", "ul.", "nám.", "č.", "str.", "plk.", "pplk.", "mjr.", "kpt.", "npor.", "por.", "sev.", "juž.", "vých.",
  "záp.", "min.", "s.r.o.", "a.s.", "tis.", "preds.", "o.i.",
];

export const honorifics: string[] = ["súdruh", "súdruha", "súdruhovi", "súdruhom", "súdružka", "pán", "pána", "pánovi", "pánom", "pani"];

/** Slovak words spelt like short names of the gazetteer: "si" (reflexive), "roh" (corner), "park"; "kina" (cinemas), the Croatian and Serbian name of China. */
export const commonWords: string[] = ["si", "li", "roh", "park", "jo", "ban", "hu", "kina"];

/** Phrases after which the leader of a delegation or visit is named. */
export const delegationLedBy: string[] = [
  "na čele s",
  "na čele so",
  "pod vedením",
  "vedená",
  "vedenú",
  "vedenej",
  "vedený",
  "vedeného",
  "ktorú viedol",
  "ktorú viedla",
  "ktorú vedie",
];

export const wordsOfPack: Pick<LanguagePack, "words" | "abbreviations" | "ordinalPeriod" | "honorifics" | "commonWords" | "delegationLedBy"> = {
  words,
  abbreviations,
  ordinalPeriod: true,
  honorifics,
  commonWords,
  delegationLedBy,
};
