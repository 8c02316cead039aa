/** Slovenian function words for relations, sentence abbreviations, honorifics and common words. */
import type { LanguagePack, RelationWords } from "../types.js";

export const words: RelationWords = {
  with: ["z", "s"],
  to: ["k", "h"],
  and: ["in", "ter"],
  // The genitive says "of" without a word ("predsednik Kitajske").
  of: [],
  in: ["v", "na"],
  from: ["od"],
  reciprocal: ["drug drugega", "drug z drugim", "drug drugemu", "medsebojno", "medsebojne", "medsebojnih", "vzajemno", "vzajemne"],
  // The dual with "sta" is the two people just named: "Voditelja sta se pogovarjala", "Ministra sta se pogovarjala".
  bothLeaders: ["obeh voditeljev", "oba voditelja", "voditelja sta", "predsednika sta"],
  bothMinisters: ["ministra sta", "zunanja ministra", "oba ministra", "obeh ministrov"],
  bothSides: ["obe državi", "obeh držav", "obe strani", "obeh strani"],
  reporting: ["poroča", "poročala", "sporočila", "po poročanju", "navaja", "navedla", "po navedbah"],
  sidelines: ["ob robu"],
  that: ["da"],
  relative: ["ki"],
  // A companion of those who attend or visit.
  together: ["skupaj z", "skupaj s", "ob boku"],
  // Those "among them" attended: "… přihlíželo dvacet lídrů, mezi nimi i Robert Fico".
  among: ["med njimi", "vključno z"],
};

export const wordData: Pick<LanguagePack, "words" | "abbreviations" | "ordinalPeriod" | "honorifics" | "commonWords" | "delegationLedBy"> = {
  words,
  abbreviations: [
    "npr.", "itd.", "ipd.", "t.i.", "tj.", "oz.", "dr.", "mag.", "prof.", "l.", "g.", "ga.", "gdč.", "sv.", "št.", "mio.", "mrd.", "prim.", "gl.", "str.",
    "jan.", "feb.", "avg.", "sep.", "sept.", "okt.", "nov.", "dec.", "pribl.", "ang.", "angl.", "gen.", "polk.", "idr.", "t.j.",
  ],
  ordinalPeriod: true,
  honorifics: ["tovariš", "tovarišica", "gospod", "gospa", "g.", "ga."],
  // Spelt like short names, with the forms the inflection rules give them: "jo" (her) like Jo Yong Won, "park" like Park Geun-hye; "kina" (of the cinema) like Croatian and Serbian "Kina" (China).
  commonWords: ["jo", "li", "ban", "bana", "banu", "banom", "park", "parka", "parku", "parkom", "lin", "kina"],
  delegationLedBy: ["delegacija pod vodstvom", "delegacijo pod vodstvom", "delegacije pod vodstvom", "delegacija, ki jo vodi", "delegacijo, ki jo vodi", "delegacije, ki jo vodi", "delegacija, ki jo je vodil", "delegacija, ki jo je vodila", "delegacijo, ki jo je vodil", "delegacija na čelu z", "delegacija na čelu s", "delegacijo na čelu z", "delegacijo na čelu s"],
};
