/**
 * `npm run bench:text`: communique on single documents of 1 KB to 10 MB, with the floor as
 * a reference that is linear by construction. Time must grow linearly with size: MB/s at
 * 10 MB is checked against MB/s at 100 KB (below 100 KB, fixed per-call costs dominate).
 * Writes its section of RESULTS.md.
 *
 *   tsx bench/text-scale.ts [--quick] [--only communique] [--rounds 3]
 *
 * With `--rounds N` the tools take turns N times, each a fresh process that runs every size;
 * each tool's row is its median round by the 10 MB ÷ 100 KB ratio, and every round's ratio
 * is listed.
 */
import { parseArgs } from "node:util";
import { describeLoad, describeMachine } from "./machine.js";
import { DIST_MISSING, isDistBuilt } from "./paths.js";
import { describePartial, recordSection } from "./results-file.js";
import { isFailure, spawnWorker } from "./spawn-worker.js";
import { median, medianRounds, roundsArg } from "./stats.js";
import { fmt, markdownTable, ratio, textTable } from "./table.js";
import type { Row } from "./table.js";
import { atLeast, explainMissing, TARGET_HEADER, targetRows } from "./targets.js";
import type { SizeResult, TextScaleConfig, TextScaleResult } from "./text-scale-worker.js";
import { transpileBench } from "./transpile.js";

const { values: args } = parseArgs({ options: { quick: { type: "boolean", default: false }, only: { type: "string" }, rounds: { type: "string", default: "1" }, write: { type: "boolean", default: false } } });
const quick = args.quick ?? false;
const rounds = roundsArg(args.rounds);
/** How this run differs from a full one (null: full), for `recordSection`. */
const partial = describePartial({ "--quick": quick, "--only": args.only });
const tools = args.only ? args.only.split(",") : ["communique", "floor"];
const SIZES = [1e3, 1e4, 1e5, 1e6, 1e7];
const settings = quick ? { budgetMs: 300, minIterations: 2 } : { budgetMs: 1500, minIterations: 5 };

type Outcome = TextScaleResult | { error: string };
const sizeLabel = (bytes: number) => (bytes >= 1e6 ? `${bytes / 1e6} MB` : `${bytes / 1e3} KB`);

/** Log-log slope of time against size between two sizes: 1 is linear, 2 quadratic. @example slope({ bytes: 1e5, meanMs: 1 }, { bytes: 1e7, meanMs: 100 }) // 1 */
export function slope(small: { bytes: number; meanMs: number }, large: { bytes: number; meanMs: number }): number {
  return Math.log(large.meanMs / small.meanMs) / Math.log(large.bytes / small.bytes);
}

/** A size's result (the documents are cut on a character boundary, up to 3 bytes short). */
function sizeOf(r: TextScaleResult, bytes: number): SizeResult | undefined {
  return r.sizes.find((s) => Math.abs(s.bytes - bytes) <= 3);
}

/** MB/s at 10 MB ÷ MB/s at 100 KB: what the linearity target checks. */
function linearity(r: TextScaleResult): number | undefined {
  const small = sizeOf(r, 1e5)?.mbPerS;
  const large = sizeOf(r, 1e7)?.mbPerS;
  return small !== undefined && large !== undefined ? large / small : undefined;
}

/** Each tool's 10 MB ÷ 100 KB ratio in every round, and their median. */
function describeRounds(byRound: Map<string, Outcome>[]): string {
  const parts = tools.map((tool) => {
    const each = byRound.map((results) => {
      const outcome = results.get(tool);
      return outcome && !isFailure(outcome) ? linearity(outcome) : undefined;
    });
    const known = each.filter((r): r is number => r !== undefined);
    return `${tool} ${each.map((r) => ratio(r)).join(", ")}${known.length > 0 ? ` (median ${ratio(median(known))})` : ""}`;
  });
  return `10 MB ÷ 100 KB per round: ${parts.join("; ")}.`;
}

function main(): void {
  const machine = describeMachine();
  const loadBefore = describeLoad();
  console.log(`machine: ${machine}; ${loadBefore}`);
  transpileBench();
  const byRound: Map<string, Outcome>[] = [];
  for (let round = 1; round <= rounds; round++) {
    const results = new Map<string, Outcome>();
    byRound.push(results);
    for (const tool of tools) {
      if (tool === "communique" && !isDistBuilt()) {
        if (round === 1) console.log(DIST_MISSING);
        results.set(tool, { error: DIST_MISSING });
        continue;
      }
      process.stdout.write(`${tool}${rounds > 1 ? `, round ${round}/${rounds}` : ""} … `);
      const config: TextScaleConfig = { tool, sizes: SIZES, ...settings };
      const outcome = spawnWorker<TextScaleResult>("text-scale-worker.ts", config, { nodeFlags: ["--max-old-space-size=8192"] });
      results.set(tool, outcome);
      console.log(isFailure(outcome) ? outcome.error.split("\n")[0] : `10 MB ÷ 100 KB ${ratio(linearity(outcome))}`);
    }
  }
  const results = medianRounds(tools, byRound, isFailure, (o) => (isFailure(o) ? 0 : (linearity(o) ?? 0)));
  const roundNote = rounds > 1 ? describeRounds(byRound) : undefined;
  if (roundNote) console.log(`\n${roundNote}`);

  const ok = [...results].filter((entry): entry is [string, TextScaleResult] => !isFailure(entry[1]));
  const header = ["document", ...ok.flatMap(([tool]) => [`${tool} ms`, `${tool} MB/s`])];
  const rows: Row[] = SIZES.map((bytes) => [sizeLabel(bytes), ...ok.flatMap(([, r]) => [fmt(sizeOf(r, bytes)?.meanMs), fmt(sizeOf(r, bytes)?.mbPerS)])]);
  const slopes = ok.map(([tool, r]) => {
    const small = sizeOf(r, 1e5);
    const large = sizeOf(r, 1e7);
    return `${tool} ${small && large ? fmt(slope(small, large)) : "–"}`;
  });
  const failures = [...results].flatMap(([tool, r]) => (isFailure(r) ? [`${r.error.startsWith(tool) ? "" : `${tool}: `}${r.error.split("\n")[0]}`] : []));
  const notes = [`Slope of time against size, 100 KB → 10 MB (1.0 = linear): ${slopes.join(", ") || "–"}.`, ...failures];
  const ours = results.get("communique");
  const at = (bytes: number) => (ours && !isFailure(ours) ? sizeOf(ours, bytes)?.mbPerS : undefined);
  const reason = ours === undefined ? "communique not run (--only)" : isFailure(ours) ? ours.error.split("\n")[0] : undefined;
  const tRows = targetRows(explainMissing([atLeast("linear time: MB/s at 10 MB vs 100 KB", at(1e7), 0.8, at(1e5), "MB/s", "100 KB")], reason));
  console.log(`\n${textTable(header, rows)}\n${notes.join("\n")}\n\ntargets\n${textTable(TARGET_HEADER, tRows)}`);
  recordSection(
    "text-scale",
    [
      "## Text size",
      "",
      `Machine: ${machine}. At start: ${loadBefore}; at end: ${describeLoad()}.`,
      "Single documents of 1 KB to 10 MB (UTF-8 bytes) made of the corpus documents' paragraphs without their headers, the languages in the corpus's proportions at every size (`text-document.ts`); " +
        `mean time per call (tinybench, ≥ ${settings.minIterations} iterations or ${settings.budgetMs} ms per size). ` +
        (quick ? "Quick run (`--quick`). " : "") +
        (roundNote ? `${rounds} rounds: the tools took turns ${rounds} times, each a fresh process running every size; each column is the tool's median round by 10 MB ÷ 100 KB. ${roundNote}` : ""),
      "",
      markdownTable(header, rows),
      "",
      ...notes.map((n) => `${n}  `),
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
