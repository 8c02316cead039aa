/**
 * Writes src/text/char-tables.generated.ts: the character class, case and fold
 * tables of the BMP as runs, computed from this engine's Unicode properties
 * (src/text/compute-char-tables.ts). Run after a Node upgrade:
 * `npx tsx scripts/build-char-tables.ts`; the test suite checks the file is current.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { encodeCharTables } from "../src/text/encode-char-tables.js";

const out = join(import.meta.dirname, "..", "src", "text", "char-tables.generated.ts");
writeFileSync(out, encodeCharTables());
console.log(`wrote ${out}`);
