/**
 * The extractor's own copy of each entry, every field present (undefined when the entry has
 * none) and in one order: one object shape for all entries. The validated entries each had
 * the shape of the fields they list, and the stages' reads of `type`, `id`, `name` went
 * through V8's megamorphic lookup, once or more for every mention.
 */
import type { GazetteerEntry } from "../schema/gazetteer.js";

/**
 * A copy of `e` with every field of the schema present.
 * @example Object.keys(uniformEntry({ id: "x", type: "person", name: "X", aliases: {} })).length === 13
 */
export function uniformEntry(e: GazetteerEntry): GazetteerEntry {
  return {
    id: e.id,
    type: e.type,
    name: e.name,
    wikidata: e.wikidata,
    aliases: e.aliases,
    short: e.short,
    abbreviations: e.abbreviations,
    adjectives: e.adjectives,
    positions: e.positions,
    descriptors: e.descriptors,
    capitalOf: e.capitalOf,
    when: e.when,
    seatOf: e.seatOf,
    country: e.country,
  };
}
