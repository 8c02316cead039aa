/**
 * The starts of a pattern's matches, read from its source: what they are for the shapes
 * the trigger lexicons use, and that every match of a pattern starts with one of them.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { builtinLanguages } from "../../src/lang/index.js";
import { PREFIX_UNITS, matchStarts } from "../../src/relations/trigger-prefixes.js";
import { lowerText, lowercaseSource } from "../../src/relations/triggers.js";
import { loadFixtureTexts } from "../support/seeds.js";

const sorted = (s: Set<string> | null) => (s ? [...s].sort() : null);

/** True if some start of `starts` begins `text` at `at`. */
const startsWithOne = (starts: Set<string>, text: string, at: number) => [...starts].some((s) => text.startsWith(s, at));

describe("matchStarts", () => {
  test("literals and alternatives, cut at the limit", () => {
    expect(PREFIX_UNITS).toBe(5);
    expect(sorted(matchStarts("met(?: with)?|talks|ho"))).toEqual(["ho", "met", "met w", "talks"]);
    expect(sorted(matchStarts("spotka(?:ł|ła|li)"))).toEqual(["spotk"]);
  });
  test("look-arounds and word assertions match no text", () => {
    expect(sorted(matchStarts("(?<!\\b(?:the|this)\\s)meetings?(?=\\sof\\b)"))).toEqual(["meeti"]);
    expect(sorted(matchStarts("\\bvisit"))).toEqual(["visit"]);
  });
  test("small classes are spelled out, escapes read as their characters", () => {
    expect(sorted(matchStarts("[ae]b"))).toEqual(["ab", "eb"]);
    expect(sorted(matchStarts("\\u0430\\x62"))).toEqual(["аb"]);
    expect(sorted(matchStarts("[\\dx]-"))).toEqual([..."0123456789x"].map((c) => `${c}-`));
    expect(sorted(matchStarts("[a\\-]b"))).toEqual(["-b", "ab"]);
    expect(matchStarts("\\d{1,2}-day")).toContain("12-da");
    expect(matchStarts("\\d{1,2}-day")).toContain("7-day");
  });
  test("a wildcard cuts a start where it stands", () => {
    expect(sorted(matchStarts("held (?:\\S+ ){0,2}talks"))).toEqual(["held "]);
    expect(sorted(matchStarts("ab\\s+c"))).toEqual(["ab"]);
    expect(sorted(matchStarts("(a)\\1"))).toEqual(["a"]);
  });
  test("anything, when an alternative can start with any character", () => {
    for (const source of ["\\S+-day visit", ".x", "[a-z]x", "[^a]", "x|\\p{L}+", "(?:)"]) expect(matchStarts(source), source).toBeNull();
  });
  test("a source it cannot read is anything, never an error", () => {
    for (const source of ["(", "a)", "[ab", "a{2", "\\", "(?<x", "(?y)"]) expect(matchStarts(source), source).toBeNull();
  });
  test("too many strings are cut shorter instead of given up", () => {
    const digits = matchStarts("\\d+")!;
    expect(digits).not.toBeNull();
    expect(startsWithOne(digits, "2025", 0)).toBe(true);
    expect(digits.size).toBeLessThanOrEqual(4096);
    // Too many alternatives, each a few strings: the union of them is cut as well.
    const many = matchStarts(Array.from({ length: 5000 }, (_, i) => `a${String(i).padStart(4, "0")}`).join("|"))!;
    expect(many.size).toBeLessThanOrEqual(4096);
    expect(startsWithOne(many, "a1234", 0)).toBe(true);
  });
});

/** Every match of `source` in `text` (at every position, not only the leftmost). */
function matchPositions(source: string, text: string): number[] {
  const sticky = new RegExp(source, "uy");
  const at: number[] = [];
  for (let p = 0; p <= text.length; p++) {
    sticky.lastIndex = p;
    if (sticky.test(text)) at.push(p);
  }
  return at;
}

describe("every match starts with one of the starts", () => {
  const pieces = ["a", "b", "ab", "x", "\\x61", "\\u0062", "[ab]", "[xy]", "[\\x61-\\x62]", "\\s", "\\S", "\\d", ".", "(?=a)", "(?<!b)", "\\b", "(?:a|bx)", "(a|)", "(?:x(?:y|a))"];
  const quantifiers = ["", "", "", "?", "*", "+", "{2}", "{0,2}", "{1,}"];
  const piece = fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(...quantifiers)).map(([p, q]) => (/^\\b|^\(\?[=<]/.test(p) ? p : p + q));
  const source = fc.array(fc.array(piece, { minLength: 1, maxLength: 6 }).map((a) => a.join("")), { minLength: 1, maxLength: 3 }).map((alts) => alts.join("|"));
  test("random patterns over random text", () => {
    fc.assert(
      fc.property(source, fc.string({ unit: fc.constantFrom("a", "b", "x", "y", " ", "1", "-"), maxLength: 24 }), (src, text) => {
        const starts = matchStarts(src);
        if (starts === null) return;
        for (const p of matchPositions(src, text)) expect(startsWithOne(starts, text, p), `${src} at ${p} of "${text}"`).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  test("the trigger lexicons over the fixture texts", () => {
    const texts = loadFixtureTexts().map((f) => lowerText(f.text));
    let checked = 0;
    for (const pack of builtinLanguages) {
      for (const patterns of Object.values(pack.triggers ?? {})) {
        for (const { pattern } of patterns ?? []) {
          const src = lowercaseSource(pattern.trim().replace(/ +/g, "\\s+"));
          const starts = matchStarts(src);
          expect(starts, `${pack.code}: ${pattern}`).not.toBeNull();
          const global = new RegExp(src, "gu");
          for (const text of texts) {
            for (const m of text.matchAll(global)) {
              checked++;
              expect(startsWithOne(starts!, text, m.index!), `${pack.code}: ${pattern} at "${text.slice(m.index!, m.index! + 20)}"`).toBe(true);
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
  });
});
