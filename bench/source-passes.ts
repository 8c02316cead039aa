/**
 * `extract` over the source texts (seeds and fixtures, in corpus order) from the module
 * given, or the built package: the passes bench:counts and bench:functions run under
 * valgrind, and bench:locality in other orders.
 */
import { pathToFileURL } from "node:url";
import { readSourceDocuments } from "./corpus.js";

type Extract = (text: string, options?: { date?: string }) => { mentions: unknown[] };

export interface SourcePasses {
  /** The number of documents a pass reads (the source texts once each in corpus order, `REPEAT` times in the others). */
  docs: number;
  /** Runs `passes` passes; returns the mentions they found (a checksum: the work was done). */
  run(passes: number): number;
}

/** How many times the "language" and "text" orders read each text in a pass. */
export const REPEAT = 5;

/**
 * The orders a pass can read the texts in, each a list of indices into the source texts made
 * from the texts' languages (bench/locality.ts says what each is for):
 * "corpus", every text once in corpus order (seeds, then the fixture texts language by language);
 * "language", each language's texts `REPEAT` times over before the next language's;
 * "text", each text `REPEAT` times in a row.
 */
export const ORDERS = {
  corpus: (langs: readonly string[]) => langs.map((_, i) => i),
  language: (langs: readonly string[]) => {
    const byLang = new Map<string, number[]>();
    langs.forEach((lang, i) => (byLang.get(lang) ?? byLang.set(lang, []).get(lang)!).push(i));
    return [...byLang.values()].flatMap((texts) => Array.from({ length: REPEAT }, () => texts).flat());
  },
  text: (langs: readonly string[]) => langs.flatMap((_, i) => Array<number>(REPEAT).fill(i)),
} satisfies Record<string, (langs: readonly string[]) => number[]>;

export type Order = keyof typeof ORDERS;

/** How many times a pass in each order reads each text: what a figure per pass is divided by to be per pass over the texts. */
export const READS: Readonly<Record<Order, number>> = { corpus: 1, language: REPEAT, text: REPEAT };

/** Up to `per` documents of each language, each once: grouped by language, and the languages taking turns document by document. */
export function distinctPasses(docs: readonly { lang: string; text: string }[], per: number): { grouped: string[]; alternating: string[] } {
  const byLang = new Map<string, string[]>();
  for (const d of docs) {
    const list = byLang.get(d.lang) ?? byLang.set(d.lang, []).get(d.lang)!;
    if (list.length < per) list.push(d.text);
  }
  const lists = [...byLang.values()];
  const alternating: string[] = [];
  for (let i = 0; i < per; i++) for (const list of lists) if (i < list.length) alternating.push(list[i]!);
  return { grouped: lists.flat(), alternating };
}

/** @example (await sourcePasses("/abs/.tmp/a.js")).run(10) */
export async function sourcePasses(module?: string, order: Order = "corpus"): Promise<SourcePasses> {
  const { extract } = (await import(module ? pathToFileURL(module).href : "communique")) as { extract: Extract };
  const sources = readSourceDocuments();
  const texts = sources.map((d) => ({ text: d.raw.toString("utf8"), options: d.date === null ? undefined : { date: d.date } }));
  const docs = ORDERS[order](sources.map((d) => d.lang)).map((i) => texts[i]!);
  return {
    docs: docs.length,
    run(passes) {
      let found = 0;
      for (let pass = 0; pass < passes; pass++) for (const d of docs) found += extract(d.text, d.options).mentions.length;
      return found;
    },
  };
}
