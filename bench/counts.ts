/**
 * Instructions and cache misses per pass of `extract` over the source texts, counted by
 * cachegrind: the same figures on every run, where wall-clock time on this shared machine
 * drifts by ±20–30 % and a change worth 1–3 % cannot be seen (see RESULTS.md).
 *
 *   npm run bench:counts                                  the built package
 *   npm run bench:counts -- --module A.js --module B.js   two builds (e.g. two esbuild bundles), B against A
 *
 * Each module runs twice, `--lo` and `--hi` passes, and the difference divided by
 * `hi - lo` is one pass with start-up, compilation and warm-up taken out. `node
 * --predictable` makes the runs repeatable (no concurrent compilation or GC threads; two
 * runs agreed to 0.01 %); the caches are cachegrind's model: 32 KB first level and, with
 * `--LL`, a 512 KB last level standing for this CPU's L2. Needs valgrind (`apt-get install
 * valgrind`); a pass takes ~10 s under it.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { distEntry, DIST_MISSING, isDistBuilt, repoRoot } from "./paths.js";
import { jsPath, transpileBench } from "./transpile.js";

const { values: args } = parseArgs({
  options: { module: { type: "string", multiple: true }, lo: { type: "string", default: "10" }, hi: { type: "string", default: "20" } },
});

const EVENTS = ["Ir", "I1mr", "ILmr", "Dr", "D1mr", "DLmr", "Dw", "D1mw", "DLmw"] as const;
const LABELS: Record<(typeof EVENTS)[number], string> = {
  Ir: "instructions",
  I1mr: "L1 instruction misses",
  ILmr: "L2 instruction misses",
  Dr: "data reads",
  D1mr: "L1 read misses",
  DLmr: "L2 read misses",
  Dw: "data writes",
  D1mw: "L1 write misses",
  DLmw: "L2 write misses",
};

/** Runs the worker under cachegrind for `passes` passes; resolves to the summary counts. */
function countRun(module: string, passes: number, outFile: string): Promise<number[]> {
  const config = JSON.stringify({ passes, module });
  const child = spawn("valgrind", ["--tool=cachegrind", "--cache-sim=yes", "--LL=524288,8,64", `--cachegrind-out-file=${outFile}`, process.execPath, "--predictable", jsPath("counts-worker.ts"), config], {
    cwd: repoRoot,
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((done, fail) => {
    child.on("error", (error) => fail(new Error(`valgrind could not start (${error.message}); install it with apt-get install valgrind`)));
    child.on("close", (code) => {
      if (code !== 0) return fail(new Error(`cachegrind run of ${passes} passes failed (exit ${code}):\n${stderr.slice(-2000)}`));
      const summary = readFileSync(outFile, "utf8").split("\n").find((line) => line.startsWith("summary:"));
      if (!summary) return fail(new Error(`no summary in ${outFile}`));
      done(summary.split(/\s+/).slice(1).map(Number));
    });
  });
}

/** Per-pass counts of one module: the two runs side by side (two cores), then their difference. */
async function perPass(module: string, lo: number, hi: number, dir: string, tag: string): Promise<number[]> {
  const [a, b] = await Promise.all([countRun(module, lo, join(dir, `${tag}.${lo}`)), countRun(module, hi, join(dir, `${tag}.${hi}`))]);
  return b.map((x, i) => (x - a[i]!) / (hi - lo));
}

async function main(): Promise<void> {
  const lo = Number(args.lo);
  const hi = Number(args.hi);
  if (!Number.isInteger(lo) || !Number.isInteger(hi) || lo < 1 || hi <= lo) throw new Error("--lo and --hi: whole numbers, 1 <= lo < hi");
  const modules = (args.module ?? []).map((m) => resolve(m));
  if (modules.length === 0) {
    if (!isDistBuilt()) throw new Error(DIST_MISSING);
    modules.push(distEntry);
  }
  transpileBench();
  const dir = mkdtempSync(join(tmpdir(), "communique-counts-"));
  const rows: number[][] = [];
  for (const [i, module] of modules.entries()) {
    process.stderr.write(`counting ${module} (${lo} and ${hi} passes under cachegrind) …\n`);
    rows.push(await perPass(module, lo, hi, dir, `m${i}`));
  }
  const width = Math.max(...Object.values(LABELS).map((l) => l.length));
  console.log(`per pass over the source texts (millions)${modules.length > 1 ? "; last column: the last module ÷ the first" : ""}`);
  modules.forEach((m, i) => console.log(`  [${i}] ${m}`));
  EVENTS.forEach((event, e) => {
    const cells = rows.map((r) => (r[e]! / 1e6).toFixed(3).padStart(10));
    const ratio = rows.length > 1 ? `  ${(rows.at(-1)![e]! / rows[0]![e]!).toFixed(4)}` : "";
    console.log(`${LABELS[event].padEnd(width)} ${cells.join(" ")}${ratio}`);
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
