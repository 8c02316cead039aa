import fc from "fast-check";
import { expect, test } from "vitest";
import { EdgeTable } from "../../src/match/edge-table.js";

test("an edge table answers like a map of (node, word) → child, from the root and below, growing as it fills", () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 300 })), { maxLength: 200 }), (pairs) => {
      const table = new EdgeTable(4);
      const known = new Map<string, number>();
      pairs.forEach(([node, word], child) => {
        const key = `${node}:${word}`;
        if (known.has(key)) return;
        table.set(node, word, child + 1);
        known.set(key, child + 1);
      });
      for (let node = 0; node <= 6; node++) {
        for (let word = -1; word <= 301; word++) expect(table.get(node, word)).toBe(known.get(`${node}:${word}`) ?? -1);
      }
      const listed = new Map<string, number>();
      table.forEach((node, word, child) => listed.set(`${node}:${word}`, child));
      expect(listed).toEqual(known);
      expect(table.size).toBe(known.size);
    }),
    { numRuns: 60 },
  );
});
