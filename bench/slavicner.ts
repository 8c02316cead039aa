/**
 * SlavicNER: inflection-aware matching measured on annotated news in six Slavic
 * languages (`npm run bench:slavicner -- FILE.jsonl...`). The corpus is read
 * from ../shared/data/slavicner and never copied into the project.
 *
 * A gazetteer is built through the public API from the lemmas only (one entry per
 * cross-lingual id, aliases[lang] = its lemmas); the surface forms are never given
 * to the extractor. Each document is extracted with its language; the same figures
 * are computed, in the same run, for a naive matcher of the exact lemma strings.
 */
import { existsSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { createExtractor, type GazetteerEntry } from "communique";
import { SLAVICNER_DIR } from "./slavicner-docs.js";

interface CorpusMention {
  start: number;
  end: number;
  text: string;
  lemma: string;
  type: string;
  id: string;
}
interface CorpusDoc {
  doc: string;
  topic: string;
  lang: string;
  text: string;
  mentions: CorpusMention[];
}
interface Predicted {
  start: number;
  end: number;
  id: string | null;
  base?: string;
}

const TYPES: Record<string, GazetteerEntry["type"]> = { PER: "person", ORG: "organization", LOC: "place", GPE: "place", EVT: "event", PRO: "organization" };

function slug(id: string): string {
  return (
    id
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "x"
  );
}

/** One gazetteer entry per cross-lingual id, from the lemmas only. */
export function gazetteerFromLemmas(docs: CorpusDoc[]): { entries: GazetteerEntry[]; idOf: Map<string, string> } {
  const byId = new Map<string, { type: string; lemmas: Map<string, Set<string>> }>();
  for (const d of docs) {
    for (const m of d.mentions) {
      let e = byId.get(m.id);
      if (!e) byId.set(m.id, (e = { type: m.type, lemmas: new Map() }));
      let set = e.lemmas.get(d.lang);
      if (!set) e.lemmas.set(d.lang, (set = new Set()));
      if (m.lemma.trim()) set.add(m.lemma.trim());
    }
  }
  const idOf = new Map<string, string>(); // slug → corpus id
  const entries: GazetteerEntry[] = [];
  for (const [id, e] of byId) {
    let s = slug(id);
    while (idOf.has(s)) s += "-x";
    idOf.set(s, id);
    const aliases: Record<string, string[]> = {};
    for (const [lang, set] of e.lemmas) if (set.size > 0) aliases[lang] = [...set];
    const name = Object.values(aliases)[0]?.[0] ?? id;
    entries.push({ id: s, type: TYPES[id.split("-")[0]!] ?? TYPES[e.type] ?? "organization", name, aliases });
  }
  return { entries, idOf };
}

/** The naive peer: exact lemma strings, case-sensitive, at word boundaries, leftmost-longest. */
function naiveMatcher(docs: CorpusDoc[]): (doc: CorpusDoc) => Predicted[] {
  const byLang = new Map<string, Map<string, string>>();
  for (const d of docs) {
    let lemmas = byLang.get(d.lang);
    if (!lemmas) byLang.set(d.lang, (lemmas = new Map()));
    for (const m of d.mentions) if (m.lemma.trim() && !lemmas.has(m.lemma.trim())) lemmas.set(m.lemma.trim(), m.id);
  }
  const regexes = new Map<string, RegExp>();
  for (const [lang, lemmas] of byLang) {
    const alts = [...lemmas.keys()].sort((a, b) => b.length - a.length).map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    regexes.set(lang, new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join("|")})(?![\\p{L}\\p{N}])`, "gu"));
  }
  return (doc) => {
    const re = regexes.get(doc.lang)!;
    const lemmas = byLang.get(doc.lang)!;
    return [...doc.text.matchAll(re)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, id: lemmas.get(m[0]) ?? null, base: m[0] }));
  };
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  inflected: number;
  inflectedFound: number;
  baseRight: number;
  bytes: number;
  ms: number;
  docs: number;
}
const empty = (): Tally => ({ tp: 0, fp: 0, fn: 0, inflected: 0, inflectedFound: 0, baseRight: 0, bytes: 0, ms: 0, docs: 0 });

function score(doc: CorpusDoc, predicted: Predicted[], t: Tally): void {
  const gold = new Map(doc.mentions.map((m) => [`${m.start}:${m.end}`, m]));
  for (const p of predicted) {
    const g = gold.get(`${p.start}:${p.end}`);
    if (g && p.id === g.id) {
      t.tp++;
      if (p.base === g.lemma) t.baseRight++;
      if (g.text !== g.lemma) t.inflectedFound++;
    } else t.fp++;
  }
  t.fn += doc.mentions.length;
  for (const m of doc.mentions) if (m.text !== m.lemma) t.inflected++;
}

function figures(t: Tally) {
  const fn = t.fn - t.tp;
  const p = t.tp + t.fp === 0 ? 0 : t.tp / (t.tp + t.fp);
  const r = t.tp + fn === 0 ? 0 : t.tp / (t.tp + fn);
  return {
    P: p,
    R: r,
    F1: p + r === 0 ? 0 : (2 * p * r) / (p + r),
    inflR: t.inflected === 0 ? 0 : t.inflectedFound / t.inflected,
    base: t.tp === 0 ? 0 : t.baseRight / t.tp,
    MBs: t.ms === 0 ? 0 : t.bytes / 1e6 / (t.ms / 1000),
  };
}

function main(): void {
  const args = process.argv.slice(2);
  const json = args.includes("--json");
  const limitAt = args.indexOf("--limit");
  const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Infinity;
  const files = args.filter((a, i) => !a.startsWith("--") && args[i - 1] !== "--limit");
  const defaults = ["brexit", "asia_bibi", "covid-19"].map((t) => join(SLAVICNER_DIR, `${t}.jsonl`));
  const paths = files.length > 0 ? files : defaults;
  const missing = paths.filter((p) => !existsSync(p));
  if (missing.length > 0) {
    console.log(`SlavicNER data not found: ${missing.join(", ")}\nThe corpus is read from ../shared/data/slavicner (not part of the project); pass JSONL files as arguments.`);
    return;
  }
  const docs: CorpusDoc[] = paths.flatMap((p) =>
    readFileSync(p, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l) as CorpusDoc)
      .slice(0, limit),
  );
  const { entries, idOf } = gazetteerFromLemmas(docs);
  const t0 = performance.now();
  const extractor = createExtractor({ gazetteer: entries });
  const buildMs = performance.now() - t0;
  const naive = naiveMatcher(docs);

  const ours = new Map<string, Tally>();
  const peer = new Map<string, Tally>();
  for (const doc of docs) {
    const bytes = Buffer.byteLength(doc.text);
    for (const [tallies, run] of [
      [ours, () => extractor.extract(doc.text, { lang: doc.lang }).mentions.filter((m) => m.type !== "date").map((m) => ({ start: m.start, end: m.end, id: m.entity === null ? null : (idOf.get(m.entity) ?? null), base: m.base }))],
      [peer, () => naive(doc)],
    ] as const) {
      const start = performance.now();
      const predicted = run();
      const ms = performance.now() - start;
      for (const key of [doc.lang, "all"]) {
        let t = tallies.get(key);
        if (!t) tallies.set(key, (t = empty()));
        t.bytes += bytes;
        t.ms += ms;
        t.docs++;
        score(doc, predicted, t);
      }
    }
  }
  const langs = [...ours.keys()].filter((k) => k !== "all").sort().concat("all");
  const rows = langs.map((lang) => ({ lang, docs: ours.get(lang)!.docs, ours: figures(ours.get(lang)!), naive: figures(peer.get(lang)!) }));
  if (json) {
    console.log(JSON.stringify({ files: paths.map((p) => basename(p)), entries: entries.length, buildMs, rows }, null, 2));
    return;
  }
  const f = (x: number) => x.toFixed(3);
  console.log(`SlavicNER: ${paths.map((p) => basename(p)).join(", ")} — ${docs.length} documents, ${entries.length} gazetteer entries built in ${buildMs.toFixed(0)} ms`);
  console.log("lang  docs | communique: P      R      F1     inflR  base   MB/s  | naive lemma: P      R      F1     inflR  base   MB/s  | F1 ratio");
  for (const r of rows) {
    const o = r.ours;
    const n = r.naive;
    console.log(
      `${r.lang.padEnd(4)} ${String(r.docs).padStart(5)} |             ${f(o.P)}  ${f(o.R)}  ${f(o.F1)}  ${f(o.inflR)}  ${f(o.base)}  ${o.MBs.toFixed(1).padStart(5)} |              ${f(n.P)}  ${f(n.R)}  ${f(n.F1)}  ${f(n.inflR)}  ${f(n.base)}  ${n.MBs.toFixed(1).padStart(5)} | ${(o.F1 / (n.F1 || 1)).toFixed(2)}×`,
    );
  }
}

if (process.argv[1]?.includes("slavicner")) main();
