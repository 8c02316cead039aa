import { expect, test } from "vitest";
import { daysInMonth, isCalendarDate, parseHeader } from "../../src/text/header.js";

const cases: [string, { date: string | null; url: string | null; bodyStart: number }][] = [
  [" date 2025-09-05 Си Дзинпин", { date: "2025-09-05", url: null, bodyStart: 16 }],
  [" date 2025-09-05 https://example.org/a?b=c\n\nKim", { date: "2025-09-05", url: "https://example.org/a?b=c", bodyStart: 42 }],
  ["\uFEFF date 2024-02-29\nText", { date: "2024-02-29", url: null, bodyStart: 17 }],
  ["date 2025-09-05", { date: "2025-09-05", url: null, bodyStart: 15 }],
  [" date 2025-02-30 Text", { date: null, url: null, bodyStart: 0 }],
  [" date 2025-09-051 Text", { date: null, url: null, bodyStart: 0 }],
  ["Kim met Xi. date 2025-09-05", { date: null, url: null, bodyStart: 0 }],
  ["", { date: null, url: null, bodyStart: 0 }],
];
for (const [text, expected] of cases) {
  test(`parseHeader(${JSON.stringify(text.slice(0, 30))})`, () => expect(parseHeader(text)).toEqual(expected));
}

test.each([
  ["2024-02-29", true],
  ["2025-02-29", false],
  ["2025-13-01", false],
  ["2025-04-31", false],
  ["2025-12-31", true],
  ["25-12-31", false],
])("isCalendarDate(%s) = %s", (iso, ok) => expect(isCalendarDate(iso)).toBe(ok));

test("daysInMonth", () => expect([daysInMonth(2024, 2), daysInMonth(2100, 2), daysInMonth(2025, 9)]).toEqual([29, 28, 30]));
