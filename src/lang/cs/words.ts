/** Czech function words for relation arguments, sentence abbreviations, honorifics and short-name homographs. */
import type { LanguagePack, RelationWords } from "../types.js";

export const words: RelationWords = {
  with: ["s", "se"],
  // "se" is "with" only before s, z, š, ž ("se Si Ťin-pchingem"); before other words it is reflexive ("se Kim … sešel").
  vocalised: { se: "[sz]" },
  // "k"/"ke": "blahopřání ke…" is rare with a person; the recipient is in the dative or after "pro".
  to: ["do", "pro", "k", "ke"],
  and: ["a", "i"],
  // The genitive needs no preposition ("předseda Korejské strany práce", "ministr zahraničí Číny").
  of: [],
  in: ["v", "ve", "na"],
  from: ["od"],
  reciprocal: ["vzájemně", "navzájem", "vzájemný", "vzájemné", "vzájemného", "vzájemnou", "vzájemnému", "vzájemném", "vzájemným"],
  bothLeaders: ["oba lídři", "oba vůdci", "obou lídrů", "obou vůdců", "oba státníci", "obou státníků", "oba prezidenti", "obou prezidentů"],
  bothLeadersAfter: ["obou lídrů", "obou vůdců", "obou státníků", "obou prezidentů"],
  bothSides: ["obě země", "obou zemí", "obě strany", "obou stran"],
  reporting: ["uvedla", "uvádí", "informovala", "informuje", "podle", "podle slov", "sdělila", "píše"],
  sidelines: ["na okraj", "v kuloárech"],
  that: ["že", "aby"],
  relative: ["který", "která", "které", "kteří", "kdy"],
  leaders: ["lídři", "lídrů", "vůdci", "vůdců", "představitelé", "představitelů"],
  // A companion of those who attend or visit.
  together: ["spolu s", "společně s", "po boku"],
  // Those "among them" attended: "… přihlíželo dvacet lídrů, mezi nimi i Robert Fico".
  among: ["mezi nimi", "mezi nimiž", "včetně"],
};

/**
 * Abbreviations after which a capital does not start a sentence. "r." (roku) is left
 * out: in news it ends a sentence more often than it precedes a capitalised word.
 */
export const abbreviations: string[] = [
  "tzv.", "např.", "mj.", "atd.", "apod.", "tj.", "resp.", "tzn.", "popř.", "cca.", "gen.", "prof.", "doc.", "dr.", "ing.", "mgr.",
  "judr.", "mudr.", "phdr.", "rndr.", "sv.", "ul.", "nám.", "č.", "odd.", "str.", "plk.", "pplk.", "mjr.", "kpt.", "npor.", "por.",
  "arm.", "sev.", "již.", "vých.", "záp.", "předs.", "min.", "s.r.o.", "a.s.", "tis.",
];

export const honorifics: string[] = ["soudruh", "soudruha", "soudruhu", "soudruhem", "soudružka", "pan", "pana", "panu", "panem", "paní"];

/** Czech words spelt like short names of the gazetteer: "si" (reflexive), "li" (particle), "pak" (then), "roh" (corner), "park", "jo"; "kina" (cinemas), the Croatian and Serbian name of China. */
export const commonWords: string[] = ["si", "li", "pak", "roh", "park", "jo", "ban", "hu", "lin", "kina"];

/** Phrases after which the leader of a delegation or visit is named. */
export const delegationLedBy: string[] = [
  "v čele s",
  "v čele se",
  "pod vedením",
  "vedená",
  "vedenou",
  "vedené",
  "vedený",
  "vedeného",
  "kterou vedl",
  "kterou vedla",
  "kterou vede",
  "v jejímž čele stál",
  "v jejímž čele stojí",
];

export const wordsOfPack: Pick<LanguagePack, "words" | "abbreviations" | "ordinalPeriod" | "honorifics" | "commonWords" | "delegationLedBy"> = {
  words,
  abbreviations,
  ordinalPeriod: true,
  honorifics,
  commonWords,
  delegationLedBy,
};
