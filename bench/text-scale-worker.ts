/**
 * One tool on single documents of growing size, in this fresh process: each size is a
 * tinybench task (time budget, minimum iterations, one warm-up call), so small documents
 * get many samples and the 10 MB one a few. Prints one JSON line.
 */
import { Bench } from "tinybench";
import { megabytesPerSecond, peakRssMB } from "./stats.js";
import { sameMixDocuments } from "./text-document.js";
import type { BenchTool } from "./tools/tool.js";
import { isToolName } from "./tools/tool.js";

export interface TextScaleConfig {
  tool: string;
  /** Document sizes in UTF-8 bytes. */
  sizes: number[];
  budgetMs: number;
  minIterations: number;
}

export interface SizeResult {
  bytes: number;
  iterations: number;
  meanMs: number;
  p50Ms: number;
  mbPerS: number;
  found: number;
}

export interface TextScaleResult {
  tool: string;
  sizes: SizeResult[];
  peakRssMB: number;
  error?: string;
}

async function main(config: TextScaleConfig): Promise<TextScaleResult> {
  if (!isToolName(config.tool)) throw new Error(`unknown tool "${config.tool}"`);
  const { texts, date } = sameMixDocuments(config.sizes);
  const tool = ((await import(`./tools/${config.tool}.js`)) as { default: BenchTool }).default;
  tool.setup([]);

  const sizes: SizeResult[] = [];
  for (const text of texts) {
    const bytes = Buffer.byteLength(text, "utf8");
    let found = 0;
    const bench = new Bench({ time: config.budgetMs, iterations: config.minIterations, warmup: true, warmupIterations: 1, warmupTime: 0, throws: true });
    bench.add(`${bytes} bytes`, () => {
      found = tool.run(text, date);
    });
    await bench.run();
    const result = bench.tasks[0]?.result;
    if (result === undefined || result.state !== "completed") throw new Error(`tinybench: ${bytes} bytes did not complete`);
    sizes.push({
      bytes,
      iterations: result.latency.samplesCount,
      meanMs: result.latency.mean,
      p50Ms: result.latency.p50,
      mbPerS: megabytesPerSecond(bytes, result.latency.mean),
      found,
    });
  }
  return { tool: config.tool, sizes, peakRssMB: peakRssMB() };
}

const config = JSON.parse(process.argv[2] ?? "{}") as TextScaleConfig;
try {
  console.log(JSON.stringify(await main(config)));
} catch (error) {
  console.log(JSON.stringify({ tool: config.tool, error: (error as Error).stack ?? String(error) }));
  process.exitCode = 1;
}
