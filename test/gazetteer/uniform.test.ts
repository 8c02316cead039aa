/**
 * The extractor's uniform copies of the entries (src/gazetteer/uniform.ts): every field of
 * the schema, in one order, and the entry's values unchanged. A field added to the schema
 * and not to `uniformEntry` would silently vanish from what the stages read.
 */
import { describe, expect, test } from "vitest";
import { defaultGazetteer } from "../../src/gazetteer/default.js";
import { uniformEntry } from "../../src/gazetteer/uniform.js";
import { GazetteerEntrySchema, type GazetteerEntry } from "../../src/schema/gazetteer.js";

const FIELDS = Object.keys(GazetteerEntrySchema.shape);

describe("uniformEntry", () => {
  test("has every field of the schema, in one order, whatever the entry lists", () => {
    const bare: GazetteerEntry = { id: "x", type: "person", name: "X", aliases: {} };
    expect(Object.keys(uniformEntry(bare))).toEqual(FIELDS);
    for (const e of defaultGazetteer) expect(Object.keys(uniformEntry(e))).toEqual(FIELDS);
  });

  test("keeps every value of the entry and adds only undefined ones", () => {
    for (const e of defaultGazetteer) {
      const copy = uniformEntry(e);
      for (const [field, value] of Object.entries(e)) expect(copy[field as keyof GazetteerEntry], `${e.id}.${field}`).toBe(value);
      for (const field of FIELDS) if (!Object.hasOwn(e, field)) expect(copy[field as keyof GazetteerEntry], `${e.id}.${field}`).toBeUndefined();
    }
  });
});
