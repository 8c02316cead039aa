/**
 * Writes src/dates/rules.generated.ts: the date rule sources of every built-in
 * pack (and of no pack), composed with XRegExp as src/dates/rules.ts does at run
 * time, keyed by the fingerprint of what they were composed from. Run by
 * `npm run build`; an entry that no longer matches its pack is simply not used
 * (the rules are then composed at run time), and the test suite says so.
 */
import { join } from "node:path";
import { writeGenerated } from "./write-generated.js";
import { encodeDateRules } from "../src/dates/encode-rules.js";

writeGenerated(join(import.meta.dirname, "..", "src", "dates", "rules.generated.ts"), encodeDateRules());
