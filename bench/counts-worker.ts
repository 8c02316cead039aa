/**
 * Runs `extract` over the source texts (seeds and fixtures, in corpus order) a given number
 * of passes and exits; run under cachegrind by counts.ts, which subtracts two such runs.
 * The module to import is an argument, so two builds can be compared:
 *
 *   node --predictable bench/.out/js/counts-worker.js '{"passes":10,"module":"/abs/dist/index.js"}'
 */
import { pathToFileURL } from "node:url";
import { readSourceDocuments } from "./corpus.js";

export interface CountsConfig {
  passes: number;
  /** Absolute path of the ESM entry to import (default: the built package). */
  module?: string;
}

type Extract = (text: string, options?: { date?: string }) => { mentions: unknown[] };

async function main(config: CountsConfig): Promise<void> {
  const { extract } = (await import(config.module ? pathToFileURL(config.module).href : "communique")) as { extract: Extract };
  const docs = readSourceDocuments().map((d) => ({ text: d.raw.toString("utf8"), date: d.date ?? undefined }));
  let found = 0;
  for (let pass = 0; pass < config.passes; pass++) {
    for (const d of docs) found += extract(d.text, d.date === undefined ? undefined : { date: d.date }).mentions.length;
  }
  console.log(JSON.stringify({ passes: config.passes, docs: docs.length, found }));
}

await main(JSON.parse(process.argv[2] ?? "{}") as CountsConfig);
