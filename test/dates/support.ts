/**
 * Test helpers for the dates stage: the stage's input built the way `extract`
 * builds it (header, fold, tokens, sentences of the language), with no entity
 * mentions unless given, so date tests do not depend on the gazetteer.
 */
import { findDates, type DateInput } from "../../src/dates/find-dates.js";
import { compileLanguage, type CompiledLanguage } from "../../src/lang/compile.js";
import { builtinLanguages } from "../../src/lang/index.js";
import { classifierOf } from "../../src/lang/word-classes.js";
import { buildVocabulary } from "../../src/match/vocabulary.js";
import type { Found } from "../../src/resolve/types.js";
import { foldText } from "../../src/text/chars.js";
import { parseHeader } from "../../src/text/header.js";
import { splitSentences } from "../../src/text/sentences.js";
import { scanTokens } from "../../src/text/tokens.js";
import { classesOf } from "../../src/text/word-class.js";

const vocab = buildVocabulary([], builtinLanguages);
const languages = new Map<string, CompiledLanguage>();

function language(code: string): CompiledLanguage {
  let lang = languages.get(code);
  if (!lang) languages.set(code, (lang = compileLanguage(code, builtinLanguages.find((p) => p.code === code), vocab)));
  return lang;
}

/** What `extract` hands the dates stage for `text`; `date` overrides the header's. */
export function dateInput(lang: string, text: string, date?: string | null, taken: Found[] = []): DateInput {
  const header = parseHeader(text);
  const folded = foldText(text);
  const tokens = scanTokens(text, folded, header.bodyStart);
  const compiled = language(lang);
  const sentences = splitSentences(text, folded, compiled.sentences, header.bodyStart);
  const tokenSentence = new Int32Array(tokens.count).fill(-1);
  for (let t = 0, s = 0; t < tokens.count; t++) {
    while (s < sentences.length && sentences[s]!.end <= tokens.start[t]!) s++;
    if (s < sentences.length && sentences[s]!.start <= tokens.start[t]!) tokenSentence[t] = s;
  }
  const classes = classesOf(tokens.keys, tokens.count, classifierOf(compiled));
  return { text, folded, tokens, tokenSentence, sentences, language: compiled, date: date === undefined ? header.date : date, taken, classes };
}

/**
 * The dates found in `text`, as "span = value" ("span = -" without a value).
 * @example datesOf("pl", "w piątek", "2025-10-12") // ["piątek = 2025-10-10"]
 */
export function datesOf(lang: string, text: string, date: string | null): string[] {
  return findDates(dateInput(lang, text, date)).map((f) => `${text.slice(f.start, f.end)} = ${f.value ?? "-"}`);
}
