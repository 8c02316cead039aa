/**
 * Every form of every pack's date vocabulary is found, alone and with a day:
 * each weekday and month form (all case forms), each relative day. Ambiguous
 * forms ("May", "неделя") need a preposition and are tested in the tables.
 */
import { describe, expect, test } from "vitest";
import { SAME_DAY, type DateVocabulary } from "../../src/dates/vocabulary.js";
import { builtinLanguages } from "../../src/lang/index.js";
import { datesOf } from "./support.js";

const D = "2025-10-12"; // a Sunday: Monday is 2025-10-06
const pad = (n: number) => String(n).padStart(2, "0");
const serial = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const iso = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);

describe.each(builtinLanguages.map((p) => [p.code, p] as const))("%s", (code, pack) => {
  const vocab = pack.dates as DateVocabulary | undefined;
  test("has a date vocabulary", () => expect(vocab?.months.length).toBe(12));
  if (!vocab) return;
  const unspaced = pack.scripts.every((s) => s === "han" || s === "kana");
  const frame = (form: string) => (unspaced ? `「${form}」` : `— ${form} —`);
  const ambiguous = new Set(vocab.ambiguous ?? []);
  const orders = vocab.orders ?? ["dmy"];

  test("seven weekdays", () => expect(vocab.weekdays.length).toBe(7));
  const weekdays = vocab.weekdays.flatMap((forms, i) => forms.filter((f) => !ambiguous.has(f)).map((f) => [f, `2025-10-${pad(6 + i)}`] as const));
  test.each(weekdays)("weekday %s", (form, value) => {
    expect(datesOf(code, frame(form), D)).toEqual([`${form} = ${value}`]);
  });

  const months = vocab.months.flatMap((forms, i) => forms.filter((f) => !ambiguous.has(f)).map((f) => [f, i + 1] as const));
  test.each(months)("month %s", (form, month) => {
    expect(datesOf(code, frame(form), D)).toEqual([`${form} = 2025-${pad(month)}`]);
  });
  test.each(months)("day and month %s", (form, month) => {
    const written = orders.includes("ymd") ? `${form}1${vocab.daySuffixes![0]}` : orders[0] === "mdy" ? `${form} 1` : `1 ${form}`;
    expect(datesOf(code, frame(written), D)).toEqual([`${written} = 2025-${pad(month)}-01`]);
  });

  const relative = Object.entries(vocab.relativeDays ?? {});
  if (relative.length > 0) {
    // "The same day" words (SAME_DAY): alone, with no date before them, the document's day.
    test.each(relative)("relative day %s", (form, offset) => {
      expect(datesOf(code, frame(form), D)).toEqual([`${form} = ${iso(serial(D) + (offset === SAME_DAY ? 0 : offset))}`]);
    });
  }
});
