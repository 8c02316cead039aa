/**
 * The names every custom-entity peer is taught, so that every tool looks for the same
 * names: all alias, short-form and abbreviation strings of communique's default gazetteer.
 */
import { FALLBACK_NAMES } from "./fallback-names.js";
import { isDistBuilt } from "./paths.js";
import { loadCommunique } from "./communique-api.js";
import type { GazetteerEntry } from "../src/schema/gazetteer.js";

export interface BenchName {
  /** The string as written in the gazetteer, base form: "Kim Jong Un", "ККП". */
  text: string;
  /** The entity it names, for peers that keep an id. */
  id: string;
  type: string;
}

export interface NameSet {
  /** "defaultGazetteer" or the reason the fallback list was used. */
  source: string;
  names: BenchName[];
}

/**
 * Every alias, short form and abbreviation of every entry, in every language, deduplicated
 * per entity. Adjectives and descriptors are left out: they are not names.
 * @example gazetteerNames([{ id: "china", type: "country", name: "China", aliases: { en: ["China"] } }]) // [{ text: "China", id: "china", type: "country" }]
 */
export function gazetteerNames(entries: readonly GazetteerEntry[]): BenchName[] {
  const names: BenchName[] = [];
  for (const entry of entries) {
    const seen = new Set<string>();
    for (const group of [entry.aliases, entry.short, entry.abbreviations]) {
      for (const list of Object.values(group ?? {})) {
        for (const text of list) {
          if (seen.has(text)) continue;
          seen.add(text);
          names.push({ text, id: entry.id, type: entry.type });
        }
      }
    }
  }
  return names;
}

/** The default gazetteer's names when dist/ is built, else the bench's stand-in list (and says so). */
export async function loadNames(): Promise<NameSet> {
  if (!isDistBuilt()) {
    return { source: "bench/fallback-names.ts (dist/ not built, so no defaultGazetteer)", names: FALLBACK_NAMES };
  }
  try {
    const { defaultGazetteer } = await loadCommunique();
    return { source: "defaultGazetteer", names: gazetteerNames(defaultGazetteer) };
  } catch (error) {
    return { source: `bench/fallback-names.ts (importing communique failed: ${(error as Error).message})`, names: FALLBACK_NAMES };
  }
}
