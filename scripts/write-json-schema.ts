/**
 * Writes dist/schema.json: the JSON Schema of the result, generated from the zod
 * schema (src/schema/result.ts), never written by hand. Run by `npm run build`.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { resultJsonSchema } from "../src/schema/json-schema.js";

const out = join(import.meta.dirname, "..", "dist", "schema.json");
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(resultJsonSchema(), null, 2) + "\n");
console.log(`wrote ${out}`);
