/**
 * Runs `extract` over the source texts for `warm` passes, then, once told on stdin, for
 * `passes` more: by-function.ts switches callgrind's instrumentation on between the two, so
 * only the measured passes are counted. Lines on stdout say where it is ("ready", "done").
 *
 *   node --predictable --perf-basic-prof bench/.out/js/by-function-worker.js '{"warm":40,"passes":5}'
 */
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";
import { readSourceDocuments } from "./corpus.js";

export interface ByFunctionConfig {
  warm: number;
  passes: number;
  /** Absolute path of the ESM entry to import (default: the built package). */
  module?: string;
}

type Extract = (text: string, options?: { date?: string }) => { mentions: unknown[] };

async function main(config: ByFunctionConfig): Promise<void> {
  const { extract } = (await import(config.module ? pathToFileURL(config.module).href : "communique")) as { extract: Extract };
  const docs = readSourceDocuments().map((d) => ({ text: d.raw.toString("utf8"), options: d.date === null ? undefined : { date: d.date } }));
  let found = 0;
  const run = (passes: number) => {
    for (let pass = 0; pass < passes; pass++) for (const d of docs) found += extract(d.text, d.options).mentions.length;
  };
  const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();
  run(config.warm);
  console.log("ready");
  await lines.next();
  run(config.passes);
  console.log("done");
  await lines.next();
  console.log(JSON.stringify({ docs: docs.length, found }));
  process.exit(0);
}

await main(JSON.parse(process.argv[2] ?? "{}") as ByFunctionConfig);
