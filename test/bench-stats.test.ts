/** The benchmark's median round: the middle item by a key, kept whole. */
import { expect, test } from "vitest";
import { median, middleBy } from "../bench/stats.js";

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
