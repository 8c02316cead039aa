/**
 * The gold annotations are well-formed: every span slices to its text, mentions
 * are ordered and disjoint, evidence and triggers lie in the document, and
 * symmetric relations put the lower id first.
 */
import { describe, expect, test } from "vitest";
import { defaultGazetteer } from "../src/index.js";
import { parseHeader } from "../src/text/header.js";
import { loadFixtureGold, loadSeeds } from "./support/seeds.js";

const ids = new Set(defaultGazetteer.map((e) => e.id));

describe.each([...loadSeeds(), ...loadFixtureGold()])("gold $name", ({ text, gold }) => {
  test("every entity is in the default gazetteer", () => {
    const used = [...gold.mentions.flatMap((m) => (m.entity ? [m.entity] : [])), ...gold.relations.flatMap((r) => [r.subject, r.object])];
    expect(used.filter((id) => !ids.has(id))).toEqual([]);
  });
  test("date is the header's", () => {
    expect(gold.date).toBe(parseHeader(text).date);
  });
  test("every mention slices to its text, in order, without overlap, outside the header", () => {
    const { bodyStart } = parseHeader(text);
    let end = bodyStart;
    for (const m of gold.mentions) {
      expect(text.slice(m.start, m.end), JSON.stringify(m)).toBe(m.text);
      expect(m.start, JSON.stringify(m)).toBeGreaterThanOrEqual(end);
      end = m.end;
      if (m.type === "date") expect([m.entity, m.form]).toEqual([null, "date"]);
    }
  });
  test("relations: evidence in the document, trigger inside it, symmetric ones ordered", () => {
    for (const r of gold.relations) {
      expect(r.evidence.end).toBeLessThanOrEqual(text.length);
      if (r.trigger) {
        expect(text.slice(r.trigger.start, r.trigger.end)).toBe(r.trigger.text);
        expect(r.trigger.start >= r.evidence.start && r.trigger.end <= r.evidence.end, JSON.stringify(r)).toBe(true);
      }
      if (r.type === "meeting" || r.type === "cooperation") expect(r.subject < r.object, JSON.stringify(r)).toBe(true);
    }
  });
});
