import fc from "fast-check";
import { expect, test } from "vitest";
import { BySentence } from "../../src/text/by-sentence.js";

test("BySentence gives each sentence its items in list order, and none of another sentence or of none", () => {
  const items = [
    { s: 2, id: "a" },
    { s: 0, id: "b" },
    { s: -1, id: "outside" },
    { s: 2, id: "c" },
    { s: 7, id: "past the end" },
    { s: 0, id: "d" },
  ];
  const grouped = new BySentence(items, (x) => x.s, 4);
  expect([0, 1, 2, 3].map((s) => grouped.of(s).map((x) => x.id))).toEqual([["b", "d"], [], ["a", "c"], []]);
  expect([grouped.of(-1), grouped.of(4), grouped.of(7)]).toEqual([[], [], []]);
});

test("BySentence equals pushing each item into its sentence's own list, for any items", () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 12 }), fc.array(fc.integer({ min: -2, max: 14 }), { maxLength: 60 }), (count, sentences) => {
      const items = sentences.map((s, i) => ({ s, i }));
      const lists: { s: number; i: number }[][] = Array.from({ length: count }, () => []);
      for (const item of items) if (item.s >= 0 && item.s < count) lists[item.s]!.push(item);
      const grouped = new BySentence(items, (x) => x.s, count);
      for (let s = 0; s < count; s++) expect(grouped.of(s)).toEqual(lists[s]);
    }),
  );
});
