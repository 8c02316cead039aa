/**
 * `npm run bench:langid`: language identification, communique's own (src/lang/identify.ts)
 * against franc, franc-min, tinyld and eld: accuracy and time per document on the seeds
 * (language from fixtures/gold), the fixture texts (language from their folder) and the
 * SlavicNER documents (../shared/data/slavicner/*.jsonl, field `lang`; skipped when
 * absent). Every answer is mapped to ISO 639-1. Each tool runs in a fresh `node` process
 * (langid-worker.ts), one after another. Writes its section of RESULTS.md.
 *
 *   tsx bench/langid.ts [--quick]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { build } from "tsup";
import { parseHeader } from "../src/text/header.js";
import { readSourceDocuments } from "./corpus.js";
import type { LangidConfig, LangidDocument, LangidResult } from "./langid-worker.js";
import { describeLoad, describeMachine } from "./machine.js";
import { outDir, repoRoot } from "./paths.js";
import { describePartial, recordSection } from "./results-file.js";
import { readSlavicnerDocuments } from "./slavicner-docs.js";
import { isFailure, spawnWorker } from "./spawn-worker.js";
import { fmt, markdownTable, textTable, type Row } from "./table.js";
import { transpileBench } from "./transpile.js";

const { values: args } = parseArgs({ options: { quick: { type: "boolean", default: false }, write: { type: "boolean", default: false } } });
const quick = args.quick ?? false;
const TOOLS = ["communique", "franc", "franc-min", "tinyld", "eld"];
/** Seeds and fixture texts without their headers, then the SlavicNER documents when present. */
function readDocuments(): { docs: LangidDocument[]; notes: string[] } {
  const docs: LangidDocument[] = [];
  for (const source of readSourceDocuments()) {
    if (source.lang === "und") continue;
    const text = source.raw.toString("utf8");
    docs.push({ set: source.name.startsWith("seeds") ? "seeds" : "fixtures", lang: source.lang, text: text.slice(parseHeader(text).bodyStart) });
  }
  const notes: string[] = [];
  const slavicner = readSlavicnerDocuments();
  if (slavicner.length === 0) notes.push(`SlavicNER not found at ../shared/data/slavicner: that set is skipped.`);
  for (const d of slavicner) docs.push({ set: "slavicner", lang: d.lang, text: d.text });
  return { docs, notes };
}

/** communique's identifier bundled for plain node, as the package is. */
async function bundleOurs(): Promise<string> {
  await build({
    entry: { "langid-ours": join(repoRoot, "bench", "langid-ours.ts") },
    outDir,
    format: ["esm"],
    platform: "node",
    target: "node20",
    config: false,
    silent: true,
    clean: false,
    dts: false,
    sourcemap: false,
  });
  return join(outDir, "langid-ours.js");
}

const pct = (right: number, all: number) => (all === 0 ? "–" : `${((100 * right) / all).toFixed(right === all ? 0 : 2)}%`);

async function main(): Promise<void> {
  const machine = describeMachine();
  const loadBefore = describeLoad();
  console.log(`machine: ${machine}; ${loadBefore}`);
  transpileBench();
  mkdirSync(outDir, { recursive: true });
  const { docs, notes } = readDocuments();
  const docsFile = join(outDir, "langid-docs.json");
  writeFileSync(docsFile, JSON.stringify(docs));
  const oursFile = await bundleOurs();
  const sets = [...new Set(docs.map((d) => d.set))];
  const langs = [...new Set(docs.map((d) => d.lang))].sort();
  console.log(`documents: ${sets.map((s) => `${s} ${docs.filter((d) => d.set === s).length}`).join(", ")}`);

  const results: LangidResult[] = [];
  for (const tool of TOOLS) {
    process.stdout.write(`${tool} … `);
    const config: LangidConfig = { tool, docsFile, oursFile, budgetMs: quick ? 300 : 1500, minPasses: quick ? 1 : 3 };
    const outcome = spawnWorker<LangidResult>("langid-worker.ts", config);
    if (isFailure(outcome)) {
      console.log(outcome.error);
      notes.push(`${tool}: ${outcome.error}`);
      continue;
    }
    results.push(outcome);
    console.log(`${fmt(outcome.msPerDoc)} ms/doc`);
  }

  const correct = (r: LangidResult, keep: (d: LangidDocument) => boolean) => {
    let right = 0;
    let all = 0;
    docs.forEach((d, i) => {
      if (!keep(d)) return;
      all++;
      if (r.answers[i] === d.lang) right++;
    });
    return [right, all] as const;
  };
  const header = ["tool", ...sets.map((s) => `${s} (${docs.filter((d) => d.set === s).length})`), `all (${docs.length})`, "ms/doc", "import ms"];
  const rows: Row[] = results.map((r) => [
    r.tool,
    ...sets.map((s) => pct(...correct(r, (d) => d.set === s))),
    pct(...correct(r, () => true)),
    fmt(r.msPerDoc),
    fmt(r.importMs),
  ]);
  const langHeader = ["tool", ...langs.map((l) => `${l} (${docs.filter((d) => d.lang === l).length})`)];
  const langRows: Row[] = results.map((r) => [r.tool, ...langs.map((l) => pct(...correct(r, (d) => d.lang === l)))]);
  const wrong = results.map((r) => {
    const confusions = new Map<string, number>();
    docs.forEach((d, i) => {
      if (r.answers[i] !== d.lang) confusions.set(`${d.lang}→${r.answers[i]}`, (confusions.get(`${d.lang}→${r.answers[i]}`) ?? 0) + 1);
    });
    const top = [...confusions].sort((a, b) => b[1] - a[1]).slice(0, 6);
    return `${r.tool}: ${top.length ? top.map(([k, n]) => `${k} ×${n}`).join(", ") : "none"}`;
  });
  console.log(`\n${textTable(header, rows)}\n\n${textTable(langHeader, langRows)}\n\nerrors (gold→answer)\n${wrong.join("\n")}`);
  recordSection(
    "langid",
    [
      "## Language identification",
      "",
      `Machine: ${machine}. At start: ${loadBefore}; at end: ${describeLoad()}.`,
      "Accuracy of the answer (mapped to ISO 639-1) against the gold language: seeds (fixtures/gold `lang`), fixture texts " +
        "(their folder), SlavicNER documents (`lang`); headers removed. communique: fold + word scan + `identifyLanguage`, " +
        "bundled as the package is; franc and franc-min with their defaults (ISO 639-3 mapped to 639-1), tinyld `detect`, " +
        "eld `eld/large` `detect().language`. ms/doc: median of timed passes over all documents after one untimed pass " +
        `(≥ ${quick ? 1 : 3} passes or ${quick ? 300 : 1500} ms); import ms: the tool's dynamic import in a fresh process` +
        " (communique: its bundle, packs and profiles).",
      "",
      markdownTable(header, rows),
      "",
      "Per language:",
      "",
      markdownTable(langHeader, langRows),
      "",
      "Most frequent errors (gold→answer):",
      "",
      ...wrong.map((w) => `- ${w}`),
      ...(notes.length ? ["", ...notes.map((n) => `${n}  `)] : []),
    ].join("\n"),
    describePartial({ "--quick": quick }),
    args.write ?? false,
  );
}

await main();
