/** Writes a generated source file only when its content changed, and says which. */
import { readFileSync, writeFileSync } from "node:fs";

/** @example writeGenerated("src/dates/rules.generated.ts", encodeDateRules()) // logs "unchanged …" or "wrote …" */
export function writeGenerated(path: string, source: string): void {
  let current = "";
  try {
    current = readFileSync(path, "utf8");
  } catch {
    // first run
  }
  if (current !== source) writeFileSync(path, source);
  console.log(`${current === source ? "unchanged" : "wrote"} ${path} (${(source.length / 1024).toFixed(0)} KB)`);
}
