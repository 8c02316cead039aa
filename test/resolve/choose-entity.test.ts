/** How a span's records become one entity per candidate, and the best record of the span. */
import fc from "fast-check";
import { expect, test } from "vitest";
import type { NameMatch } from "../../src/match/find-names.js";
import type { NameRecord, RecordKind } from "../../src/match/vocabulary.js";
import { chooseEntity } from "../../src/resolve/mentions.js";

const TEXT = "Unii Europejskiej";

function record(entity: number, kind: RecordKind, lang: string, base: string, order: number): NameRecord {
  return { entity, kind, base, lang, words: 1, upperMask: 0, capsMask: 0, wordIds: [0], order, period: false, alone: undefined };
}

function span(records: NameRecord[], verbatim: boolean[], derived: boolean[]): NameMatch {
  return { firstToken: 0, lastToken: 1, start: 0, end: 4, records, verbatim, derived, ending: "" };
}

/** What a caller reads: the best record and each candidate's entity, record and language. */
const chosen = (m: NameMatch) => {
  const { best, candidates } = chooseEntity(m, "pl", TEXT);
  return { best, candidates: candidates.map((c) => [c.entity, c.record, c.lang]) };
};

test("each entity keeps its best record: the document's language, then not derived, verbatim, form, as written, list order", () => {
  const records = [record(1, "short", "*", "Unia", 1), record(1, "name", "pl", "Unia", 2), record(2, "name", "en", "Union", 0), record(1, "name", "pl", "Unii", 3)];
  const { best, candidates } = chosen(span(records, [false, false, false, false], [false, false, false, false]));
  // Entity 1: both Polish names tie on language, derivation, verbatim and form; "Unii" is written as in the text.
  expect(best).toBe(records[3]);
  expect(candidates).toEqual([[1, records[3], 2]]);
});

test("a span of many records (entities found through a map) chooses as one of a few (found along the list)", () => {
  const kinds: RecordKind[] = ["name", "abbreviation", "adjective", "descriptor", "short"];
  const oneRecord = fc.record({ entity: fc.integer({ min: -1, max: 5 }), kind: fc.constantFrom(...kinds), lang: fc.constantFrom("pl", "*", "en"), base: fc.constantFrom("Unii", "Unia"), order: fc.integer({ min: 0, max: 4 }), verbatim: fc.boolean(), derived: fc.boolean() });
  fc.assert(
    fc.property(fc.array(oneRecord, { minLength: 6, maxLength: 8 }), (rows) => {
      // At least one record with an entity, as the resolver asks only then.
      fc.pre(rows.some((r) => r.entity >= 0));
      const records = rows.map((r) => record(r.entity, r.kind, r.lang, r.base, r.order));
      const few = span(records, rows.map((r) => r.verbatim), rows.map((r) => r.derived));
      // The same records three times over (18 or more, past 16): a repeated record never outranks its first copy.
      const many = span([...records, ...records, ...records], [...few.verbatim, ...few.verbatim, ...few.verbatim], [...few.derived, ...few.derived, ...few.derived]);
      expect(chosen(many)).toEqual(chosen(few));
    }),
  );
});
