/**
 * Runs ONE tool on ONE corpus in this fresh process and prints one JSON line.
 * Spawned by run.ts with plain `node` on the transpiled copy (bench/.out/js/worker.js):
 * under tsx every module the tool imports would pass through tsx's loader hooks, which
 * here cost up to 2.5× the import time and ~35 MB of RSS, and both are measured figures.
 *
 *   node bench/.out/js/worker.js '{"tool":"floor","corpusBytes":2000000,"namesFile":"…"}'
 *   tsx bench/worker.ts '{"tool":"floor","corpusBytes":2000000,"mode":"startup"}'   (debugging)
 */
import { readFileSync } from "node:fs";
import { buildCorpus, corpusBytes } from "./corpus.js";
import type { BenchDocument } from "./corpus.js";
import { passesFor, timePasses, warmUp } from "./measure.js";
import type { PassResult, WarmUp } from "./measure.js";
import type { BenchName } from "./names.js";
import { peakRssMB, rssMB } from "./stats.js";
import { isToolName } from "./tools/tool.js";
import type { BenchTool } from "./tools/tool.js";

export interface WorkerConfig {
  tool: string;
  corpusBytes: number;
  /** JSON array of BenchName written by the runner; absent means no names (communique, floor). */
  namesFile?: string;
  /** "startup" stops after the first document; "full" (default) also measures throughput. */
  mode?: "startup" | "full";
  warmupMs?: number;
  budgetMs?: number;
  minPasses?: number;
  maxPasses?: number;
}

export interface Startup {
  /** Importing the tool module (and so the library, its data and models). */
  importMs: number;
  /** `setup(names)`: learning the shared names or compiling patterns. */
  setupMs: number;
  /** The first document, cold. */
  firstMs: number;
  totalMs: number;
}

export interface WorkerResult {
  tool: string;
  docs: number;
  bytes: number;
  names: number;
  startup: Startup;
  warmup?: WarmUp;
  measured?: PassResult;
  /** RSS after the corpus was built and before the tool was imported: the harness's share. */
  baseRssMB: number;
  peakRssMB: number;
  error?: string;
}

async function main(config: WorkerConfig): Promise<WorkerResult> {
  if (!isToolName(config.tool)) throw new Error(`unknown tool "${config.tool}"`);
  const docs: BenchDocument[] = buildCorpus(config.corpusBytes);
  const names: BenchName[] = config.namesFile ? JSON.parse(readFileSync(config.namesFile, "utf8")) : [];
  const first = docs[0] as BenchDocument;
  const baseRss = rssMB();

  const t0 = performance.now();
  const tool = ((await import(`./tools/${config.tool}.js`)) as { default: BenchTool }).default;
  const t1 = performance.now();
  tool.setup(names);
  const t2 = performance.now();
  tool.run(first.text, first.date);
  const t3 = performance.now();
  const startup = { importMs: t1 - t0, setupMs: t2 - t1, firstMs: t3 - t2, totalMs: t3 - t0 };

  const result: WorkerResult = {
    tool: config.tool,
    docs: docs.length,
    bytes: corpusBytes(docs),
    names: names.length,
    startup,
    baseRssMB: baseRss,
    peakRssMB: 0,
  };
  if (config.mode !== "startup") {
    const run = tool.run.bind(tool);
    result.warmup = warmUp(docs, run, config.warmupMs ?? 1500);
    const passes = passesFor(result.warmup.ms, result.warmup.bytes, result.bytes, config.budgetMs ?? 8000, config.minPasses ?? 1, config.maxPasses ?? 10);
    result.measured = timePasses(docs, run, passes);
  }
  result.peakRssMB = peakRssMB();
  return result;
}

const config = JSON.parse(process.argv[2] ?? "{}") as WorkerConfig;
try {
  console.log(JSON.stringify(await main(config)));
} catch (error) {
  console.log(JSON.stringify({ tool: config.tool, error: (error as Error).stack ?? String(error) }));
  process.exitCode = 1;
}
