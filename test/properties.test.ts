/**
 * Invariants of SPEC §1–2 on any string (fast-check): never a throw, offsets
 * that slice to the mention text, mentions in order without overlap, ids and
 * indices consistent, the same output twice, whatever text came before.
 */
import fc from "fast-check";
import { expect, test } from "vitest";
import { ExtractionSchema, createExtractor, extract, type Extraction } from "../src/index.js";
import { loadSeeds } from "./support/seeds.js";

const seeds = loadSeeds().map((s) => s.text);

function checkInvariants(text: string, r: Extraction): void {
  let last = 0;
  r.mentions.forEach((m, i) => {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(m.start).toBeGreaterThanOrEqual(last);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.id).toBe(`m${i}`);
    expect(r.sentences[m.sentence]).toBeDefined();
    last = m.end;
  });
  for (const s of r.sentences) expect(s.end).toBeLessThanOrEqual(text.length);
  const ids = new Set(r.mentions.map((m) => m.id));
  for (const rel of r.relations) for (const m of rel.mentions) expect(ids.has(m)).toBe(true);
  for (const e of r.entities) for (const m of e.mentions) expect(ids.has(m)).toBe(true);
}

/** Text pieces that exercise every code path: names, inflections, scripts, junk. */
const pieces = fc.constantFrom(
  "Xi Jinping", "Kim Dzong Una", "Си", "КНДР", "Pekinem", " ", "\n", "\n\n", ". ", ", ", "習近平", "김정은은", "中国", "Putin", "Xis",
  " date 2025-09-05 ", "w piątek", "4 settembre", "\uD800", "\uDC00", "😀", "\u0301", "\u200F", "<b>", "&amp;", "ภาษาไทย", "Płn.", "-", "'s", "„", "»",
);

test("never throws and keeps every invariant on arbitrary strings", () => {
  fc.assert(
    fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => {
      const r = extract(text);
      checkInvariants(text, r);
    }),
    { numRuns: 300 },
  );
});

test("never throws and keeps every invariant on mixes of names, scripts and junk", () => {
  fc.assert(
    fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 5 })), { maxLength: 60 }), (parts) => {
      const text = parts.join("");
      const r = extract(text);
      checkInvariants(text, r);
      expect(ExtractionSchema.safeParse(r).success).toBe(true);
      expect(extract(text)).toEqual(r);
    }),
    { numRuns: 300 },
  );
});

test("slices of the seeds keep every invariant", () => {
  fc.assert(
    fc.property(fc.constantFrom(...seeds), fc.nat(), fc.nat(), (seed, a, b) => {
      const text = seed.slice(Math.min(a, b) % seed.length, Math.max(a, b) % (seed.length + 1));
      checkInvariants(text, extract(text));
    }),
    { numRuns: 200 },
  );
});

test("a text's result does not depend on the text extracted before it (an extractor reuses its token arrays)", () => {
  const after = createExtractor();
  const alone = createExtractor();
  fc.assert(
    fc.property(fc.constantFrom(...seeds, ""), fc.array(fc.oneof(pieces, fc.string({ maxLength: 5 })), { maxLength: 40 }), (before, parts) => {
      const text = parts.join("");
      after.extract(before);
      alone.extract("");
      expect(after.extract(text)).toEqual(alone.extract(text));
    }),
    { numRuns: 100 },
  );
});
