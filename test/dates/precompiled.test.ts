/**
 * The precompiled date rules (src/dates/rules.generated.ts) are what XRegExp
 * composes from each built-in pack now. Regenerate with
 * `npx tsx scripts/build-date-rules.ts` (`npm run build` does) and read the diff.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { encodeDateRules } from "../../src/dates/encode-rules.js";
import { dateRuleSources, dateRulesFingerprint } from "../../src/dates/precompiled.js";
import { buildDateRules } from "../../src/dates/rules.js";
import { PRECOMPILED_DATE_RULES } from "../../src/dates/rules.generated.js";
import type { DateVocabulary } from "../../src/dates/vocabulary.js";
import { builtinLanguages } from "../../src/lang/index.js";

const NONE: DateVocabulary = { months: [], weekdays: [] };

describe("precompiled date rules", () => {
  test("the generated file is current", () => {
    const file = readFileSync(join(import.meta.dirname, "..", "..", "src", "dates", "rules.generated.ts"), "utf8");
    expect(file, "run `npx tsx scripts/build-date-rules.ts`").toBe(encodeDateRules());
  });

  for (const pack of [...builtinLanguages, undefined]) {
    const vocab = (pack?.dates as DateVocabulary | undefined) ?? NONE;
    test(`${pack?.code ?? "no pack"}: precompiled = composed`, () => {
      expect(Object.hasOwn(PRECOMPILED_DATE_RULES, dateRulesFingerprint(pack, vocab))).toBe(true);
      expect(dateRuleSources(pack, vocab)).toEqual(buildDateRules(pack, vocab));
    });
  }

  test("an edited vocabulary is composed, not read from the file", () => {
    const pl = builtinLanguages.find((p) => p.code === "pl")!;
    const edited: DateVocabulary = { ...(pl.dates as DateVocabulary), prepositions: ["około"] };
    expect(Object.hasOwn(PRECOMPILED_DATE_RULES, dateRulesFingerprint(pl, edited))).toBe(false);
    expect(dateRuleSources(pl, edited)).toEqual(buildDateRules(pl, edited));
  });
});
