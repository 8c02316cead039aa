/** Polish function words for relation arguments, sentence abbreviations, honorifics and short-name homographs. */
import type { LanguagePack, RelationWords } from "../types.js";

export const words: RelationWords = {
  with: ["z", "ze"],
  // "dla": "gratulacje dla Kima", "poparcie dla Pekinu". "na" is a place word ("na Kremlu"), not a recipient.
  to: ["do", "dla"],
  // "a" joins the two sides of "między Pekinem a Pjongjangiem".
  and: ["i", "oraz", "a"],
  // The genitive needs no preposition ("premier Korei Północnej", "przywódca Chin").
  of: [],
  in: ["w", "we", "na"],
  from: ["od", "przez"],
  reciprocal: ["wzajemnie", "nawzajem", "sobie nawzajem", "wzajemny", "wzajemnego", "wzajemnej", "wzajemnym", "wzajemną", "wzajemne"],
  bothLeaders: ["obaj przywódcy", "obu przywódców", "dwaj przywódcy", "obaj prezydenci"],
  bothSides: ["oba kraje", "obu krajów", "obie strony", "obu stron", "oba państwa", "obu państw"],
  reporting: ["podała", "podaje", "poinformowała", "informuje", "według", "pisze", "donosi", "przekazała", "za agencją"],
  sidelines: ["na marginesie"],
  that: ["że", "żeby", "aby"],
  // After a comma, it starts a clause about the mention before it ("Li Qiang, który przebywał …").
  relative: ["który", "która", "które", "którzy", "których", "gdy", "kiedy"],
  leaders: ["przywódcy", "przywódców", "przywódcom", "przywódcami", "przywódcach"],
  // A companion of those who attend or visit.
  together: ["wraz z", "razem z", "u boku"],
  // Those "among them" attended: "… přihlíželo dvacet lídrů, mezi nimi i Robert Fico".
  among: ["wśród nich", "w tym"],
};

/**
 * Abbreviations after which a capital does not start a sentence. Left out on purpose:
 * "r.", "br.", "proc.", "tys.", "mln", "itd.", "itp.", "zł" — in news they end a
 * sentence more often than they precede a capitalised word ("w 2018 r. Kim…" is rarer
 * than "…29 marca 2019 r. Umowa…").
 */
export const abbreviations: string[] = [
  "płn.", "płd.", "pn.", "pd.", "wsch.", "zach.", "m.in.", "tzw.", "ul.", "al.", "pl.", "gen.", "prof.", "dr.", "doc.", "hab.", "inż.",
  "ok.", "św.", "tj.", "np.", "wg.", "godz.", "ds.", "im.", "ks.", "abp.", "bp.", "płk.", "ppłk.", "mjr.", "kpt.", "por.", "adm.",
  "marsz.", "red.", "woj.", "pow.", "gm.", "wlk.", "ang.", "ros.", "chiń.", "kor.", "zob.", "tzn.", "ww.", "j.w.",
];

export const honorifics: string[] = ["towarzysz", "towarzysza", "towarzyszowi", "towarzyszem", "pan", "pana", "panu", "panem", "pani", "panią"];

/** Polish words spelt like short names of the gazetteer: "kim" (pronoun), "li" (particle), "park", "ban", "lin" (ropes), "pak" (pack ice); "kina" (cinemas), the Croatian and Serbian name of China. */
export const commonWords: string[] = ["kim", "li", "park", "ban", "lin", "pak", "jo", "hu", "wen", "moon", "kina"];

/** Phrases after which the leader of a delegation or visit is named. */
export const delegationLedBy: string[] = [
  "pod przewodnictwem",
  "pod kierownictwem",
  "na czele z",
  "na czele ze",
  "kierowana przez",
  "kierowanej przez",
  "kierowaną przez",
  "prowadzona przez",
  "prowadzonej przez",
  "której przewodniczył",
  "której przewodniczyła",
  "delegacji przewodniczył",
  "delegacją kierował",
  "delegacją kierowała",
];

export const wordsOfPack: Pick<LanguagePack, "words" | "abbreviations" | "ordinalPeriod" | "honorifics" | "commonWords" | "delegationLedBy"> = {
  words,
  abbreviations,
  ordinalPeriod: true,
  honorifics,
  commonWords,
  delegationLedBy,
};
