/**
 * Instructions and cache misses per pass of `extract`, by function: JavaScript functions
 * (optimized "*", baseline "^", interpreted "~"), V8's builtins, RegExp code and C++.
 * `npm run bench:counts` gives the totals; this says where they are.
 *
 *   npm run bench:functions                                  the built package
 *   npm run bench:functions -- --module X.js --event I1mr    an esbuild bundle, by L1 instruction misses
 *   npm run bench:functions -- --order language --passes 1   the texts in another order (see locality.ts)
 *   npm run bench:functions -- --document 3000000 --warm 2 --passes 2
 *                                                            one same-mix document of 3 MB (bench:text's),
 *                                                            with figures per byte to set against 100 KB's
 *
 * How: the worker runs `--warm` passes under callgrind with instrumentation off, then
 * `callgrind_control -i on`, `--passes` measured passes, a dump. Callgrind counts by
 * instruction address (`--dump-instr=yes`); V8's JIT code has no symbols, so each address
 * is named from the perf map `node --perf-basic-prof` writes (/tmp/perf-<pid>.map; the
 * latest code object listed at an address is the one that ran). `node --predictable`
 * compiles on the main thread: without it the concurrent compiler lags under valgrind and
 * a run of 25 warm passes still had `resolveMentions` and others in baseline code. The
 * totals come within 1 % of `bench:counts` (106.5 against 105.6 M a pass for 2d0eeae;
 * this one also counts V8's compiler when it runs in the measured passes).
 * Needs valgrind (`apt-get install valgrind`); ~1 minute.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { distEntry, DIST_MISSING, isDistBuilt, repoRoot } from "./paths.js";
import { jsPath, transpileBench } from "./transpile.js";
import { ORDERS, READS, type Order } from "./source-passes.js";
import { valgrindExit } from "./valgrind.js";

const { values: args } = parseArgs({
  options: {
    module: { type: "string" },
    warm: { type: "string", default: "40" },
    passes: { type: "string", default: "5" },
    event: { type: "string", default: "Ir" },
    top: { type: "string", default: "40" },
    order: { type: "string", default: "corpus" },
    document: { type: "string" },
  },
});

/** One code object of the perf map: [start, end) and its name. */
interface CodeRange {
  start: number;
  end: number;
  name: string;
  /** Its line in the map: a later object at the same address replaced an earlier one. */
  order: number;
}

function readPerfMap(path: string): CodeRange[] {
  const ranges: CodeRange[] = [];
  for (const line of readFileSync(path, "latin1").split("\n")) {
    const space = line.indexOf(" ");
    const second = line.indexOf(" ", space + 1);
    if (space < 0 || second < 0) continue;
    const start = parseInt(line.slice(0, space), 16);
    ranges.push({ start, end: start + parseInt(line.slice(space + 1, second), 16), name: line.slice(second + 1), order: ranges.length });
  }
  return ranges.sort((a, b) => a.start - b.start);
}

/** Names addresses from the perf map; how far back to look for a longer object that covers one. */
const OVERLAP_LOOKBACK = 200;

function namer(ranges: CodeRange[]): (address: number) => string | undefined {
  return (address) => {
    let lo = 0;
    let hi = ranges.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ranges[mid]!.start <= address) lo = mid + 1;
      else hi = mid;
    }
    let best: CodeRange | undefined;
    for (let k = lo - 1; k >= 0 && k >= lo - OVERLAP_LOOKBACK; k--) {
      const r = ranges[k]!;
      if (address < r.end && (!best || r.order > best.order)) best = r;
    }
    return best?.name;
  };
}

/** Costs by name from a callgrind file written with `--dump-instr=yes --dump-line=no`. */
function readCallgrind(path: string, nameOf: (address: number) => string | undefined): { events: string[]; byName: Map<string, number[]> } {
  let events: string[] = [];
  const byName = new Map<string, number[]>();
  const fnNames = new Map<string, string>();
  let fn = "?";
  let last = 0;
  let callLine = false;
  for (const line of readFileSync(path, "latin1").split("\n")) {
    if (line.startsWith("events:")) events = line.slice(7).trim().split(/\s+/);
    else if (line.startsWith("fn=")) fn = compressedName(line.slice(3), fnNames);
    else if (line.startsWith("cfn=")) compressedName(line.slice(4), fnNames);
    else if (line.startsWith("calls=")) callLine = true;
    else if (/^(?:0x|[+\-*])/.test(line)) {
      const fields = line.split(" ");
      last = position(fields[0]!, last);
      // The line after "calls=" is the call's inclusive cost, already counted in the callee.
      if (callLine) {
        callLine = false;
        continue;
      }
      const name = nameOf(last) ?? `C++ ${fn}`;
      let costs = byName.get(name);
      if (!costs) byName.set(name, (costs = events.map(() => 0)));
      for (let e = 1; e < fields.length && e <= events.length; e++) costs[e - 1]! += Number(fields[e]) || 0;
    }
  }
  return { events, byName };
}

/** "(12) name" defines id 12, "(12)" refers to it. */
function compressedName(text: string, names: Map<string, string>): string {
  const m = /^\((\d+)\)(?: (.*))?$/.exec(text.trim());
  if (!m) return text.trim();
  if (m[2] !== undefined) names.set(m[1]!, m[2]);
  return names.get(m[1]!) ?? "?";
}

/** An instruction address: absolute (0x…), relative to the last (+n, -n), or the same (*). */
function position(field: string, last: number): number {
  if (field === "*") return last;
  if (field.startsWith("0x")) return parseInt(field, 16);
  const n = field.startsWith("+0x") || field.startsWith("-0x") ? parseInt(field.slice(3), 16) : Number(field.slice(1));
  return field[0] === "-" ? last - n : last + n;
}

function kindOf(name: string): string {
  if (name.startsWith("JS:*")) return "JS, optimized";
  if (name.startsWith("JS:^")) return "JS, baseline";
  if (name.startsWith("JS:~")) return "JS, interpreted";
  if (name.startsWith("JS:")) return "JS, other";
  if (name.startsWith("Builtin:")) return "builtins";
  if (name.startsWith("RegExp:")) return "RegExp code";
  return "C++ and the rest";
}

/** Runs the worker under callgrind; resolves to the dump file and the perf map of its process. */
function profile(module: string | undefined, warm: number, passes: number, order: Order, document: number | undefined, dir: string): Promise<{ out: string; map: string }> {
  const outFile = join(dir, "callgrind.out");
  const config = JSON.stringify({ warm, passes, module, order, document });
  const child = spawn(
    "valgrind",
    ["--tool=callgrind", "--instr-atstart=no", "--dump-instr=yes", "--dump-line=no", "--cache-sim=yes", "--I1=32768,8,64", "--D1=32768,8,64", "--LL=524288,8,64", `--callgrind-out-file=${outFile}`, process.execPath, "--predictable", "--perf-basic-prof", "--no-flush-bytecode", jsPath("by-function-worker.ts"), config],
    { cwd: repoRoot, stdio: ["pipe", "pipe", "pipe"] },
  );
  const control = (...flags: string[]) => spawnSync("callgrind_control", [...flags, String(child.pid)], { stdio: "ignore" });
  createInterface({ input: child.stdout }).on("line", (line) => {
    if (line === "ready") {
      process.stderr.write(`measuring ${passes} passes …\n`);
      control("-i", "on");
      child.stdin.write("go\n");
    } else if (line === "done") {
      control("-i", "off");
      control("-d");
      child.stdin.write("end\n");
    }
  });
  return valgrindExit(child, "callgrind run").then(() => ({ out: `${outFile}.1`, map: `/tmp/perf-${child.pid}.map` }));
}

async function main(): Promise<void> {
  const warm = Number(args.warm);
  const passes = Number(args.passes);
  const top = Number(args.top);
  if (!Number.isInteger(warm) || !Number.isInteger(passes) || warm < 1 || passes < 1) throw new Error("--warm and --passes: whole numbers, at least 1");
  const module = args.module ? resolve(args.module) : undefined;
  if (!module && !isDistBuilt()) throw new Error(DIST_MISSING);
  if (!Object.hasOwn(ORDERS, args.order)) throw new Error(`--order: one of ${Object.keys(ORDERS).join(", ")}`);
  const order = args.order as Order;
  const document = args.document === undefined ? undefined : Number(args.document);
  if (document !== undefined && !(Number.isInteger(document) && document >= 1000)) throw new Error("--document: a size in bytes, at least 1000");
  // Figures per pass over the texts, whatever the order reads a pass (one document: per pass over it).
  const perText = document ? passes : passes * READS[order];
  transpileBench();
  const dir = mkdtempSync(join(tmpdir(), "communique-functions-"));
  process.stderr.write(`${module ?? distEntry}: ${warm} warm passes under callgrind …\n`);
  const { out, map } = await profile(module, warm, passes, order, document, dir);
  const { events, byName } = readCallgrind(out, namer(readPerfMap(map)));
  rmSync(dir, { recursive: true, force: true });
  rmSync(map, { force: true });
  const e = events.indexOf(args.event);
  if (e < 0) throw new Error(`--event: one of ${events.join(", ")}`);
  const total = events.map((_, i) => [...byName.values()].reduce((sum, costs) => sum + costs[i]!, 0));
  const perPass = (n: number) => `${(n / perText / 1e6).toFixed(3).padStart(9)} M`;
  const what = document ? `one same-mix document of ${document} bytes` : `the source texts (${order} order)`;
  console.log(`per pass over ${what}, ${passes} passes after ${warm}; ${events.map((name, i) => `${name} ${(total[i]! / perText / 1e6).toFixed(3)} M`).join(", ")}`);
  if (document) console.log(`per byte: ${events.map((name, i) => `${name} ${(total[i]! / perText / document).toFixed(2)}`).join(", ")}`);
  const kinds = new Map<string, number>();
  for (const [name, costs] of byName) kinds.set(kindOf(name), (kinds.get(kindOf(name)) ?? 0) + costs[e]!);
  console.log(`\n${args.event} by kind of code`);
  for (const [kind, n] of [...kinds].sort((a, b) => b[1] - a[1])) console.log(`${perPass(n)} ${((n / total[e]!) * 100).toFixed(1).padStart(5)} %  ${kind}`);
  console.log(`\n${args.event} by function (top ${top})`);
  const rows = [...byName].sort((a, b) => b[1][e]! - a[1][e]!).slice(0, top);
  for (const [name, costs] of rows) console.log(`${perPass(costs[e]!)} ${((costs[e]! / total[e]!) * 100).toFixed(1).padStart(5)} %  ${name.replace(/file:\/\/\S*\//, "").slice(0, 110)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
