/**
 * src/text/char-tables.generated.ts is what the generator computes from this
 * engine's Unicode properties. On failure after a Node upgrade, regenerate it:
 * `npx tsx scripts/build-char-tables.ts`, and read the diff.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { charClasses, foldUnits, upperUnits } from "../../src/text/chars.js";
import { computeCharTables } from "../../src/text/compute-char-tables.js";
import { encodeCharTables } from "../../src/text/encode-char-tables.js";
import { ROOT } from "../support/seeds.js";

const body = (source: string) => source.slice(source.indexOf("\n") + 1);

test("the generated tables are current", () => {
  const generated = readFileSync(join(ROOT, "src", "text", "char-tables.generated.ts"), "utf8");
  expect(body(encodeCharTables())).toBe(body(generated));
});

test("the decoded tables equal the computed ones", () => {
  const computed = computeCharTables();
  expect(Buffer.from(charClasses()).equals(Buffer.from(computed.cls))).toBe(true);
  expect(Buffer.from(upperUnits()).equals(Buffer.from(computed.upper))).toBe(true);
  expect(Buffer.from(foldUnits().buffer).equals(Buffer.from(computed.fold.buffer))).toBe(true);
});
