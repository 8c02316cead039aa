/**
 * How a tool is timed on a corpus, shared by every worker: a warm-up on the corpus, then
 * whole passes over it timed by tinybench, each document timed on its own inside the pass.
 *
 * Why a timed loop inside one tinybench task rather than one tinybench task per document:
 * the throughput figure must be for the whole corpus of separate, varied documents, and a
 * per-document task would add tinybench's per-iteration bookkeeping to documents that the
 * floor processes in microseconds. tinybench runs the passes (`iterations`, no time budget)
 * and gives the pass-time statistics (median, mean, margin of error); the loop records
 * each document's latency with performance.now() (well under 1 µs of overhead per call)
 * for p50/p99, garbage-collection pauses included, as a caller would see them.
 */
import { Bench } from "tinybench";
import type { BenchDocument } from "./corpus.js";
import { corpusBytes } from "./corpus.js";
import { megabytesPerSecond, quantile } from "./stats.js";

export type RunDocument = (text: string, date: string | null) => number;

export interface WarmUp {
  ms: number;
  docs: number;
  bytes: number;
}

/**
 * Runs documents (cycling over the corpus, starting after the first) until `budgetMs` has
 * passed, so the JIT has compiled the hot paths and the heap has grown before timing.
 */
export function warmUp(docs: readonly BenchDocument[], run: RunDocument, budgetMs: number): WarmUp {
  const start = performance.now();
  let n = 0;
  let bytes = 0;
  let sink = 0;
  while (performance.now() - start < budgetMs) {
    const doc = docs[(n + 1) % docs.length] as BenchDocument;
    sink += run(doc.text, doc.date);
    bytes += doc.bytes;
    n += 1;
  }
  if (sink < 0) console.error(sink); // keeps the results alive
  return { ms: performance.now() - start, docs: n, bytes };
}

/** How many timed passes fit a time budget, from the warm-up's rate. @example passesFor(500, 1_000_000, 2_000_000, 5000, 1, 10) // 5 */
export function passesFor(warmMs: number, warmBytes: number, passBytes: number, budgetMs: number, min: number, max: number): number {
  const estimatedPassMs = warmBytes > 0 ? (warmMs / warmBytes) * passBytes : budgetMs;
  return Math.max(min, Math.min(max, Math.round(budgetMs / Math.max(estimatedPassMs, 1e-3))));
}

export interface PassResult {
  passes: number;
  /** Median and mean time of one pass over the corpus, ms, and tinybench's relative margin of error of the mean (%). */
  passMedianMs: number;
  passMeanMs: number;
  passRme: number;
  /** From the median pass: robust to a pass slowed by a neighbour on a shared machine. */
  mbPerS: number;
  docsPerS: number;
  p50Ms: number;
  p99Ms: number;
  /** What the tool found in one pass (the same every pass). */
  foundPerPass: number;
}

/** Times `passes` whole passes over the corpus (see the module comment for why this shape). */
export function timePasses(docs: readonly BenchDocument[], run: RunDocument, passes: number): PassResult {
  // tinybench calls the task once more than `iterations` (that call is not a sample): room for
  // it, and `found` divided by the calls made, not by the samples.
  const latencies = new Float64Array(docs.length * (passes + 2));
  let k = 0;
  let found = 0;
  let calls = 0;
  const bench = new Bench({ iterations: passes, time: 0, warmup: false, throws: true });
  bench.add("corpus pass", () => {
    calls++;
    for (const doc of docs) {
      const start = performance.now();
      found += run(doc.text, doc.date);
      latencies[k++] = performance.now() - start;
    }
  });
  bench.runSync();
  const result = bench.tasks[0]?.result;
  if (result === undefined || (result.state !== "completed" && result.state !== "aborted-with-statistics")) {
    throw new Error(`tinybench: the corpus pass did not complete (${result?.state ?? "no task"})`);
  }
  const runs = result.latency.samplesCount;
  const sorted = latencies.subarray(0, Math.min(k, latencies.length)).sort();
  const bytes = corpusBytes(docs);
  const passMs = result.latency.p50;
  return {
    passes: runs,
    passMedianMs: passMs,
    passMeanMs: result.latency.mean,
    passRme: result.latency.rme,
    mbPerS: megabytesPerSecond(bytes, passMs),
    docsPerS: docs.length / (passMs / 1000),
    p50Ms: quantile(sorted, 0.5),
    p99Ms: quantile(sorted, 0.99),
    foundPerPass: found / calls,
  };
}
