/**
 * What it costs `extract` that the documents of a feed alternate: the same calls (each
 * source text `REPEAT` times) in three orders, timed in one process, the orders taking turns.
 *
 *   npm run bench:locality                      the built package
 *   npm run bench:locality -- --module X.js     an esbuild bundle
 *
 * Each order does the same work; what differs is what the machine still holds from the call
 * before: in "text" order the same words, trie nodes, memo entries and RegExp paths; in
 * "language" order the same language's; in "corpus" order (the benchmark's), less. The
 * gaps are what documents taking turns cost. Cachegrind's model counts the orders alike
 * (`npm run bench:functions -- --order language --warm 8 --passes 1`), so the gaps are in
 * what it leaves out: branch predictors, the real caches and TLBs (bench/RESULTS.md).
 * Wall-clock time on a shared machine: read the ratios, not the milliseconds.
 *
 * Repetition itself helps too (a branch predictor can learn a text it has just seen), so a
 * second part times texts that never repeat within a pass: the first `--distinct` SlavicNER
 * documents of each language (../shared/data/slavicner, when present), each once, grouped by
 * language or taking turns language by language.
 */
import { parseArgs } from "node:util";
import { DIST_MISSING, isDistBuilt } from "./paths.js";
import { readSlavicnerDocuments } from "./slavicner-docs.js";
import { distinctPasses, loadExtract, ORDERS, READS, REPEAT, sourcePasses, type Order } from "./source-passes.js";
import { median } from "./stats.js";

const { values: args } = parseArgs({
  options: { module: { type: "string" }, rounds: { type: "string", default: "9" }, distinct: { type: "string", default: "60" } },
});

/** The milliseconds `work` takes. */
function msOf(work: () => void): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

/** Each job's median figure over the rounds, the jobs taking turns within a round (a job returns its own figure). */
function medianTurns(jobs: readonly (() => number)[]): number[] {
  const figures = jobs.map(() => [] as number[]);
  for (let round = 0; round < Number(args.rounds); round++) jobs.forEach((job, k) => figures[k]!.push(job()));
  return figures.map(median);
}

async function main(): Promise<void> {
  if (!args.module && !isDistBuilt()) {
    console.log(DIST_MISSING);
    return;
  }
  const orders = Object.keys(ORDERS) as Order[];
  const passes = await Promise.all(orders.map((order) => sourcePasses(args.module, order)));
  // Passes of each order that make the same calls: REPEAT reads of every text.
  const runs = orders.map((order) => REPEAT / READS[order]);
  const texts = passes[0]!.docs;
  const found = passes.map((p, k) => p.run(6 * runs[k]!));
  if (new Set(found).size !== 1) throw new Error(`the orders found different mentions: ${found.join(", ")}`);
  const medians = medianTurns(passes.map((p, k) => () => msOf(() => p.run(2 * runs[k]!)) / (2 * REPEAT)));
  console.log(`${texts} texts, each ${REPEAT} times an order, ${args.rounds} rounds; median ms per ${texts} calls, and ÷ the corpus order's:`);
  orders.forEach((order, k) => console.log(`  ${order.padEnd(9)} ${medians[k]!.toFixed(2).padStart(7)} ms  ${(medians[k]! / medians[0]!).toFixed(3)}`));
  await distinctOrders();
}

/** The second part: distinct texts, grouped against alternating, ms per MB of UTF-8. */
async function distinctOrders(): Promise<void> {
  const docs = readSlavicnerDocuments();
  if (docs.length === 0) {
    console.log("distinct texts: SlavicNER not found at ../shared/data/slavicner, skipped");
    return;
  }
  const extract = await loadExtract(args.module);
  const passes = distinctPasses(docs, Number(args.distinct));
  const orders = Object.entries(passes);
  const megabytes = Buffer.byteLength(passes.grouped.join("")) / 1e6;
  // A fresh copy of every text each pass: no string of one pass is met again in the next.
  const run = (texts: readonly string[]) => {
    let found = 0;
    for (const text of texts) found += extract(` ${text}`.slice(1)).mentions.length;
    return found;
  };
  // Two passes of each order to warm up; the second's count is the check that both did the same work.
  const found = orders.map(([, texts]) => {
    run(texts);
    return run(texts);
  });
  if (new Set(found).size !== 1) throw new Error(`the orders found different mentions: ${found.join(", ")}`);
  const medians = medianTurns(orders.map(([, texts]) => () => msOf(() => run(texts)) / megabytes));
  console.log(`\n${passes.grouped.length} distinct SlavicNER texts (${megabytes.toFixed(2)} MB, up to ${args.distinct} a language), each once a pass, ${args.rounds} rounds; median ms per MB, and ÷ the grouped order's:`);
  orders.forEach(([order], k) => console.log(`  ${order.padEnd(11)} ${medians[k]!.toFixed(1).padStart(7)} ms/MB  ${(medians[k]! / medians[0]!).toFixed(3)}`));
}

await main();
