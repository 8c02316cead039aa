/**
 * The ISO value of a date expression, resolved against the document date:
 * `yyyy-mm-dd`, `yyyy-mm`, `yyyy`, or `--mm-dd` when no year is known; no
 * value when the expression needs a document date that is missing.
 */
import { SAME_DAY } from "./vocabulary.js";
import { daysInMonth } from "../text/header.js";

/** What a date expression says, as numbers. Months 1..12, weekdays 0..6 from Monday. */
export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
  /** Days from the document date ("yesterday" = -1). */
  relDay?: number;
  /** Years from the document's ("last year" = -1), months, calendar weeks. */
  relYear?: number;
  relMonth?: number;
  relWeek?: number;
  /** "next" (1) or "last" (-1) before or after a weekday, month or day. */
  direction?: 1 | -1;
}

/** A document date as numbers, and as a day count since 1970-01-01. */
export interface DocDate {
  year: number;
  month: number;
  day: number;
  serial: number;
}

const pad2 = (n: number) => String(n).padStart(2, "0");
const pad4 = (n: number) => String(n).padStart(4, "0");

/** Reads `yyyy-mm-dd`; null when absent or not a calendar date. @example docDate("2025-10-12")?.serial === 20373 */
export function docDate(iso: string | null): DocDate | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day, serial: serialOf(year, month, day) };
}

/** Days since 1970-01-01. */
function serialOf(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

/** The ISO date of a day count. @example isoOf(0) === "1970-01-01" */
function isoOf(serial: number): string {
  const d = new Date(serial * 86_400_000);
  return `${pad4(d.getUTCFullYear())}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

/** Monday-first weekday of a day count (1970-01-01 was a Thursday). */
function weekdayOf(serial: number): number {
  return (((serial + 3) % 7) + 7) % 7;
}

/** A real day of a month of some year (a year-less 29 February is allowed). @example isValidDay(2025, 2, 29) === false */
export function isValidDay(year: number | undefined, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year ?? 2000, month);
}

/** Shifts a year and month by `n` months. */
function addMonths(year: number, month: number, n: number): [number, number] {
  const index = year * 12 + (month - 1) + n;
  return [Math.floor(index / 12), (index % 12) + 1];
}

/**
 * The value of `parts` against the document date (null: none known).
 * @example dateValue({ weekday: 4 }, docDate("2025-10-12")) === "2025-10-10" // "piątek" in a Sunday article
 */
export function dateValue(parts: DateParts, doc: DocDate | null): string | undefined {
  const { year, month, day, weekday, relDay, relYear, relMonth, relWeek, direction } = parts;
  if (month !== undefined && day !== undefined) {
    if (year !== undefined) return isValidDay(year, month, day) ? `${pad4(year)}-${pad2(month)}-${pad2(day)}` : undefined;
    if (!doc) return isValidDay(undefined, month, day) ? `--${pad2(month)}-${pad2(day)}` : undefined;
    const y = doc.year + (relYear ?? 0);
    return isValidDay(y, month, day) ? `${pad4(y)}-${pad2(month)}-${pad2(day)}` : undefined;
  }
  if (month !== undefined) {
    if (year !== undefined) return `${pad4(year)}-${pad2(month)}`;
    if (!doc) return undefined;
    let y = doc.year + (relYear ?? 0);
    if (direction === -1) y = month < doc.month ? doc.year : doc.year - 1;
    else if (direction === 1) y = month > doc.month ? doc.year : doc.year + 1;
    return `${pad4(y)}-${pad2(month)}`;
  }
  if (year !== undefined) return pad4(year);
  if (!doc) return undefined;
  if (day !== undefined) {
    let [y, m] = addMonths(doc.year, doc.month, relMonth ?? 0);
    if (relMonth === undefined && direction === -1 && day > doc.day) [y, m] = addMonths(y, m, -1);
    if (relMonth === undefined && direction === 1 && day < doc.day) [y, m] = addMonths(y, m, 1);
    return isValidDay(y, m, day) ? `${pad4(y)}-${pad2(m)}-${pad2(day)}` : undefined;
  }
  if (weekday !== undefined) {
    const today = weekdayOf(doc.serial);
    if (relWeek !== undefined) return isoOf(doc.serial - today + 7 * relWeek + weekday);
    const back = (today - weekday + 7) % 7; // 0: the document's own weekday
    if (direction === 1) return isoOf(doc.serial + ((weekday - today + 7) % 7 || 7));
    if (direction === -1) return isoOf(doc.serial - (back || 7));
    return isoOf(doc.serial - back);
  }
  // The day just named: the document's until `findDates` finds a full date before it.
  if (relDay !== undefined) return isoOf(relDay === SAME_DAY ? doc.serial : doc.serial + relDay);
  if (relYear !== undefined) return pad4(doc.year + relYear);
  if (relMonth !== undefined) {
    const [y, m] = addMonths(doc.year, doc.month, relMonth);
    return `${pad4(y)}-${pad2(m)}`;
  }
  return undefined;
}
