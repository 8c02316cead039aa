/**
 * Entries that share a name and each belong to a country ("Victory Day": Russia's of 9 May,
 * China's of 3 September, North Korea's of 27 July): the one the text places. The gazetteer's
 * `country` says whose each is; a capital or a seat of government stands for its country.
 */
import type { GazetteerEntry } from "../schema/gazetteer.js";
import { aroundEvent } from "./event-window.js";
import type { Found } from "./types.js";

export interface CountryContext {
  /** The document's mentions, linked ones carrying their entity. */
  found: readonly Found[];
  entries: readonly GazetteerEntry[];
  /** The entity index of an id, or -1. */
  indexOf: (id: string) => number;
  /** The country a capital or a seat of government stands for, or -1. */
  capitalOf: (entity: number) => number;
  date: string | null;
}

/** Where in a text a country is named: its places, and each sentence's places and country names. */
interface CountryScores {
  /** Per sentence: country → weight (a place 2, the country's own name or adjective 1). */
  bySentence: Map<number, Map<number, number>>;
  /** Over the document: country → how many mentions of its places. */
  places: Map<number, number>;
}

/**
 * Chooses among `candidates` (entity indexes sharing the mention's name) by country:
 * undefined when the rule does not apply (a candidate without a country, or one country for all);
 * else the candidate chosen, or -1 when the text does not tell. In order: the one dated event
 * around the document date; the country the mention's sentence names most (a place in it or its
 * capital 2, its name or adjective 1); the country whose places the document names most.
 * @example chooseByCountry(victoryDayInMoscow, [victoryDayChina, victoryDayRussia], ctx, cache) // victoryDayRussia
 */
export function chooseByCountry(mention: Found, candidates: readonly number[], ctx: CountryContext, cache: { scores?: CountryScores }): number | undefined {
  const countries: number[] = [];
  for (const c of candidates) {
    const id = ctx.entries[c]!.country;
    const country = id === undefined ? -1 : ctx.indexOf(id);
    if (country < 0) return undefined;
    countries.push(country);
  }
  if (countries.every((c) => c === countries[0])) return undefined;
  // Dated events ("Victory Day parade" of 2025 in Moscow and in Beijing): the one of the document's days.
  if (candidates.every((c) => ctx.entries[c]!.when !== undefined)) {
    const around = candidates.filter((c) => aroundEvent(ctx.entries[c]!, ctx.date));
    if (around.length === 1) return around[0]!;
  }
  const scores = (cache.scores ??= countryScores(ctx));
  const inSentence = scores.bySentence.get(mention.sentence);
  const bySentence = inSentence ? best(candidates, countries, inSentence) : -1;
  return bySentence >= 0 ? bySentence : best(candidates, countries, scores.places);
}

/** The one candidate whose country weighs most, if no other country weighs as much and no other candidate shares it; else -1. */
function best(candidates: readonly number[], countries: readonly number[], weights: Map<number, number>): number {
  let top = 0;
  for (const c of countries) top = Math.max(top, weights.get(c) ?? 0);
  if (top === 0) return -1;
  const at = countries.flatMap((c, i) => (weights.get(c) === top ? [i] : []));
  return at.length === 1 ? candidates[at[0]!]! : -1;
}

function countryScores(ctx: CountryContext): CountryScores {
  const bySentence = new Map<number, Map<number, number>>();
  const places = new Map<number, number>();
  for (const f of ctx.found) {
    if (f.entity < 0) continue;
    const entry = ctx.entries[f.entity]!;
    let country = -1;
    let weight = 0;
    if (entry.type === "country") {
      country = f.entity;
      weight = 1;
    } else if (entry.type === "place") {
      const of = ctx.capitalOf(f.entity);
      country = of >= 0 ? of : entry.country === undefined ? -1 : ctx.indexOf(entry.country);
      weight = 2;
    }
    if (country < 0) continue;
    let sentence = bySentence.get(f.sentence);
    if (!sentence) bySentence.set(f.sentence, (sentence = new Map()));
    sentence.set(country, (sentence.get(country) ?? 0) + weight);
    if (weight === 2) places.set(country, (places.get(country) ?? 0) + 1);
  }
  return { bySentence, places };
}
