/**
 * Runs `extract` over the source texts a given number of passes and exits; run under
 * cachegrind by counts.ts, which subtracts two such runs. The module to import is an
 * argument, so two builds can be compared:
 *
 *   node --predictable bench/.out/js/counts-worker.js '{"passes":10,"module":"/abs/dist/index.js"}'
 */
import { sourcePasses } from "./source-passes.js";

export interface CountsConfig {
  passes: number;
  /** Absolute path of the ESM entry to import (default: the built package). */
  module?: string;
}

async function main(config: CountsConfig): Promise<void> {
  const passes = await sourcePasses(config.module);
  const found = passes.run(config.passes);
  console.log(JSON.stringify({ passes: config.passes, docs: passes.docs, found }));
}

await main(JSON.parse(process.argv[2] ?? "{}") as CountsConfig);
