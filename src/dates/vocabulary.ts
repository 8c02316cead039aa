/**
 * The date vocabulary of a language pack: `DateLexicon` (src/lang/types.ts)
 * plus what the date grammar needs beyond it. A pack's `dates.ts` declares one;
 * `compileDateGrammar` (./grammar.ts) turns it into patterns. All words are
 * written as the language writes them; they are folded when compiled.
 */
import type { DateLexicon } from "../lang/types.js";

/**
 * The `relativeDays` value of a word for the day just named ("同日", "当天", "이날": that same day):
 * its date is the last full date before it in the text, else the document's.
 */
export const SAME_DAY = 10_000;

/** How the parts of a full date are ordered: "4 September 2025", "September 4, 2025", "2025年9月4日". */
export type DateOrder = "dmy" | "mdy" | "ymd";

export interface DateVocabulary extends DateLexicon {
  /** Words after a weekday or month that point forward ("prochain", "que viene") and back ("dernier", "scorso"). */
  nextAfter?: string[];
  lastAfter?: string[];
  /**
   * Words that introduce a date and are never part of its span ("in", "am", "w", "в", "el").
   * One before a bare year makes it a date ("in 2009"); one before an ambiguous word too ("in May").
   */
  prepositions?: string[];
  /** Month or weekday forms that are also common words or names ("May", "неделя" = week): dates only after a preposition or with a number. */
  ambiguous?: string[];
  /** Words before a year that belong to its span ("roku 2019", "leta 2020", "Jahr 2009"). */
  yearBefore?: string[];
  /** Phrases that name a year relative to the document's, after a month or (CJK) before it: { "ubiegłego roku": -1, "去年": -1 }. */
  relativeYears?: Record<string, number>;
  /** Phrases that name a month relative to the document's, before a day alone: { "上月": -1, "今月": 0 }. */
  relativeMonths?: Record<string, number>;
  /** Phrases that name a calendar week, before a weekday: { "上周": -1, "来週": 1 }. */
  relativeWeeks?: Record<string, number>;
  /** Parts of the day written before a date, with their linker: "pomeriggio del", "nuit du". */
  partsOfDayBefore?: string[];
  /** Words between the parts of a full date: "de" ("27 de julio de 1953"), "of", "den" ("Donnerstag, den 4. September"). */
  linkers?: string[];
  /** Orders of day, month and year in full dates; default ["dmy"]. */
  orders?: DateOrder[];
  /** Suffixes of a day number ("st", "th", "er", "日", "일"); a period is always allowed in "dmy". */
  daySuffixes?: string[];
  /** A day number with its suffix is a date on its own ("4日", "15일"): a day of the document's month. */
  daysAlone?: boolean;
  /** Words that cannot follow a lone day ("間", "ぶり"): the number counts days. */
  notAfterDay?: string[];
  /** Words that cannot stand right before a lone day ("박" in "1박 2일", a stay of one night and two days). */
  notBeforeDay?: string[];
  /** Words joining the two days of a range ("do", "bis", "au", "to"). */
  rangeWords?: string[];
  /** Month and weekday names are capitalised (en, de); lowercase "may", "march", "morgen" are other words. */
  capitalised?: boolean;
  /** Particles that may follow a date word inside the same word (Korean "에", "부터", "인"). */
  particles?: string[];
}
