/**
 * Instructions and cache misses per pass of `extract` over the source texts, counted by
 * cachegrind: figures that repeat within 0.3 %, where wall-clock time on this shared machine
 * drifts by ±20–30 % and a change worth 1–3 % cannot be seen (see RESULTS.md).
 *
 *   npm run bench:counts                                  the built package
 *   npm run bench:counts -- --module A.js --module B.js   two builds (e.g. two esbuild bundles), B against A
 *
 * Each module runs twice, `--lo` and `--hi` passes, and the difference divided by
 * `hi - lo` is one pass with start-up and warm-up taken out. `node --predictable` makes the
 * runs repeatable (no concurrent compilation or GC threads; one build counted three times came
 * within 0.3 %, two runs of the same pass count within 0.01 %), and
 * so V8's optimizing compiler runs on the main thread and is counted: still ~45 % of the
 * instructions between passes 10 and 20 (functions reoptimized after a deoptimization),
 * less after pass 40. The counts of the compiler's own functions are shown apart and left
 * out of the rest. The caches are cachegrind's model: 32 KB first level and, with `--LL`,
 * a 512 KB last level standing for this CPU's L2. Needs valgrind (`apt-get install
 * valgrind`); a pass takes ~3.5 s under it.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { distEntry, DIST_MISSING, isDistBuilt, repoRoot } from "./paths.js";
import { jsPath, transpileBench } from "./transpile.js";
import { valgrindExit } from "./valgrind.js";

const { values: args } = parseArgs({
  options: { module: { type: "string", multiple: true }, lo: { type: "string", default: "40" }, hi: { type: "string", default: "50" } },
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

/** Functions of V8 that compile (parsers, bytecode, baseline, Maglev, TurboFan, the RegExp compiler), not run, the code. */
const COMPILING = /v8::internal::(?:compiler|maglev|baseline|interpreter|turboshaft)::|v8::internal::(?:Parser|Zone|RegExpCompiler|RegExpParser|CharacterRange)|Compil/;

interface Counts {
  /** Every event, the whole run. */
  all: number[];
  /** Every event, in the functions that compile. */
  compiling: number[];
}

/** Per-function totals of a cachegrind output file, split into compiling and the rest. */
function readCounts(outFile: string): Counts {
  const all = EVENTS.map(() => 0);
  const compiling = EVENTS.map(() => 0);
  let inCompiler = false;
  for (const line of readFileSync(outFile, "utf8").split("\n")) {
    if (line.startsWith("fn=")) inCompiler = COMPILING.test(line);
    else if (/^\d/.test(line)) {
      const fields = line.split(" ");
      for (let e = 0; e < EVENTS.length; e++) {
        const n = Number(fields[e + 1] ?? 0) || 0;
        all[e]! += n;
        if (inCompiler) compiling[e]! += n;
      }
    }
  }
  return { all, compiling };
}

/** Runs the worker under cachegrind for `passes` passes; resolves to its counts. */
function countRun(module: string, passes: number, outFile: string): Promise<Counts> {
  const config = JSON.stringify({ passes, module });
  const child = spawn("valgrind", ["--tool=cachegrind", "--cache-sim=yes", "--LL=524288,8,64", `--cachegrind-out-file=${outFile}`, process.execPath, "--predictable", jsPath("counts-worker.ts"), config], {
    cwd: repoRoot,
    stdio: ["ignore", "ignore", "pipe"],
  });
  return valgrindExit(child, `cachegrind run of ${passes} passes`).then(() => readCounts(outFile));
}

/** Per-pass counts of one module: the two runs side by side (two cores), then their difference. */
async function perPass(module: string, lo: number, hi: number, dir: string, tag: string): Promise<Counts> {
  const [a, b] = await Promise.all([countRun(module, lo, join(dir, `${tag}.${lo}`)), countRun(module, hi, join(dir, `${tag}.${hi}`))]);
  const delta = (x: number[], y: number[]) => y.map((v, i) => (v - x[i]!) / (hi - lo));
  return { all: delta(a.all, b.all), compiling: delta(a.compiling, b.compiling) };
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
  const rows: Counts[] = [];
  for (const [i, module] of modules.entries()) {
    process.stderr.write(`counting ${module} (${lo} and ${hi} passes under cachegrind) …\n`);
    rows.push(await perPass(module, lo, hi, dir, `m${i}`));
  }
  const width = Math.max(...Object.values(LABELS).map((l) => l.length), "instructions compiling code".length);
  const line = (label: string, values: number[]) => {
    const cells = values.map((v) => (v / 1e6).toFixed(3).padStart(10));
    const ratio = values.length > 1 ? `  ${(values.at(-1)! / values[0]!).toFixed(4)}` : "";
    console.log(`${label.padEnd(width)} ${cells.join(" ")}${ratio}`);
  };
  console.log(`per pass over the source texts, passes ${lo}–${hi} (millions), without V8 compiling code${modules.length > 1 ? "; last column: the last module ÷ the first" : ""}`);
  modules.forEach((m, i) => console.log(`  [${i}] ${m}`));
  EVENTS.forEach((event, e) => line(LABELS[event], rows.map((r) => r.all[e]! - r.compiling[e]!)));
  line("instructions compiling code", rows.map((r) => r.compiling[0]!));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
