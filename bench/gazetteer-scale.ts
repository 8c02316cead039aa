/**
 * `npm run bench:scale`: how communique scales with the gazetteer. For the default
 * gazetteer and for 1k, 10k, 100k and 1M names (default plus synthetic entries), each in
 * a fresh process: build time, memory, throughput on the 2 MB corpus. Writes its section
 * of RESULTS.md.
 *
 *   tsx bench/gazetteer-scale.ts [--quick] [--sizes 0,1000,100000] [--rounds 3]
 *
 * With `--rounds N` the sizes take turns N times (default, 10k, 100k, 1M, then again), each
 * row is the size's median round by MB/s, and every round's ratios to that round's default
 * are listed: as for the peers (bench/run.ts), a ratio of two runs minutes apart on this
 * shared machine moves with its drift, and turns put each size in the same minutes.
 */
import { parseArgs } from "node:util";
import { MB } from "./corpus.js";
import type { ScaleConfig, ScaleResult } from "./gazetteer-scale-worker.js";
import { describeLoad, describeMachine } from "./machine.js";
import { DIST_MISSING, isDistBuilt } from "./paths.js";
import { describePartial, recordSection } from "./results-file.js";
import { isFailure, spawnWorker } from "./spawn-worker.js";
import { median, medianRounds, roundsArg } from "./stats.js";
import { fmt, markdownTable, ratio, textTable } from "./table.js";
import type { Row } from "./table.js";
import { atLeast, atMost, explainMissing, TARGET_HEADER, targetRows } from "./targets.js";
import type { TargetCheck } from "./targets.js";
import { transpileBench } from "./transpile.js";

const { values: args } = parseArgs({ options: { quick: { type: "boolean", default: false }, sizes: { type: "string" }, rounds: { type: "string", default: "1" }, write: { type: "boolean", default: false } } });
const quick = args.quick ?? false;
const rounds = roundsArg(args.rounds);
/** How this run differs from a full one (null: full), for `recordSection`. */
const partial = describePartial({ "--quick": quick, "--sizes": args.sizes });
const sizes = args.sizes ? args.sizes.split(",").map(Number) : quick ? [0, 1e3, 1e4, 1e5] : [0, 1e3, 1e4, 1e5, 1e6];
const settings = quick ? { warmupMs: 800, budgetMs: 2500, minPasses: 2, maxPasses: 3 } : { warmupMs: 1500, budgetMs: 6000, minPasses: 3, maxPasses: 8 };
// 1M names with their entries, the corpus and the compiled matcher can pass Node's default heap limit.
const NODE_FLAGS = ["--expose-gc", "--max-old-space-size=16384"];

type Outcome = ScaleResult | { error: string };
const sizeLabel = (names: number) => (names === 0 ? "default" : names >= 1e6 ? `${names / 1e6}M names` : `${names / 1e3}k names`);

function rowsOf(results: [number, Outcome][], built: boolean): Row[] {
  const base = results.find(([n]) => n === 0)?.[1];
  const baseMbps = base && !isFailure(base) ? base.measured?.mbPerS : undefined;
  return results.map(([names, r]) => {
    if (isFailure(r)) return [sizeLabel(names), r.error.split("\n")[0] ?? "", "", "", "", "", "", "", ""];
    if (r.skipped) return [sizeLabel(names), `skipped: ${r.skipped}`, "", "", "", "", "", "", ""];
    const mbps = r.measured?.mbPerS;
    return [
      sizeLabel(names),
      String(r.entries),
      String(r.names),
      built ? fmt(r.buildMs) : `(generate ${fmt(r.generateMs)})`,
      fmt(r.rssAfterBuildMB ?? r.rssBeforeBuildMB),
      fmt(r.peakRssMB),
      fmt(mbps),
      fmt(r.measured?.p99Ms),
      ratio(mbps !== undefined && baseMbps !== undefined ? mbps / baseMbps : undefined),
    ];
  });
}
const HEADER = ["gazetteer", "entries", "names", "build ms", "RSS after build MB", "peak RSS MB", "MB/s", "p99 ms/doc", "÷ default"];

function checks(results: Map<number, Outcome>): TargetCheck[] {
  const get = (n: number) => {
    const r = results.get(n);
    return r && !isFailure(r) ? r : undefined;
  };
  const base = get(0)?.measured?.mbPerS;
  return [
    atLeast("throughput at 100k names vs default gazetteer", get(1e5)?.measured?.mbPerS, 0.8, base, "MB/s", "default"),
    atLeast("throughput at 1M names vs default (cost must not grow)", get(1e6)?.measured?.mbPerS, 0.8, base, "MB/s", "default"),
    atMost("build of 100k names", get(1e5)?.buildMs === undefined ? undefined : (get(1e5)?.buildMs as number) / 1000, 5, "s"),
    atMost("RSS at 100k names (peak, whole process)", get(1e5)?.buildMs === undefined ? undefined : get(1e5)?.peakRssMB, 400, "MB"),
  ];
}

/** "÷ default per round: 10k names 0.87×, 0.91×, 0.85× (median 0.87×); …" */
function describeRounds(byRound: Map<number, Outcome>[]): string {
  const mbps = (o: Outcome | undefined) => (o && !isFailure(o) ? o.measured?.mbPerS : undefined);
  const parts = sizes
    .filter((names) => names !== 0)
    .map((names) => {
      const each = byRound.map((results) => {
        const ours = mbps(results.get(names));
        const base = mbps(results.get(0));
        return ours !== undefined && base !== undefined ? ours / base : undefined;
      });
      const known = each.filter((r): r is number => r !== undefined);
      // A size skipped in every round (1k: the default gazetteer alone has more names) has no ratio to list.
      return known.length === 0 ? undefined : `${sizeLabel(names)} ${each.map((r) => ratio(r)).join(", ")} (median ${ratio(median(known))})`;
    })
    .filter((part): part is string => part !== undefined);
  return `÷ default per round: ${parts.join("; ")}.`;
}

function main(): void {
  const machine = describeMachine();
  const built = isDistBuilt();
  const loadBefore = describeLoad();
  console.log(`machine: ${machine}; ${loadBefore}`);
  transpileBench();
  if (!built) console.log(`${DIST_MISSING}; generating the synthetic entries only`);
  const byRound: Map<number, Outcome>[] = [];
  for (let round = 1; round <= rounds; round++) {
    const results = new Map<number, Outcome>();
    byRound.push(results);
    for (const names of sizes) {
      process.stdout.write(`${sizeLabel(names)}${rounds > 1 ? `, round ${round}/${rounds}` : ""} … `);
      const config: ScaleConfig = { names, corpusBytes: 2 * MB, generateOnly: !built, ...settings };
      const outcome = spawnWorker<ScaleResult>("gazetteer-scale-worker.ts", config, { nodeFlags: NODE_FLAGS });
      results.set(names, outcome);
      console.log(isFailure(outcome) ? outcome.error.split("\n")[0] : outcome.skipped ? `skipped: ${outcome.skipped}` : `${outcome.entries} entries, ${outcome.names} names${built ? `, build ${fmt(outcome.buildMs)} ms, ${fmt(outcome.measured?.mbPerS)} MB/s` : ""}`);
    }
  }
  const results = medianRounds(sizes, byRound, isFailure, (o) => (isFailure(o) ? 0 : (o.measured?.mbPerS ?? 0)));
  const roundNote = rounds > 1 ? describeRounds(byRound) : undefined;
  if (roundNote) console.log(`\n${roundNote}`);
  const rows = rowsOf([...results], built);
  const tRows = targetRows(explainMissing(checks(results), built ? undefined : DIST_MISSING));
  console.log(`\n${textTable(HEADER, rows)}\n\ntargets\n${textTable(TARGET_HEADER, tRows)}`);
  recordSection(
    "gazetteer-scale",
    [
      "## Gazetteer size",
      "",
      `Machine: ${machine}. At start: ${loadBefore}; at end: ${describeLoad()}.`,
      "Default gazetteer plus synthetic entries (bench/synthetic-gazetteer.ts: persons, organisations, parties, places, events; " +
        "Latin, Cyrillic, Hangul and Han; Polish, Russian and Bulgarian dictionary forms; short forms, abbreviations, adjectives). " +
        "A size counts names (aliases, short forms, abbreviations, adjectives); entries are shown beside it. " +
        "Each size in a fresh process; throughput of `createExtractor(…).extract` on the 2 MB corpus." +
        (quick ? " Quick run (`--quick`)." : "") +
        (roundNote ? ` ${rounds} rounds: the sizes took turns ${rounds} times; each row is the size's median round. ${roundNote}` : ""),
      built ? "" : `\n**${DIST_MISSING}**: only the synthetic entries were generated (build ms column shows generation time).`,
      "",
      markdownTable(HEADER, rows),
      "",
      "### Targets",
      "",
      markdownTable(TARGET_HEADER, tRows),
    ].join("\n"),
    partial,
    args.write ?? false,
  );
}

main();
