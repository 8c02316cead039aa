/**
 * Writes src/dates/rules.generated.ts: the date rule sources of every built-in
 * pack (and of no pack), composed with XRegExp as src/dates/rules.ts does at run
 * time, keyed by the fingerprint of what they were composed from. Run by
 * `npm run build`; an entry that no longer matches its pack is simply not used
 * (the rules are then composed at run time), and the test suite says so.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { encodeDateRules } from "../src/dates/encode-rules.js";

const out = join(import.meta.dirname, "..", "src", "dates", "rules.generated.ts");
const source = encodeDateRules();
let current = "";
try {
  current = readFileSync(out, "utf8");
} catch {
  // first run
}
if (current !== source) writeFileSync(out, source);
console.log(`${current === source ? "unchanged" : "wrote"} ${out}`);
