/** Language identification: the language of every seed and fixture text, and where reading the sample may stop. */
import { describe, expect, test } from "vitest";
import { builtinLanguages } from "../../src/lang/index.js";
import { buildProfiles, identifyLanguage } from "../../src/lang/identify.js";
import { foldText } from "../../src/text/chars.js";
import { parseHeader } from "../../src/text/header.js";
import { scanTokens } from "../../src/text/tokens.js";
import { loadFixtureTexts, loadSeeds } from "../support/seeds.js";

const profiles = buildProfiles(builtinLanguages);

function identify(text: string, stopEarly = true): string {
  const tokens = scanTokens(text, foldText(text), parseHeader(text).bodyStart, text.length);
  return identifyLanguage(text, tokens, profiles, stopEarly);
}

const texts = [
  ...loadSeeds().map((s) => ({ name: s.file, lang: s.gold.lang, text: s.text })),
  ...loadFixtureTexts().map((f) => ({ name: f.file, lang: f.lang, text: f.text })),
];

describe("identifyLanguage", () => {
  test.each(texts)("$name is $lang, decided early as on the whole sample", ({ lang, text }) => {
    expect(identify(text)).toBe(lang);
    expect(identify(text, false)).toBe(lang);
  });

  // Written for this test: a clearly German start, then more English than German in the sample.
  const german = "Die Regierung in Berlin hat am Montag erklärt, dass sie ihre Haltung in dieser Frage nicht ändern und weiter mit ihren Partnern sprechen wird. ";
  const english = "The government in London said on Monday that it would not change its position on the matter and would keep talking to its partners. ";
  const mixed = german.repeat(3) + english.repeat(10);

  test("a clear start decides, the rest of the sample is not read", () => {
    expect(identify(mixed, false)).toBe("en");
    expect(identify(mixed)).toBe("de");
  });

  test("a few words of another language at the start do not decide", () => {
    expect(identify(german.slice(0, 40) + english.repeat(10))).toBe("en");
  });
});
