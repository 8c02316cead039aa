/**
 * zod/mini sets no messages of its own ("Invalid input"); the package's schemas speak
 * zod's English, as they did on the classic API. This file imports no classic zod, which
 * would set English itself at its first schema.
 */
import { expect, test } from "vitest";
import { ExtractOptionsSchema, GazetteerError, InvalidOptionsError, createExtractor, extract } from "../../src/index.js";

test("a bad option says what is wrong in zod's English", () => {
  expect(() => extract("Xi", { lang: 5 } as never)).toThrow(InvalidOptionsError);
  expect(() => extract("Xi", { lang: 5 } as never)).toThrow("invalid option lang: Invalid input: expected string, received number");
  expect(() => extract("Xi", { langue: "pl" } as never)).toThrow('Unrecognized key: "langue"');
  expect(ExtractOptionsSchema.safeParse({ date: 20250904 }).error?.issues[0]?.message).toBe("Invalid input: expected string, received number");
});

test("a bad gazetteer entry says what is wrong in zod's English, and our own messages stay ours", () => {
  const entry = { id: "kim-jong-un", type: "person", name: "Kim Jong Un", aliases: { en: ["Kim Jong Un"] } };
  expect(() => createExtractor({ gazetteer: [{ ...entry, type: "leader" }] as never })).toThrow(GazetteerError);
  expect(() => createExtractor({ gazetteer: [{ ...entry, type: "leader" }] as never })).toThrow(/at type: Invalid option: expected one of "person"\|"party"/);
  expect(() => createExtractor({ gazetteer: [{ ...entry, aliases: { en: [" "] } }] as never })).toThrow("a name must not be empty");
});
