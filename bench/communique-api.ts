/**
 * The part of communique's public API the benchmark calls, imported at run time from the
 * built package. Declared here, not imported from src/, so the bench type-checks and runs
 * its peers while dist/ does not exist yet.
 */
import { communiqueSpecifier } from "./paths.js";
import type { GazetteerEntry } from "../src/schema/gazetteer.js";

export interface ExtractOptions {
  lang?: string;
  date?: string;
}

/** Only the fields the benchmark reads. */
export interface ExtractionSummary {
  mentions: unknown[];
  relations: unknown[];
}

export interface Extractor {
  extract(text: string, options?: ExtractOptions): ExtractionSummary;
}

export interface CommuniqueApi {
  extract(text: string, options?: ExtractOptions): ExtractionSummary;
  createExtractor(options: { gazetteer: GazetteerEntry[] }): Extractor;
  defaultGazetteer: GazetteerEntry[];
}

/** The built package, through its own `exports` map (a package may import itself by name). */
export async function loadCommunique(): Promise<CommuniqueApi> {
  // A variable specifier keeps TypeScript from resolving dist/ types that may not exist yet.
  const specifier: string = communiqueSpecifier;
  return (await import(specifier)) as CommuniqueApi;
}
