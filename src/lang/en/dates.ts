/** English dates: chrono-node's locale, and the vocabulary read by the date grammar (src/dates). */
import type { DateVocabulary } from "../../dates/vocabulary.js";
import type { LanguagePack } from "../types.js";

const dates: DateVocabulary = {
  months: [
    ["January", "Jan."],
    ["February", "Feb."],
    ["March"],
    ["April", "Apr."],
    ["May"],
    ["June"],
    ["July"],
    ["August", "Aug."],
    ["September", "Sept.", "Sep."],
    ["October", "Oct."],
    ["November", "Nov."],
    ["December", "Dec."],
  ],
  weekdays: [["Monday"], ["Tuesday"], ["Wednesday"], ["Thursday"], ["Friday"], ["Saturday"], ["Sunday"]],
  // "May" and "March" are also a name, a verb and a modal.
  ambiguous: ["May", "March"],
  capitalised: true,
  relativeDays: { yesterday: -1, today: 0, tomorrow: 1, tonight: 0, "last night": -1, "this morning": 0, "this afternoon": 0, "this evening": 0 },
  partsOfDay: ["morning", "afternoon", "evening", "night"],
  next: ["next", "coming", "this coming"],
  last: ["last", "past", "previous"],
  relativeMonths: { "last month": -1, "this month": 0, "next month": 1 },
  relativeYears: { "last year": -1, "this year": 0, "next year": 1 },
  // Only words that put a bare year in time ("in 2009"), not an amount ("of 2000 soldiers").
  prepositions: ["in", "on", "since", "until", "till", "during", "early", "late", "mid", "by", "through", "throughout"],
  orders: ["dmy", "mdy"],
  daySuffixes: ["st", "nd", "rd", "th"],
  // "the 4th of July", "Thursday the 4th of September".
  linkers: ["of", "the"],
  rangeWords: ["to", "and"],
};

export const dateSupport: Pick<LanguagePack, "dates" | "chronoLocale"> = { chronoLocale: "en", dates };
