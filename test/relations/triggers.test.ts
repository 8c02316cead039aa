/**
 * The trigger compiler: patterns are lowercased and matched against lowercased text,
 * each pattern's groups are counted without compiling it, and the search tried only
 * where a trigger can start finds what the search at every position finds.
 */
import { describe, expect, test } from "vitest";
import { builtinLanguages } from "../../src/lang/index.js";
import { compileTriggers, countGroups, findTriggers, lowerText, lowercaseSource, prepareDispatch, withoutCaptures } from "../../src/relations/triggers.js";
import { CharClass, charClasses, foldText } from "../../src/text/chars.js";
import { scanTokens } from "../../src/text/tokens.js";
import { loadFixtureTexts } from "../support/seeds.js";

describe("lowercase matching", () => {
  test("lowerText keeps every offset", () => {
    for (const text of ["KCNA: Kim Jong Un", "İSTANBUL — Erdoğan", "ПУТИН встретился", "Ärger ẞ Ω K", "𐐀 astral"]) {
      expect(lowerText(text).length).toBe(text.length);
    }
    expect(lowerText("İstanbul")).toBe("istanbul");
  });
  test("lowercaseSource lowers literals and keeps escapes", () => {
    expect(lowercaseSource("Teilnahme(?=\\s(?:des|der|von|vom)\\b)")).toBe("teilnahme(?=\\s(?:des|der|von|vom)\\b)");
    expect(lowercaseSource("\\S+\\P{L}\\p{Lu}[A-Z]\\u0130\\u{1F600}\\x41\\cJ")).toBe("\\S+\\P{L}\\p{Lu}[a-z]\\u0130\\u{1F600}\\x41\\cJ");
  });
  test("a trigger in capitals is found, and its text is the text as written", () => {
    const en = builtinLanguages.find((p) => p.code === "en")!;
    const text = "XI JINPING HELD TALKS WITH KIM JONG UN.";
    const [t] = findTriggers(compileTriggers(en), text, 0, text.length);
    expect(t?.type).toBe("meeting");
    expect(t?.text).toBe(text.slice(t!.start, t!.end));
    expect(t?.text).toMatch(/^[A-Z ]+$/);
  });
});

describe("countGroups", () => {
  test("examples", () => {
    expect(countGroups("(a|(?:b))(?<x>c)\\(")).toBe(2);
    expect(countGroups("[(](?=x)(?!y)(?<=z)(?<!w)")).toBe(0);
    expect(countGroups("[\\]()](d)")).toBe(1);
  });
  test("every pattern of every pack has the groups its compiled RegExp has", () => {
    for (const pack of builtinLanguages) {
      for (const patterns of Object.values(pack.triggers ?? {})) {
        for (const { pattern } of patterns ?? []) {
          const source = lowercaseSource(pattern.trim().replace(/ +/g, "\\s+"));
          expect(countGroups(source), `${pack.code}: ${pattern}`).toBe(new RegExp(`${source}|`, "u").exec("")!.length - 1);
        }
      }
    }
  });
});

describe("withoutCaptures", () => {
  test("examples", () => {
    expect(withoutCaptures("(a|b)\\((c)[(](?:d)(?=e)(?<!f)")).toBe("(?:a|b)\\((?:c)[(](?:d)(?=e)(?<!f)");
    expect(withoutCaptures("[\\]()](d)")).toBe("[\\]()](?:d)");
    expect(withoutCaptures("(?<x>a)(b)")).toBe("(?<x>a)(?:b)");
    // A back-reference keeps its groups (its number would change).
    expect(withoutCaptures("(a)\\1")).toBe("(a)\\1");
  });

  const lowered = loadFixtureTexts().map((f) => lowerText(f.text));

  test("a compiled lexicon's only groups are the ones around its alternatives", () => {
    for (const pack of builtinLanguages) {
      const compiled = compileTriggers(pack);
      if (!compiled.regex) continue;
      expect(compiled.groups, pack.code).toEqual(compiled.alternatives.map((_, i) => i + 1));
      expect(new RegExp(`${compiled.regex.source}|`, "u").exec("")!.length - 1, pack.code).toBe(compiled.alternatives.length);
    }
  });

  test("every pattern of every pack matches what it matched with its groups, in every fixture text", () => {
    let compared = 0;
    for (const pack of builtinLanguages) {
      for (const patterns of Object.values(pack.triggers ?? {})) {
        for (const { pattern } of patterns ?? []) {
          const source = lowercaseSource(pattern.trim().replace(/ +/g, "\\s+"));
          const before = new RegExp(source, "gu");
          const after = new RegExp(withoutCaptures(source), "gu");
          for (const text of lowered) {
            const a = [...text.matchAll(before)].map((m) => `${m.index}+${m[0].length}`);
            const b = [...text.matchAll(after)].map((m) => `${m.index}+${m[0].length}`);
            expect(b, `${pack.code}: ${pattern}`).toEqual(a);
            compared += a.length;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(500);
  });
});

describe("the search at the tokens that start like a trigger", () => {
  const texts = loadFixtureTexts().map((f) => f.text);

  test("every built-in lexicon can be searched that way", () => {
    for (const pack of builtinLanguages) {
      const compiled = compileTriggers(pack);
      expect(compiled.dispatch, `${pack.code}: made only when asked`).toBeUndefined();
      expect(prepareDispatch(compiled), pack.code).not.toBeNull();
    }
  });

  test("finds what the search at every position finds, in every language's text, from any start", () => {
    let found = 0;
    for (const pack of builtinLanguages) {
      const compiled = compileTriggers(pack);
      prepareDispatch(compiled);
      for (const text of texts) {
        const lower = lowerText(text);
        const tokens = scanTokens(text, foldText(text));
        // Sentences cut at full stops, and spans from arbitrary offsets (inside a word, too).
        const spans: [number, number][] = [];
        let from = 0;
        for (const m of text.matchAll(/[.!?。]\s*/g)) {
          spans.push([from, m.index! + 1]);
          from = m.index! + m[0].length;
        }
        spans.push([from, text.length]);
        for (let k = 1; k < 6; k++) spans.push([Math.floor((text.length * k) / 7) + k, Math.min(text.length, Math.floor((text.length * (k + 2)) / 7))]);
        for (const [s, e] of spans) {
          const expected = findTriggers(compiled, text, s, e, lower);
          expect(findTriggers(compiled, text, s, e, lower, tokens), `${pack.code} in "${text.slice(s, s + 30)}"`).toEqual(expected);
          found += expected.length;
        }
      }
    }
    expect(found).toBeGreaterThan(1000);
  });

  test("a span that starts inside a word is searched from its first unit, as the whole search does", () => {
    const en = compileTriggers(builtinLanguages.find((p) => p.code === "en")!);
    prepareDispatch(en);
    const text = "Xi Jinping dismet Kim.";
    const start = text.indexOf("met");
    const tokens = scanTokens(text, foldText(text));
    expect(findTriggers(en, text, start, text.length).map((t) => t.text)).toEqual(["met"]);
    expect(findTriggers(en, text, start, text.length, lowerText(text), tokens).map((t) => t.text)).toEqual(["met"]);
  });

  test("a token starts wherever a match can: its letters and digits are the boundary's, in lowercase too", () => {
    // The search tries a spaced language's RegExp only where a token starts (and at the span's
    // start): a match starts with a letter or digit after none of \p{L}\p{M}\p{N}, so there must
    // be a token there, in the text as written, whatever the lowercasing did.
    const classes = charClasses();
    const word = (u: number) => classes[u] === CharClass.Letter || classes[u] === CharClass.Digit;
    const wrong: string[] = [];
    for (let u = 0; u < 0x10000; u++) {
      if (u >= 0xd800 && u < 0xe000) continue;
      const lower = lowerText(String.fromCharCode(u)).charCodeAt(0);
      if (word(u) && !/[\p{L}\p{M}\p{N}]/u.test(String.fromCharCode(lower))) wrong.push(`${u.toString(16)} lowercases out of the boundary`);
      if (!word(u) && word(lower)) wrong.push(`${u.toString(16)} lowercases into a word unit`);
      if ((classes[u] === CharClass.Ideograph) !== (classes[lower] === CharClass.Ideograph)) wrong.push(`${u.toString(16)} changes ideograph class`);
    }
    expect(wrong).toEqual([]);
  });
});
