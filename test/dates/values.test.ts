/** The value of date parts against a document date (SPEC §2: yyyy-mm-dd, yyyy-mm, yyyy, --mm-dd). */
import { describe, expect, test } from "vitest";
import { dateValue, docDate, type DateParts } from "../../src/dates/values.js";

const cases: [string, DateParts, string | null, string | undefined][] = [
  // A bare weekday is the latest such day on or before the document date.
  ["Friday in a Sunday article", { weekday: 4 }, "2025-10-12", "2025-10-10"],
  ["Sunday in a Sunday article", { weekday: 6 }, "2025-10-12", "2025-10-12"],
  ["Thursday in a Friday article", { weekday: 3 }, "2025-09-05", "2025-09-04"],
  ["Monday across a month", { weekday: 0 }, "2025-10-01", "2025-09-29"],
  // "last"/"next" move strictly back and forward.
  ["last Sunday in a Sunday article", { weekday: 6, direction: -1 }, "2025-10-12", "2025-10-05"],
  ["last Friday", { weekday: 4, direction: -1 }, "2025-10-12", "2025-10-10"],
  ["next Monday", { weekday: 0, direction: 1 }, "2025-10-12", "2025-10-13"],
  ["next Sunday in a Sunday article", { weekday: 6, direction: 1 }, "2025-10-12", "2025-10-19"],
  // Calendar weeks (上周五, 来週月曜日).
  ["Friday of last week", { weekday: 4, relWeek: -1 }, "2025-10-11", "2025-10-03"],
  ["Tuesday of this week", { weekday: 1, relWeek: 0 }, "2018-06-20", "2018-06-19"],
  ["Monday of next week", { weekday: 0, relWeek: 1 }, "2025-10-12", "2025-10-13"],
  // Relative days.
  ["yesterday", { relDay: -1 }, "2025-10-01", "2025-09-30"],
  ["tomorrow at the year's end", { relDay: 1 }, "2024-12-31", "2025-01-01"],
  // Day and month take the document's year, even after its month.
  ["1 October", { day: 1, month: 10 }, "2025-10-12", "2025-10-01"],
  ["25 December", { day: 25, month: 12 }, "2025-10-12", "2025-12-25"],
  ["June last year", { month: 6, relYear: -1 }, "2025-10-12", "2024-06"],
  ["4 June last year", { day: 4, month: 6, relYear: -1 }, "2025-10-12", "2024-06-04"],
  ["29 February in a leap year", { day: 29, month: 2 }, "2024-05-01", "2024-02-29"],
  ["29 February in another year", { day: 29, month: 2 }, "2025-05-01", undefined],
  ["September", { month: 9 }, "2025-10-12", "2025-09"],
  ["last March", { month: 3, direction: -1 }, "2025-10-12", "2025-03"],
  ["last November", { month: 11, direction: -1 }, "2025-10-12", "2024-11"],
  ["next March", { month: 3, direction: 1 }, "2025-10-12", "2026-03"],
  ["April 2019", { month: 4, year: 2019 }, "2025-10-12", "2019-04"],
  ["2009", { year: 2009 }, "2025-10-12", "2009"],
  ["6 October 1949", { day: 6, month: 10, year: 1949 }, "2025-10-12", "1949-10-06"],
  ["31 April", { day: 31, month: 4 }, "2025-10-12", undefined],
  // A day alone (CJK "9日") is of the document's month; "지난 15일" is the latest 15th.
  ["the 9th", { day: 9 }, "2025-10-11", "2025-10-09"],
  ["the past 15th", { day: 15, direction: -1 }, "2025-09-05", "2025-08-15"],
  ["the coming 2nd", { day: 2, direction: 1 }, "2025-09-05", "2025-10-02"],
  ["the 2nd of last month", { day: 2, relMonth: -1 }, "2025-01-05", "2024-12-02"],
  // Without a document date: --mm-dd, a written year, nothing else.
  ["4 September, no date", { day: 4, month: 9 }, null, "--09-04"],
  ["29 February, no date", { day: 29, month: 2 }, null, "--02-29"],
  ["September 2025, no date", { month: 9, year: 2025 }, null, "2025-09"],
  ["September, no date", { month: 9 }, null, undefined],
  ["Thursday, no date", { weekday: 3 }, null, undefined],
  ["yesterday, no date", { relDay: -1 }, null, undefined],
  ["the 9th, no date", { day: 9 }, null, undefined],
  ["2009, no date", { year: 2009 }, null, "2009"],
];

describe("dateValue", () => {
  test.each(cases)("%s", (_, parts, date, value) => {
    expect(dateValue(parts, docDate(date))).toBe(value);
  });
});

describe("docDate", () => {
  test.each([
    ["2025-10-12", true],
    ["2025-02-29", false],
    ["2025-13-01", false],
    ["12.10.2025", false],
    [null, false],
  ] as const)("%s", (iso, ok) => {
    expect(docDate(iso) !== null).toBe(ok);
  });
});
