/**
 * Invariants of the dates stage on any string: it never throws, offsets slice to
 * the date's text, dates are in order, never overlap each other or an entity
 * mention, and every value is a SPEC date value.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { findDates } from "../../src/dates/find-dates.js";
import { builtinLanguages } from "../../src/lang/index.js";
import { makeFound, type Found } from "../../src/resolve/types.js";
import { DateValueSchema } from "../../src/schema/result.js";
import { dateInput } from "./support.js";

const codes = [...builtinLanguages.map((p) => p.code), "und"];
// Pieces that make dates likely, mixed with anything.
const pieces = fc.constantFrom(
  " ", ", ", "\n", "w ", "on ", "am ", "в ", "1", "12", "2025", "-", ".", "/", "年", "月", "日", "일", "월", "년", "(",
  "piątek", "października", "Friday", "May", "Donnerstag", "Abend", "settembre", "pomeriggio del", "четвъртък", "вечерта",
  "среду", "п'ятницю", "loni", "ubiegłego roku", "去年", "星期四", "昨天", "화요일", "어제", "http://x.org/2025/09/09/", "\uD800", "😀",
);
const texts = fc.oneof(fc.string({ maxLength: 80 }), fc.array(pieces, { maxLength: 30 }).map((a) => a.join("")), fc.string({ unit: "binary", maxLength: 60 }));
const dates = fc.oneof(fc.constant(null), fc.constantFrom("2025-10-12", "2024-02-29", "1999-12-31", "2025-01-01"));

function check(lang: string, text: string, date: string | null, taken: Found[] = []): void {
  const found = findDates(dateInput(lang, text, date, taken));
  let last = -1;
  for (const f of found) {
    expect(f.start).toBeGreaterThanOrEqual(last);
    expect(f.end).toBeGreaterThan(f.start);
    expect(text.slice(f.start, f.end).trim()).toBe(text.slice(f.start, f.end));
    expect(f).toMatchObject({ type: "date", form: "date", entity: -1 });
    if (f.value !== undefined) expect(DateValueSchema.safeParse(f.value).success).toBe(true);
    for (const t of taken) expect(f.end <= t.start || f.start >= t.end).toBe(true);
    last = f.end;
  }
}

describe("dates on any string", () => {
  test("never throws; offsets, order and values hold", () => {
    fc.assert(fc.property(fc.constantFrom(...codes), texts, dates, (lang, text, date) => check(lang, text, date)), { numRuns: 1500 });
  });

  test("never overlaps an entity mention", () => {
    fc.assert(
      fc.property(fc.constantFrom("pl", "en", "de", "zh"), texts, fc.nat(40), fc.nat(10), (lang, text, at, len) => {
        const start = Math.min(at, text.length);
        const end = Math.min(start + len + 1, text.length);
        if (end <= start) return;
        check(lang, text, "2025-10-12", [makeFound(start, end, 0, 0, 0, 0, "person", "name", 1)]);
      }),
      { numRuns: 800 },
    );
  });

  test("a date inside an entity mention is dropped", () => {
    const text = "Spotkali się w piątek na stadionie.";
    const at = text.indexOf("piątek");
    expect(findDates(dateInput("pl", text, "2025-10-12")).length).toBe(1);
    expect(findDates(dateInput("pl", text, "2025-10-12", [makeFound(at - 2, at + 3, 0, 0, 0, 0, "place", "name", 1)]))).toEqual([]);
  });

  test("the header's date is not a date mention, and is the document date", () => {
    const text = " date 2025-10-12 https://example.org/2025/10/12/x\n\nPrzyjechał w piątek.";
    const found = findDates(dateInput("pl", text));
    expect(found.map((f) => [text.slice(f.start, f.end), f.value])).toEqual([["piątek", "2025-10-10"]]);
  });

  test("a date in a URL is not a date", () => {
    const text = "FONTE: https://example.it/2025/09/09/incontro-4-settembre/ e basta";
    expect(findDates(dateInput("it", text, null))).toEqual([]);
  });

  test("long texts and long numbers", () => {
    const text = `${"1234567890".repeat(5000)} w piątek ${"ą".repeat(100000)} 12.10.2025`;
    expect(findDates(dateInput("pl", text, "2025-10-12")).map((f) => text.slice(f.start, f.end))).toEqual(["piątek", "12.10.2025"]);
  });
});
