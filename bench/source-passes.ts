/**
 * `extract` over the source texts (seeds and fixtures, in corpus order) from the module
 * given, or the built package: the passes bench:counts and bench:functions run under valgrind.
 */
import { pathToFileURL } from "node:url";
import { readSourceDocuments } from "./corpus.js";

type Extract = (text: string, options?: { date?: string }) => { mentions: unknown[] };

export interface SourcePasses {
  /** The number of source texts a pass reads. */
  docs: number;
  /** Runs `passes` passes; returns the mentions they found (a checksum: the work was done). */
  run(passes: number): number;
}

/** @example (await sourcePasses("/abs/.tmp/a.js")).run(10) */
export async function sourcePasses(module?: string): Promise<SourcePasses> {
  const { extract } = (await import(module ? pathToFileURL(module).href : "communique")) as { extract: Extract };
  const docs = readSourceDocuments().map((d) => ({ text: d.raw.toString("utf8"), options: d.date === null ? undefined : { date: d.date } }));
  return {
    docs: docs.length,
    run(passes) {
      let found = 0;
      for (let pass = 0; pass < passes; pass++) for (const d of docs) found += extract(d.text, d.options).mentions.length;
      return found;
    },
  };
}
