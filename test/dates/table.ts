/**
 * Table-driven date tests: [text, document date, span, value] (span null: no date),
 * and texts with several dates as "span = value" lists.
 */
import { describe, expect, test } from "vitest";
import { datesOf } from "./support.js";

/** One date (or none, when the span is null) in a text read against a document date. */
export type DateCase = [text: string, date: string | null, span: string | null, value?: string];
/** All the dates of a text, "span = value" ("span = -" without a value). */
export type DatesCase = [text: string, date: string | null, dates: string[]];

/** Runs the tables of one language. */
export function dateTables(lang: string, single: DateCase[], several: DatesCase[] = []): void {
  describe(lang, () => {
    test.each(single)("%s (%s)", (text, date, span, value) => {
      expect(datesOf(lang, text, date)).toEqual(span === null ? [] : [`${span} = ${value ?? "-"}`]);
    });
    if (several.length > 0) {
      test.each(several)("%s (%s)", (text, date, dates) => {
        expect(datesOf(lang, text, date)).toEqual(dates);
      });
    }
  });
}
