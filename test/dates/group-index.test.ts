/**
 * The scanner reads a rule's groups by name through `DateRule.groups` (src/dates/grammar.ts):
 * a group name the rules gain and `GroupIndex` lacks would be read as absent. Every name of
 * every built-in language's rules is one the scanner reads or one it has no use for.
 */
import { describe, expect, test } from "vitest";
import { groupIndex } from "../../src/dates/grammar.js";
import { dateRuleSources } from "../../src/dates/precompiled.js";
import type { DateVocabulary } from "../../src/dates/vocabulary.js";
import { builtinLanguages } from "../../src/lang/index.js";

/** Groups the rules use only inside their own pattern: the separator a back-reference repeats, year words before and after. */
const NOT_READ = new Set(["sep", "yw", "yb"]);
const NONE: DateVocabulary = { months: [], weekdays: [] };

describe("date rule groups", () => {
  for (const pack of [...builtinLanguages, undefined]) {
    test(`${pack?.code ?? "no pack"}: every group is read by its index or known not to be`, () => {
      const { rules } = dateRuleSources(pack, (pack?.dates as DateVocabulary | undefined) ?? NONE);
      for (const rule of rules) {
        const index = groupIndex(rule.names);
        for (const [name, i] of rule.names) {
          if (NOT_READ.has(name)) continue;
          expect(Object.keys(index), `${rule.kind} rule's group "${name}"`).toContain(name);
          expect(index[name as keyof typeof index]).toBe(i);
        }
      }
    });
  }

  test("a group the rule lacks reads as 0", () => {
    expect(groupIndex([["m", 3]])).toMatchObject({ m: 3, d: 0, y: 0, d0: 0 });
  });
});
