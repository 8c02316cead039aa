/**
 * Runs `extract` over the source texts (or one long document) for `warm` passes, then, once told on stdin, for
 * `passes` more: by-function.ts switches callgrind's instrumentation on between the two, so
 * only the measured passes are counted. Lines on stdout say where it is ("ready", "done").
 *
 *   node --predictable --perf-basic-prof bench/.out/js/by-function-worker.js '{"warm":40,"passes":5}'
 */
import { createInterface } from "node:readline";
import { documentPasses, sourcePasses, type Order } from "./source-passes.js";

export interface ByFunctionConfig {
  warm: number;
  passes: number;
  /** Absolute path of the ESM entry to import (default: the built package). */
  module?: string;
  /** The order the texts are read in (default: the corpus's). */
  order?: Order;
  /** Instead of the source texts: one same-mix document of this many UTF-8 bytes (see documentPasses). */
  document?: number;
}

async function main(config: ByFunctionConfig): Promise<void> {
  const passes = config.document ? await documentPasses(config.module, config.document) : await sourcePasses(config.module, config.order);
  const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();
  let found = passes.run(config.warm);
  console.log("ready");
  await lines.next();
  found += passes.run(config.passes);
  console.log("done");
  await lines.next();
  console.log(JSON.stringify({ docs: passes.docs, found }));
  process.exit(0);
}

await main(JSON.parse(process.argv[2] ?? "{}") as ByFunctionConfig);
