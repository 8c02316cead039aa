/**
 * The single documents of bench:text: one text of a given size made from the corpus,
 * with the same languages in the same proportions at every size.
 */
import { buildCorpus, readSourceDocuments, type BenchDocument } from "./corpus.js";

// The seed header is metadata at the start of a file (SPEC §6); inside a long document it would be text.
const HEADER = /^\uFEFF?\s?date \d{4}-\d{2}-\d{2}(?:[ \t]+https?:\/\/\S+)?/;

/**
 * One document of exactly `bytes` UTF-8 bytes (less at most 3, to end on a whole
 * character): paragraphs of the documents, without their headers, joined by blank lines,
 * then cut; a language's paragraphs start over when used up. Each next paragraph is the
 * next of the language furthest behind its share of the documents' bytes, so every size
 * from about 20 KB on holds their languages in their proportions: a prefix of the corpus
 * held 13 of the 16 languages at 100 KB (not zh, the slowest per byte) and all of them at
 * 10 MB, and the two sizes' speeds differed by their languages as well as by their size.
 * Re-decoded from bytes so it is one flat string, not a slice of a larger one.
 */
export function documentOfSize(docs: readonly BenchDocument[], bytes: number): string {
  const byLanguage = new Map<string, { paragraphs: string[]; share: number; next: number; written: number }>();
  for (const d of docs) {
    let lang = byLanguage.get(d.lang);
    if (!lang) byLanguage.set(d.lang, (lang = { paragraphs: [], share: 0, next: 0, written: 0 }));
    for (const paragraph of d.text.replace(HEADER, "").split(/\n\s*\n/)) {
      const trimmed = paragraph.trim();
      if (!trimmed) continue;
      const size = Buffer.byteLength(trimmed, "utf8") + 2;
      lang.paragraphs.push(trimmed);
      lang.share += size;
    }
  }
  const languages = [...byLanguage.values()].filter((l) => l.paragraphs.length > 0);
  if (languages.length === 0) throw new Error("no paragraphs to make a document of");
  const parts: string[] = [];
  for (let written = 0; written < bytes + 4; ) {
    // The language furthest behind its share (the first in corpus order on a tie).
    let behind = languages[0]!;
    for (const l of languages) if (l.written / l.share < behind.written / behind.share) behind = l;
    const paragraph = behind.paragraphs[behind.next]!;
    behind.next = (behind.next + 1) % behind.paragraphs.length;
    const size = Buffer.byteLength(paragraph, "utf8") + 2;
    behind.written += size;
    written += size;
    parts.push(paragraph);
  }
  const buffer = Buffer.from(parts.join("\n\n"), "utf8");
  let end = bytes;
  while (end > 0 && ((buffer[end] as number) & 0xc0) === 0x80) end -= 1; // not inside a UTF-8 sequence
  return buffer.subarray(0, end).toString("utf8");
}

/**
 * The documents of these sizes made from the source texts (each once: the paragraphs cycle),
 * and the first one's header date, which the tools are given.
 * @example sameMixDocuments([100_000, 10_000_000]).texts[1].length
 */
export function sameMixDocuments(sizes: readonly number[]): { texts: string[]; date: string | null } {
  const sources = readSourceDocuments();
  const docs = buildCorpus(sources.reduce((sum, d) => sum + d.raw.byteLength, 0), sources);
  return { texts: sizes.map((size) => documentOfSize(docs, size)), date: docs[0]?.date ?? null };
}
