/**
 * The document header of SPEC §6: ` date YYYY-MM-DD` at the very start,
 * optionally followed by a URL. Its characters are not text.
 */

export interface Header {
  /** The header's date, when it is a real calendar date. */
  date: string | null;
  /** The URL after the date, if any. */
  url: string | null;
  /** Offset where the text proper begins (0 when there is no header). */
  bodyStart: number;
}

const HEADER = /^\uFEFF?[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]+(https?:\/\/[^\s]+))?(?=\s|$)/;

/** Reads the header, if any. @example parseHeader(" date 2025-09-05 Text").date === "2025-09-05" */
export function parseHeader(text: string): Header {
  const m = HEADER.exec(text);
  if (!m || !isCalendarDate(m[1]!)) return { date: null, url: null, bodyStart: 0 };
  return { date: m[1]!, url: m[2] ?? null, bodyStart: m[0].length };
}

/** True for a real yyyy-mm-dd date. @example isCalendarDate("2025-02-29") === false */
export function isCalendarDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

/** Days in a month of the proleptic Gregorian calendar. @example daysInMonth(2024, 2) === 29 */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
