/** The benchmark's median round: the middle item by a key, kept whole; a failure in any round wins. */
import { expect, test } from "vitest";
import { median, medianRounds, middleBy, roundsArg } from "../bench/stats.js";

test.each([
  [[3, 1, 2], 2],
  [[5, 1, 4, 2], 2], // the lower middle of an even count
  [[7], 7],
])("middleBy(%j) is %d", (values, expected) => {
  const items = values.map((v) => ({ v }));
  const middle = middleBy(items, (x) => x.v);
  expect(middle?.v).toBe(expected);
  expect(items).toContain(middle); // the item itself, not a copy
});

test("middleBy of nothing is undefined, and leaves its input in order", () => {
  expect(middleBy([], (x: number) => x)).toBeUndefined();
  const values = [3, 1, 2];
  middleBy(values, (x) => x);
  expect(values).toEqual([3, 1, 2]);
});

test("median interpolates an even count", () => expect(median([4, 1, 3, 2])).toBe(2.5));

test("medianRounds keeps each key's median round, a failure in any round instead, and no row for a key never run", () => {
  type Outcome = { mbps: number } | { error: string };
  const failed = (o: Outcome) => "error" in o;
  const score = (o: Outcome) => ("mbps" in o ? o.mbps : 0);
  const rounds: Map<string, Outcome>[] = [
    new Map<string, Outcome>([["a", { mbps: 6 }], ["b", { mbps: 1 }]]),
    new Map<string, Outcome>([["a", { mbps: 4 }], ["b", { error: "crashed" }]]),
    new Map<string, Outcome>([["a", { mbps: 5 }], ["b", { mbps: 3 }]]),
  ];
  const rows = medianRounds(["a", "b", "c"], rounds, failed, score);
  expect(rows.get("a")).toBe(rounds[2]!.get("a"));
  expect(rows.get("b")).toEqual({ error: "crashed" });
  expect(rows.has("c")).toBe(false);
});

test.each([["1", 1], ["3", 3], ["20", 20], [undefined, 1]])("roundsArg(%j) is %d", (value, expected) => expect(roundsArg(value)).toBe(expected));
