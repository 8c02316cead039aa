/** Italian function words for relation arguments, sentence abbreviations, honorifics. */
import type { LanguagePack, RelationWords } from "../types.js";

export const words: RelationWords = {
  with: ["con", "col", "coi", "colla"],
  // "a" marks the recipient ("ha inviato un messaggio a Kim"); "a Pechino" is marked "to" as well, which keeps the city
  // out of the subjects and the partners of a meeting, as "in" would.
  to: ["a", "al", "alla", "allo", "ai", "agli", "alle", "all"],
  // "e il …": an article after the conjunction still coordinates ("Kim e il presidente cinese Xi").
  and: ["e", "ed", "e il", "e la", "e lo", "e l'", "e i", "e gli", "e le", "nonché"],
  of: ["di", "del", "della", "dello", "dei", "degli", "delle", "dell", "d"],
  in: ["in", "nel", "nella", "nello", "nei", "negli", "nelle", "nell", "presso"],
  // Not "da": the agent of a passive ("è stata ricevuta da Putin") is the partner of a meeting, which the finder takes
  // only from unmarked mentions; the sender is "di" ("i saluti di Kim"), which is also the genitive and stays unmarked.
  from: [],
  determiners: ["il", "lo", "la", "l", "i", "gli", "le", "un", "una", "uno"],
  // Verbs of exchange state the relation both ways ("si sono scambiati messaggi").
  reciprocal: ["reciprocamente", "a vicenda", "reciproco", "reciproca", "reciproci", "reciproche", "scambiati", "scambiato", "scambiano", "scambiarono", "scambio"],
  bothLeaders: ["i due leader", "i due presidenti", "i due capi di stato", "entrambi i leader"],
  bothSides: ["i due paesi", "i due Paesi", "entrambi i paesi", "le due parti", "entrambe le parti"],
  reporting: ["riferisce", "ha riferito", "secondo", "ha riportato", "riporta", "scrive", "ha reso noto", "citato da", "citata da"],
  sidelines: ["a margine"],
  that: ["che"],
  relative: ["che", "il quale", "la quale", "i quali", "le quali"],
  leaders: ["leader", "capi di stato", "i capi"],
  // A companion of those who attend or visit.
  together: ["insieme a", "insieme al", "insieme con", "accanto a", "accanto al"],
  // Those "among them" attended: "… přihlíželo dvacet lídrů, mezi nimi i Robert Fico".
  among: ["tra cui", "fra cui", "tra loro", "tra questi"],
};

export const abbreviations: string[] = [
  "sig.", "sigg.", "sig.ra", "dott.", "dott.ssa", "ecc.", "prof.", "prof.ssa", "on.", "sen.", "avv.", "ing.", "gen.", "pag.", "pagg.",
  "n.", "nn.", "art.", "dr.", "ca.", "cfr.", "es.", "p.es.", "S.", "ss.", "vol.", "gen.", "feb.", "apr.", "giu.", "lug.", "ago.",
  "sett.", "ott.", "nov.", "dic.",
];

export const honorifics: string[] = ["compagno", "compagna", "rispettato compagno", "rispettata compagna", "stimato compagno", "caro compagno", "signor", "signora", "maresciallo"];

/** Capitalised short names that are also Italian words ("Li" Li Qiang / the pronoun "li"). */
export const commonWords: string[] = ["li", "lai"];

export const delegationLedBy: string[] = [
  "delegazione guidata da",
  "delegazione guidata dal",
  "delegazione capeggiata da",
  "delegazione condotta da",
  "delegazione presieduta da",
  "delegazione diretta da",
  "guidata da",
  "guidata dal",
  "capeggiata da",
  "condotta da",
];

export const sentenceRules: Pick<LanguagePack, "abbreviations" | "ordinalPeriod"> = { abbreviations, ordinalPeriod: false };
