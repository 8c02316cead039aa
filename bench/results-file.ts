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

/**
 * Writes a script's section, unless the run was partial (`partial` says how: "--quick",
 * "--only communique") and `--write` was not given: a quick check must not replace the
 * figures of a full run. Says which it did.
 */
export function recordSection(name: SectionName, markdown: string, partial: string | null, write: boolean, file = resultsFile): void {
  if (partial !== null && !write) {
    console.log(`\npartial run (${partial}): bench/RESULTS.md not changed (add --write to record it)`);
    return;
  }
  writeSection(name, markdown, file);
  console.log("\nwrote bench/RESULTS.md");
}

/**
 * The options that make a run partial, as typed; null when none is set.
 * @example describePartial({ "--quick": true, "--only": "floor" }) // "--quick --only floor"
 */
export function describePartial(options: Record<string, string | boolean | undefined>): string | null {
  const parts = Object.entries(options).flatMap(([flag, value]) => (value === true ? [flag] : typeof value === "string" && value !== "" ? [`${flag} ${value}`] : []));
  return parts.length > 0 ? parts.join(" ") : null;
}
