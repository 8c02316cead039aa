import fc from "fast-check";
import { expect, test } from "vitest";
import { mergeByStart } from "../../src/resolve/merge-by-start.js";
import type { Found } from "../../src/resolve/types.js";

/** Only `start` is read; the id tells equal starts apart. */
const mention = (start: number, id: string) => ({ start, id }) as unknown as Found;
const ids = (list: Found[]) => list.map((m) => (m as unknown as { id: string }).id);

test("mergeByStart puts the second list's mentions in text order, the first list's first on equal starts", () => {
  const a = [mention(0, "a0"), mention(5, "a5"), mention(9, "a9")];
  const b = [mention(5, "b5"), mention(7, "b7"), mention(12, "b12")];
  expect(ids(mergeByStart(a, b))).toEqual(["a0", "a5", "b5", "b7", "a9", "b12"]);
  expect(mergeByStart(a, [])).toBe(a);
});

test("mergeByStart equals a stable sort of the two lists joined, for any two lists in text order", () => {
  const list = (prefix: string) =>
    fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 12 }).map((starts) => starts.sort((x, y) => x - y).map((s, i) => mention(s, `${prefix}${i}`)));
  fc.assert(
    fc.property(list("a"), list("b"), (a, b) => {
      const sorted = [...a, ...b].sort((x, y) => x.start - y.start);
      expect(ids(mergeByStart(a, b))).toEqual(ids(sorted));
    }),
  );
});
