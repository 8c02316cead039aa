/**
 * Word classes read with the names (readWords, src/match/find-names.ts): the bits every
 * token gets from the memo are what asking the language's classifier about its word gives,
 * whatever the text and however often a word comes back.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { defaultGazetteer } from "../../src/gazetteer/default.js";
import { compileLanguage } from "../../src/lang/compile.js";
import { builtinLanguages } from "../../src/lang/index.js";
import { classifierOf } from "../../src/lang/word-classes.js";
import { readWords } from "../../src/match/find-names.js";
import { buildVocabulary } from "../../src/match/vocabulary.js";
import { foldText } from "../../src/text/chars.js";
import { scanTokens } from "../../src/text/tokens.js";
import { WordClass, classesOf } from "../../src/text/word-class.js";

const vocab = buildVocabulary(defaultGazetteer, builtinLanguages);
const language = (code: string) => compileLanguage(code, builtinLanguages.find((p) => p.code === code), vocab);
const languages = new Map(["en", "pl", "de", "zh", "ko", "ja", "bg"].map((code) => [code, language(code)]));

function classes(code: string, text: string) {
  const lang = languages.get(code)!;
  const tokens = scanTokens(text, foldText(text));
  return { memo: readWords(tokens, vocab, lang.stems, classifierOf(lang)).classes, asked: classesOf(tokens.keys, tokens.count, classifierOf(lang)), keys: tokens.keys };
}

/** A month or weekday: a date may be anchored on it, and date rules start at it. */
const DATE_WORD = WordClass.DateTrigger | WordClass.DateOpener;

describe("word classes", () => {
  test.each([
    ["en", "The leader of the party met Xi on Friday in September.", { of: WordClass.Linker, the: WordClass.Linker, friday: DATE_WORD, september: DATE_WORD, met: 0 }],
    // "next" opens a rule ("next week") without being a date word itself.
    ["en", "Kim will visit Beijing next week.", { next: WordClass.DateOpener, visit: 0 }],
    ["pl", "W piątek przywódca partii spotkał się z Xi we wrześniu.", { piatek: DATE_WORD, wrzesniu: DATE_WORD, spotkal: 0 }],
    ["zh", "9月4日习近平和金正恩举行会谈。", { 和: WordClass.Linker, 会: 0 }],
  ] as const)("%s: a word's bits are its language's", (code, text, expected) => {
    const { memo, keys } = classes(code, text);
    for (const [word, bits] of Object.entries(expected)) {
      const t = keys.indexOf(word);
      expect(t, word).toBeGreaterThanOrEqual(0);
      expect(memo[t], word).toBe(bits);
    }
  });

  test("the memo's bits equal the classifier's on any text, words seen before or not", () => {
    const words = ["of", "the", "and", "Friday", "piątek", "września", "und", "der", "和", "与", "및", "月", "日", "Kim", "Пекин", "и", "на"];
    const text = fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 6 }), fc.string({ unit: "binary", maxLength: 4 })), { maxLength: 30 }).map((parts) => parts.join(" "));
    fc.assert(
      fc.property(fc.constantFrom(...languages.keys()), text, (code, t) => {
        const { memo, asked } = classes(code, t);
        expect([...memo]).toEqual([...asked]);
      }),
      { numRuns: 400 },
    );
  });
});
