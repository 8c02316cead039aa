import { expect, test } from "vitest";
import { makeFound } from "../../src/resolve/types.js";

test("makeFound gives every field, in one order, the optional ones undefined when not given", () => {
  const f = makeFound(3, 9, 1, 2, 0, 7, "person", "name", 0.9);
  expect(Object.keys(f)).toEqual(["start", "end", "firstToken", "lastToken", "sentence", "entity", "type", "form", "base", "value", "confidence", "ending"]);
  expect(f).toEqual({ start: 3, end: 9, firstToken: 1, lastToken: 2, sentence: 0, entity: 7, type: "person", form: "name", base: undefined, value: undefined, confidence: 0.9, ending: undefined });
  const g = makeFound(0, 4, 0, 0, 0, -1, "date", "date", 0.8, "base", "2025-09-04", "s");
  expect([g.base, g.value, g.ending]).toEqual(["base", "2025-09-04", "s"]);
});

test("mentions are made by a constructor, not an object literal (V8 pretenures a literal's site: bench/RESULTS.md)", () => {
  const f = makeFound(0, 1, 0, 0, 0, 0, "person", "name", 1);
  expect(Object.getPrototypeOf(f)).not.toBe(Object.prototype);
});
