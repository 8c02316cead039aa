/**
 * The one interface every benchmarked tool implements, so the worker measures them all
 * the same way: `setup` once (learn names, compile), then `run` per document.
 */
import type { BenchName } from "../names.js";

export interface BenchTool {
  /** Learns the shared names (peers with custom entities) or compiles its own data. */
  setup(names: readonly BenchName[]): void;
  /** Processes one document and returns how many things it found (kept, so no work is optimised away). */
  run(text: string, date: string | null): number;
}

/** Tool names, in report order; each is a module `tools/<name>.ts` whose default export is a BenchTool. */
export const TOOL_NAMES = ["communique", "wink-nlp-default", "wink-nlp", "wink-nlp-custom", "wink-ner", "compromise", "floor"] as const;
export type ToolName = (typeof TOOL_NAMES)[number];

export function isToolName(name: string): name is ToolName {
  return (TOOL_NAMES as readonly string[]).includes(name);
}

/** What each tool does in the benchmark, for the report. */
export const TOOL_DESCRIPTIONS: Record<ToolName, string> = {
  communique: "full `extract(text, { date })`: entities, dates, relations (default gazetteer)",
  "wink-nlp-default": "wink-nlp + wink-eng-lite-web-model, default pipe (`winkNLP(model)`, as its README calls it), `doc.entities()`",
  "wink-nlp": "wink-nlp + wink-eng-lite-web-model, pipe ['ner'] only (the fastest that gives entities), `doc.entities()`",
  "wink-nlp-custom": "wink-nlp + English model, pipe ['cer'], `learnCustomEntities` with the shared names, `doc.customEntities()`",
  "wink-ner": "wink-ner taught the shared names, on wink-tokenizer tokens",
  compromise: "compromise `.people() .places() .organizations()`",
  floor: "plain JS: `toLowerCase()` and a `/\\p{L}+/gu` word scan",
};
