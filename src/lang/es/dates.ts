/** Spanish dates: chrono-node's locale, and the vocabulary read by the date grammar (src/dates). */
import type { DateVocabulary } from "../../dates/vocabulary.js";
import type { LanguagePack } from "../types.js";

const PARTS = ["mañana", "tarde", "noche", "madrugada", "mediodía"];

const dates: DateVocabulary = {
  months: [["enero"], ["febrero"], ["marzo"], ["abril"], ["mayo"], ["junio"], ["julio"], ["agosto"], ["septiembre", "setiembre"], ["octubre"], ["noviembre"], ["diciembre"]],
  weekdays: [["lunes"], ["martes"], ["miércoles"], ["jueves"], ["viernes"], ["sábado"], ["domingo"]],
  // "mañana" alone is also "morning": only "pasado mañana" counts.
  relativeDays: { ayer: -1, anteayer: -2, antier: -2, anoche: -1, hoy: 0, "esta mañana": 0, "esta tarde": 0, "esta noche": 0, "pasado mañana": 2 },
  partsOfDay: PARTS.flatMap((p) => [`por la ${p}`, `en la ${p}`]),
  partsOfDayBefore: PARTS.flatMap((p) => [`${p} del`, `${p} de`]),
  next: ["próximo", "próxima"],
  nextAfter: ["próximo", "próxima", "que viene"],
  last: ["pasado", "pasada"],
  lastAfter: ["pasado", "pasada"],
  relativeMonths: { "mes pasado": -1, "pasado mes": -1, "este mes": 0, "próximo mes": 1, "mes que viene": 1 },
  relativeYears: { "del año pasado": -1, "del pasado año": -1, "de este año": 0, "del presente año": 0, "del próximo año": 1, "del año que viene": 1, "año pasado": -1, "pasado año": -1, "este año": 0, "próximo año": 1, "año que viene": 1 },
  // Only words that put a bare year in time ("en 2009"), not an amount ("de 2000 soldados").
  prepositions: ["en", "desde", "hasta", "para", "antes de", "después de", "principios de", "finales de", "mediados de", "comienzos de", "inicios de", "fines de"],
  linkers: ["de", "del"],
  daySuffixes: ["º"],
  rangeWords: ["al", "y"],
};

export const dateSupport: Pick<LanguagePack, "dates" | "chronoLocale"> = { chronoLocale: "es", dates };
