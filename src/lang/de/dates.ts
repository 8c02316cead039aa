/** German dates: chrono-node's locale, and the vocabulary read by the date grammar (src/dates). */
import type { DateVocabulary } from "../../dates/vocabulary.js";
import type { LanguagePack } from "../types.js";

const dates: DateVocabulary = {
  months: [
    ["Januar", "Jänner", "Januars", "Jan."],
    ["Februar", "Feber", "Februars", "Feb."],
    ["März", "Märzes"],
    ["April", "Aprils", "Apr."],
    ["Mai", "Mais"],
    ["Juni", "Junis"],
    ["Juli", "Julis"],
    ["August", "Augusts", "Aug."],
    ["September", "Septembers", "Sept.", "Sep."],
    ["Oktober", "Oktobers", "Okt."],
    ["November", "Novembers", "Nov."],
    ["Dezember", "Dezembers", "Dez."],
  ],
  weekdays: [["Montag"], ["Dienstag"], ["Mittwoch"], ["Donnerstag"], ["Freitag"], ["Samstag", "Sonnabend"], ["Sonntag"]],
  // "August" is also a first name.
  ambiguous: ["August"],
  capitalised: true,
  relativeDays: { gestern: -1, vorgestern: -2, heute: 0, morgen: 1, übermorgen: 2 },
  // Written apart ("gestern Abend") or joined to a weekday ("Donnerstagabend").
  partsOfDay: ["Abend", "Morgen", "Vormittag", "Nachmittag", "Mittag", "Nacht", "früh"],
  yearBefore: ["Jahr", "Jahre", "Jahres"],
  next: ["nächsten", "nächster", "kommenden", "kommender"],
  last: ["letzten", "letzter", "vergangenen", "vergangener", "vorigen", "voriger"],
  relativeMonths: { "letzten Monat": -1, "vergangenen Monat": -1, "diesen Monat": 0, "nächsten Monat": 1, "kommenden Monat": 1 },
  relativeYears: {
    "letzten Jahres": -1, "vergangenen Jahres": -1, "des vergangenen Jahres": -1, "vorigen Jahres": -1, "des Vorjahres": -1,
    "dieses Jahres": 0, "diesen Jahres": 0, "nächsten Jahres": 1, "kommenden Jahres": 1, "des kommenden Jahres": 1,
  },
  // Only words that put a bare year in time ("seit 2019"), not an amount ("vor 2000 Zuschauern").
  prepositions: ["am", "im", "seit", "bis", "ab", "in", "Anfang", "Ende", "Mitte", "Frühjahr", "Herbst", "Sommer", "Winter"],
  // "Donnerstag, den 4. September".
  linkers: ["den"],
  rangeWords: ["bis", "und"],
};

export const dateSupport: Pick<LanguagePack, "dates" | "chronoLocale"> = { chronoLocale: "de", dates };
