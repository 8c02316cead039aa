/** Italian dates: chrono-node's locale, and the vocabulary read by the date grammar (src/dates). */
import type { DateVocabulary } from "../../dates/vocabulary.js";
import type { LanguagePack } from "../types.js";

const PARTS = ["mattina", "mattino", "mattinata", "pomeriggio", "sera", "serata", "notte", "nottata"];

const dates: DateVocabulary = {
  months: [["gennaio"], ["febbraio"], ["marzo"], ["aprile"], ["maggio"], ["giugno"], ["luglio"], ["agosto"], ["settembre"], ["ottobre"], ["novembre"], ["dicembre"]],
  weekdays: [["lunedì"], ["martedì"], ["mercoledì"], ["giovedì"], ["venerdì"], ["sabato"], ["domenica"]],
  relativeDays: { ieri: -1, "l'altro ieri": -2, altroieri: -2, oggi: 0, stamattina: 0, stamani: 0, stasera: 0, stanotte: 0, domani: 1, dopodomani: 2 },
  partsOfDay: [...PARTS, "in mattinata", "in serata", "nel pomeriggio", "in nottata"],
  // "nel pomeriggio del 3 settembre": the part of the day belongs to the date, the preposition does not.
  partsOfDayBefore: PARTS.flatMap((p) => [`${p} del`, `${p} di`, `${p} dell'`, `${p} tra`]),
  next: ["prossimo", "prossima"],
  nextAfter: ["prossimo", "prossima"],
  last: ["scorso", "scorsa"],
  lastAfter: ["scorso", "scorsa"],
  relativeMonths: { "mese scorso": -1, "scorso mese": -1, "questo mese": 0, "mese prossimo": 1, "prossimo mese": 1 },
  relativeYears: { "dello scorso anno": -1, "dell'anno scorso": -1, "scorso anno": -1, "anno scorso": -1, "di quest'anno": 0, "di questo anno": 0, "quest'anno": 0, "del prossimo anno": 1, "dell'anno prossimo": 1, "prossimo anno": 1, "anno prossimo": 1 },
  // Only words that put a bare year in time ("nel 2009"), not an amount ("di 2000 soldati").
  prepositions: ["nel", "dal", "entro il", "fino al", "prima del", "inizio", "fine", "metà", "estate", "autunno", "primavera", "inverno"],
  linkers: ["del"],
  rangeWords: ["al", "e"],
};

export const dateSupport: Pick<LanguagePack, "dates" | "chronoLocale"> = { chronoLocale: "it", dates };
