/**
 * Test helpers for language packs: what the extractor finds in a text with a
 * small gazetteer, so pack tests state inflected forms and non-matches as tables.
 */
import { createExtractor, extract, type Extractor } from "../../src/extract.js";
import type { GazetteerEntry } from "../../src/schema/gazetteer.js";

const cache = new Map<string, Extractor>();

/** An extractor over `entries`, built once per distinct gazetteer. */
export function extractorFor(entries: GazetteerEntry[]): Extractor {
  const key = JSON.stringify(entries);
  let ex = cache.get(key);
  if (!ex) cache.set(key, (ex = createExtractor({ gazetteer: entries })));
  return ex;
}

/** A one-entry gazetteer: `entry("nord-stream", "policy", { pl: ["Nord Stream"] })`. */
export function entry(id: string, type: GazetteerEntry["type"], aliases: Record<string, string[]>, extra: Partial<GazetteerEntry> = {}): GazetteerEntry {
  return { id, type, name: Object.values(aliases)[0]?.[0] ?? id, aliases, ...extra };
}

/**
 * The mentions found in `text` (language `lang`), as "text → base (entity)" strings.
 * @example found("pl", [entry("x", "place", { pl: ["Pekin"] })], "w Pekinie") // ["Pekinie → Pekin (x)"]
 */
export function found(lang: string, entries: GazetteerEntry[], text: string): string[] {
  return extractorFor(entries)
    .extract(text, { lang })
    .mentions.filter((m) => m.type !== "date")
    .map((m) => `${m.text} → ${m.base ?? m.text} (${m.entity ?? "null"})`);
}

/**
 * The mentions the bundled gazetteer finds in `text` (language `lang`), as "text (entity)" strings.
 * @example foundBundled("hr", "u Pekingu") // ["Pekingu (beijing)"]
 */
export function foundBundled(lang: string, text: string): string[] {
  return extract(text, { lang })
    .mentions.filter((m) => m.type !== "date")
    .map((m) => `${m.text} (${m.entity ?? "null"})`);
}
