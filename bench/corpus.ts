/**
 * The benchmark corpora: the seed texts and the fixture texts, repeated in a fixed order
 * until a byte budget is reached. Every document stays a separate string, so each tool
 * pays its per-document cost as it would on a news feed.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, relative, sep } from "node:path";
import { fromRoot, repoRoot } from "./paths.js";

export interface BenchDocument {
  /** Source path relative to the repository, with `#copy` when the set is repeated. */
  name: string;
  /** ISO 639-1 code from the gold file or the fixture folder, "und" when neither says. */
  lang: string;
  /** The header date (SPEC §6), passed to communique as `date`; null without a header. */
  date: string | null;
  /** The whole file, header included: every tool gets exactly the same input. */
  text: string;
  /** UTF-8 length of `text`, the unit of every MB/s figure. */
  bytes: number;
}

/** One source file, read once; copies are decoded from `raw` again (see `buildCorpus`). */
export interface SourceDocument {
  name: string;
  lang: string;
  date: string | null;
  raw: Buffer;
}

export const MB = 1_000_000;

const HEADER_DATE = /^\uFEFF?\s?date (\d{4}-\d{2}-\d{2})\b/;

/** The document date of a seed header, if the file starts with one. @example headerDate(" date 2025-09-05 https://…") // "2025-09-05" */
export function headerDate(text: string): string | null {
  return HEADER_DATE.exec(text)?.[1] ?? null;
}

function listTextFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const found: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) found.push(...listTextFiles(path));
    else if (entry.endsWith(".txt")) found.push(path);
  }
  return found;
}

/** The language a gold file gives a seed, or a fixture's first folder under fixtures/texts when it is a language code. */
function languageOf(path: string): string {
  const gold = fromRoot("fixtures", "gold", basename(path).replace(/\.txt$/, ".json"));
  if (existsSync(gold)) {
    try {
      const lang = JSON.parse(readFileSync(gold, "utf8")).lang;
      if (typeof lang === "string" && lang) return lang;
    } catch {
      // A gold file being written right now is not the benchmark's concern.
    }
  }
  const underTexts = relative(fromRoot("fixtures", "texts"), path).split(sep);
  if (underTexts.length > 1 && /^[a-z]{2}$/.test(underTexts[0] ?? "")) return underTexts[0] as string;
  return "und";
}

/** Every seed and fixture text present now, in a fixed order (seeds first, then fixtures, each sorted by path). */
export function readSourceDocuments(): SourceDocument[] {
  const paths = [...listTextFiles(fromRoot("seeds")), ...listTextFiles(fromRoot("fixtures", "texts"))];
  return paths.map((path) => {
    const raw = readFileSync(path);
    const text = raw.toString("utf8");
    return { name: relative(repoRoot, path), lang: languageOf(path), date: headerDate(text), raw };
  });
}

/**
 * The source set repeated until at least `targetBytes` of UTF-8, whole documents only.
 * Each copy is decoded from the file's bytes again, so no two documents are the same
 * string object and no tool can profit from an identity cache.
 * @example buildCorpus(2 * MB).length // ≈ 600 documents from the five seeds
 */
export function buildCorpus(targetBytes: number, sources: SourceDocument[] = readSourceDocuments()): BenchDocument[] {
  if (sources.length === 0) throw new Error("bench corpus: no seeds/*.txt or fixtures/texts/**/*.txt found");
  const docs: BenchDocument[] = [];
  let total = 0;
  for (let copy = 0; total < targetBytes; copy += 1) {
    for (const source of sources) {
      if (total >= targetBytes) break;
      docs.push({
        name: `${source.name}#${copy}`,
        lang: source.lang,
        date: source.date,
        text: source.raw.toString("utf8"),
        bytes: source.raw.byteLength,
      });
      total += source.raw.byteLength;
    }
  }
  return docs;
}

/** Total UTF-8 bytes of a corpus. */
export function corpusBytes(docs: readonly BenchDocument[]): number {
  let total = 0;
  for (const doc of docs) total += doc.bytes;
  return total;
}

/** What a corpus is made of, for the report: "5 sources (bg 1, de 1, en 1, it 1, pl 1)". */
export function describeSources(sources: readonly SourceDocument[]): string {
  const byLang = new Map<string, number>();
  for (const s of sources) byLang.set(s.lang, (byLang.get(s.lang) ?? 0) + 1);
  const langs = [...byLang].sort(([a], [b]) => a.localeCompare(b)).map(([lang, n]) => `${lang} ${n}`);
  const bytes = sources.reduce((sum, s) => sum + s.raw.byteLength, 0);
  return `${sources.length} source texts, ${(bytes / 1000).toFixed(1)} KB (${langs.join(", ")})`;
}
