/**
 * bench/RESULTS.md is made of sections, one per bench script, each between HTML comment
 * markers; a script rewrites its own section and leaves the others, so `npm run bench`,
 * `bench:scale` and `bench:text` can run in any order.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { resultsFile } from "./paths.js";

export type SectionName = "peers" | "gazetteer-scale" | "text-scale" | "langid" | "changes";
const ORDER: SectionName[] = ["changes", "peers", "gazetteer-scale", "text-scale", "langid"];

const TITLE = "# communique benchmark results\n\nWritten by `npm run bench`, `npm run bench:scale`, `npm run bench:text` and `npm run bench:langid`; method in bench/README.md.\n";

function sectionPattern(name: SectionName): RegExp {
  return new RegExp(`<!-- bench:${name} -->[\\s\\S]*?<!-- /bench:${name} -->\\n?`);
}

/** Replaces (or adds, in the fixed order) one section of RESULTS.md. */
export function writeSection(name: SectionName, markdown: string, file = resultsFile): void {
  const old = existsSync(file) ? readFileSync(file, "utf8") : TITLE;
  const sections = new Map<SectionName, string>();
  for (const other of ORDER) {
    const found = sectionPattern(other).exec(old)?.[0];
    if (found) sections.set(other, found.endsWith("\n") ? found : `${found}\n`);
  }
  sections.set(name, `<!-- bench:${name} -->\n${markdown.trim()}\n<!-- /bench:${name} -->\n`);
  const body = ORDER.flatMap((s) => (sections.has(s) ? [sections.get(s) as string] : [])).join("\n");
  writeFileSync(file, `${TITLE}\n${body}`);
}
