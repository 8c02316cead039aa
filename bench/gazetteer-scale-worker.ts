/**
 * One gazetteer size in this fresh process: the default gazetteer plus synthetic entries
 * up to `names` names, then createExtractor's build time, the memory it holds and its
 * throughput on the corpus. Prints one JSON line. Run with --expose-gc so the RSS after
 * the build is not last minute's garbage.
 */
import { buildCorpus, corpusBytes } from "./corpus.js";
import type { BenchDocument } from "./corpus.js";
import { loadCommunique } from "./communique-api.js";
import { passesFor, timePasses, warmUp } from "./measure.js";
import type { PassResult } from "./measure.js";
import { peakRssMB, rssMB } from "./stats.js";
import { namesIn, syntheticEntries } from "./synthetic-gazetteer.js";
import type { GazetteerEntry } from "../src/schema/gazetteer.js";

export interface ScaleConfig {
  /** Total names wanted (default gazetteer included); 0 means the default gazetteer alone. */
  names: number;
  corpusBytes: number;
  /** Without dist/: only generate the entries and report their size (so the harness still runs). */
  generateOnly?: boolean;
  warmupMs?: number;
  budgetMs?: number;
  minPasses?: number;
  maxPasses?: number;
}

export interface ScaleResult {
  requestedNames: number;
  entries: number;
  names: number;
  generateMs: number;
  buildMs?: number;
  /** RSS before createExtractor (corpus and entries in memory) and after it, garbage collected. */
  rssBeforeBuildMB: number;
  rssAfterBuildMB?: number;
  heapAfterBuildMB?: number;
  firstExtractMs?: number;
  measured?: PassResult;
  bytes: number;
  peakRssMB: number;
  /** Set when the default gazetteer alone already has more names than requested. */
  skipped?: string;
  error?: string;
}

const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => {});

function countNames(entries: readonly GazetteerEntry[]): number {
  return entries.reduce((sum, entry) => sum + namesIn(entry), 0);
}

async function main(config: ScaleConfig): Promise<ScaleResult> {
  const docs: BenchDocument[] = buildCorpus(config.corpusBytes);
  const bytes = corpusBytes(docs);
  const api = config.generateOnly ? undefined : await loadCommunique();
  const base: GazetteerEntry[] = api?.defaultGazetteer ?? [];
  const baseNames = countNames(base);
  if (config.names > 0 && config.names <= baseNames) {
    const skipped = `the default gazetteer alone has ${baseNames} names`;
    return { requestedNames: config.names, entries: base.length, names: baseNames, generateMs: 0, rssBeforeBuildMB: rssMB(), bytes, peakRssMB: peakRssMB(), skipped };
  }
  const t0 = performance.now();
  const extra = syntheticEntries(Math.max(0, config.names - baseNames));
  const generateMs = performance.now() - t0;
  let gazetteer: GazetteerEntry[] | undefined = [...base, ...extra];
  const result: ScaleResult = {
    requestedNames: config.names,
    entries: gazetteer.length,
    names: countNames(gazetteer),
    generateMs,
    rssBeforeBuildMB: 0,
    bytes,
    peakRssMB: 0,
  };
  collectGarbage();
  result.rssBeforeBuildMB = rssMB();
  if (api) {
    const t1 = performance.now();
    const extractor = api.createExtractor({ gazetteer });
    result.buildMs = performance.now() - t1;
    // Drop the bench's own references to the entries: what stays is what the extractor keeps.
    gazetteer = undefined;
    extra.length = 0;
    collectGarbage();
    result.rssAfterBuildMB = rssMB();
    result.heapAfterBuildMB = process.memoryUsage().heapUsed / 1e6;
    const run = (text: string, date: string | null) => extractor.extract(text, date === null ? undefined : { date }).mentions.length;
    const first = docs[0] as BenchDocument;
    const t2 = performance.now();
    run(first.text, first.date);
    result.firstExtractMs = performance.now() - t2;
    const warm = warmUp(docs, run, config.warmupMs ?? 1500);
    const passes = passesFor(warm.ms, warm.bytes, bytes, config.budgetMs ?? 6000, config.minPasses ?? 2, config.maxPasses ?? 8);
    result.measured = timePasses(docs, run, passes);
  }
  result.peakRssMB = peakRssMB();
  return result;
}

const config = JSON.parse(process.argv[2] ?? "{}") as ScaleConfig;
try {
  console.log(JSON.stringify(await main(config)));
} catch (error) {
  console.log(JSON.stringify({ requestedNames: config.names, error: (error as Error).stack ?? String(error) }));
  process.exitCode = 1;
}
