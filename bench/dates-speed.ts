/**
 * Speed of the dates stage alone, and of the whole `extract`, over the seeds and
 * the fixture texts repeated to a few MB of news text.
 *
 *   npx tsx bench/dates-speed.ts [MB]
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { findDates } from "../src/dates/find-dates.js";
import { createExtractor } from "../src/extract.js";
import { defaultGazetteer } from "../src/gazetteer/default.js";
import { compileLanguage } from "../src/lang/compile.js";
import { builtinLanguages } from "../src/lang/index.js";
import { classifierOf } from "../src/lang/word-classes.js";
import { readWords } from "../src/match/find-names.js";
import { buildVocabulary } from "../src/match/vocabulary.js";
import { foldText } from "../src/text/chars.js";
import { parseHeader } from "../src/text/header.js";
import { splitSentences } from "../src/text/sentences.js";
import { scanTokens } from "../src/text/tokens.js";
import type { DateInput } from "../src/dates/find-dates.js";

const root = join(import.meta.dirname, "../..");
const targetMb = Number(process.argv[2] ?? 4);

function corpus(): { lang: string; text: string }[] {
  const docs: { lang: string; text: string }[] = [];
  for (const f of readdirSync(join(root, "fixtures/gold")).filter((f) => f.endsWith(".json"))) {
    const gold = JSON.parse(readFileSync(join(root, "fixtures/gold", f), "utf8")) as { file: string; lang: string };
    docs.push({ lang: gold.lang, text: readFileSync(join(root, "seeds", gold.file), "utf8") });
  }
  for (const lang of readdirSync(join(root, "fixtures/texts"))) {
    if (lang.includes(".")) continue;
    for (const f of readdirSync(join(root, "fixtures/texts", lang))) docs.push({ lang, text: readFileSync(join(root, "fixtures/texts", lang, f), "utf8") });
  }
  return docs;
}

/** Everything `findDates` reads, computed the way `extract` computes it (no entity mentions). */
function prepare(docs: { lang: string; text: string }[]): DateInput[] {
  const vocab = buildVocabulary(defaultGazetteer, builtinLanguages);
  const languages = new Map(builtinLanguages.map((p) => [p.code, compileLanguage(p.code, p, vocab)]));
  return docs.map(({ lang, text }) => {
    const header = parseHeader(text);
    const folded = foldText(text);
    const tokens = scanTokens(text, folded, header.bodyStart);
    const language = languages.get(lang)!;
    const sentences = splitSentences(text, folded, language.sentences, header.bodyStart);
    const tokenSentence = new Int32Array(tokens.count).fill(-1);
    for (let t = 0, s = 0; t < tokens.count; t++) {
      while (s < sentences.length && sentences[s]!.end <= tokens.start[t]!) s++;
      if (s < sentences.length && sentences[s]!.start <= tokens.start[t]!) tokenSentence[t] = s;
    }
    const classes = readWords(tokens, vocab, language.stems, classifierOf(language)).classes;
    return { text, folded, tokens, tokenSentence, sentences, language, date: header.date, taken: [], classes };
  });
}

const docs = corpus();
const bytesOnce = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
const rounds = Math.max(1, Math.round((targetMb * 1e6) / bytesOnce));
const inputs = prepare(docs);
const mb = (rounds * bytesOnce) / 1e6;

function time(label: string, run: () => number): void {
  run(); // warm-up: compiles grammars, JIT
  const wall: number[] = [];
  const cpu: number[] = [];
  let count = 0;
  for (let i = 0; i < 5; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    count = run();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const ms = Math.min(...wall);
  const cpuMs = Math.min(...cpu);
  console.log(
    `${label.padEnd(16)} ${mb.toFixed(2)} MB: best of 5 ${ms.toFixed(0)} ms wall = ${(mb / (ms / 1000)).toFixed(1)} MB/s, ` +
      `${cpuMs.toFixed(0)} ms CPU = ${(mb / (cpuMs / 1000)).toFixed(1)} MB/s; ${count} dates`,
  );
}

console.log(`${docs.length} documents, ${(bytesOnce / 1e3).toFixed(0)} KB once, repeated ${rounds}×`);
// A yardstick from the same run: the two cheapest core stages, which every text passes through.
time("fold+tokens", () => {
  let n = 0;
  for (let r = 0; r < rounds; r++) for (const d of docs) n += scanTokens(d.text, foldText(d.text)).count > 0 ? 0 : 1;
  return n;
});
time("findDates", () => {
  let n = 0;
  for (let r = 0; r < rounds; r++) for (const input of inputs) n += findDates(input).length;
  return n;
});
const ex = createExtractor();
time("extract (whole)", () => {
  let n = 0;
  for (let r = 0; r < rounds; r++) for (const d of docs) n += ex.extract(d.text, { lang: d.lang }).mentions.filter((m) => m.type === "date").length;
  return n;
});
