/**
 * The SlavicNER documents in ../shared/data/slavicner (never copied into the project):
 * read by bench:langid for accuracy and by bench:locality for texts that never repeat.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./paths.js";

export const SLAVICNER_DIR = join(repoRoot, "..", "shared", "data", "slavicner");

export interface SlavicnerDocument {
  lang: string;
  text: string;
}

/** Every document with a language and a text, file by file in name order; none when the folder is missing. */
export function readSlavicnerDocuments(): SlavicnerDocument[] {
  const files = existsSync(SLAVICNER_DIR) ? readdirSync(SLAVICNER_DIR).filter((f) => f.endsWith(".jsonl")).sort() : [];
  const docs: SlavicnerDocument[] = [];
  for (const file of files) {
    for (const line of readFileSync(join(SLAVICNER_DIR, file), "utf8").split("\n")) {
      if (!line.trim()) continue;
      const record = JSON.parse(line) as { lang?: string; text?: string };
      if (record.lang && record.text) docs.push({ lang: record.lang, text: record.text });
    }
  }
  return docs;
}
