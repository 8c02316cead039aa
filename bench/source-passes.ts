/**
 * `extract` over the source texts (seeds and fixtures, in corpus order) from the module
 * given, or the built package: the passes bench:counts and bench:functions run under
 * valgrind, and bench:locality in other orders.
 */
import { pathToFileURL } from "node:url";
import { readSourceDocuments } from "./corpus.js";
import { sameMixDocuments } from "./text-document.js";

type Extract = (text: string, options?: { date?: string }) => { mentions: unknown[] };

/** The `extract` of the module given (an absolute path), or of the built package by its name. */
export async function loadExtract(module?: string): Promise<Extract> {
  return ((await import(module ? pathToFileURL(module).href : "communique")) as { extract: Extract }).extract;
}

/** `items` in lists by language, the languages in the order they first appear, each list in the items' order. */
function byLanguage<T>(items: readonly T[], langOf: (item: T) => string): T[][] {
  const lists = new Map<string, T[]>();
  for (const item of items) {
    const lang = langOf(item);
    const list = lists.get(lang);
    if (list) list.push(item);
    else lists.set(lang, [item]);
  }
  return [...lists.values()];
}

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
  language: (langs: readonly string[]) =>
    byLanguage(langs.map((_, i) => i), (i) => langs[i]!).flatMap((texts) => Array.from({ length: REPEAT }, () => texts).flat()),
  text: (langs: readonly string[]) => langs.flatMap((_, i) => Array<number>(REPEAT).fill(i)),
} satisfies Record<string, (langs: readonly string[]) => number[]>;

export type Order = keyof typeof ORDERS;

/** How many times a pass in each order reads each text: what a figure per pass is divided by to be per pass over the texts. */
export const READS: Readonly<Record<Order, number>> = { corpus: 1, language: REPEAT, text: REPEAT };

/** Up to `per` documents of each language, each once: grouped by language, and the languages taking turns document by document. */
export function distinctPasses(docs: readonly { lang: string; text: string }[], per: number): { grouped: string[]; alternating: string[] } {
  const lists = byLanguage(docs, (d) => d.lang).map((list) => list.slice(0, per).map((d) => d.text));
  const alternating: string[] = [];
  for (let i = 0; i < per; i++) for (const list of lists) if (i < list.length) alternating.push(list[i]!);
  return { grouped: lists.flat(), alternating };
}

/** @example (await sourcePasses("/abs/.tmp/a.js")).run(10) */
export async function sourcePasses(module?: string, order: Order = "corpus"): Promise<SourcePasses> {
  const extract = await loadExtract(module);
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

/**
 * `extract` over one same-mix document of `bytes` UTF-8 bytes (bench:text's, see text-document.ts),
 * with the corpus's first date: what a long document costs, pass by pass.
 * @example (await documentPasses(undefined, 3_000_000)).run(2)
 */
export async function documentPasses(module: string | undefined, bytes: number): Promise<SourcePasses> {
  const extract = await loadExtract(module);
  const { texts, date } = sameMixDocuments([bytes]);
  const text = texts[0]!;
  const options = date === null ? undefined : { date };
  return {
    docs: 1,
    run(passes) {
      let found = 0;
      for (let pass = 0; pass < passes; pass++) found += extract(text, options).mentions.length;
      return found;
    },
  };
}
