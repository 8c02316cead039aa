/**
 * The last stage: numbers mentions and relations, lists entities, and gives
 * everything its public shape (SPEC §2).
 */
import type { FoundRelation } from "./relations/types.js";
import type { Found } from "./resolve/types.js";
import type { GazetteerEntry } from "./schema/gazetteer.js";
import type { Entity, Extraction, Mention, Relation, Span } from "./schema/result.js";

export interface AssembleInput {
  text: string;
  lang: string;
  date: string | null;
  sentences: Span[];
  /** Entity and date mentions, in text order, not overlapping. */
  mentions: Found[];
  relations: FoundRelation[];
  entries: readonly GazetteerEntry[];
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Builds the result object.
 * @example assemble({ text, lang: "pl", date: null, sentences: [], mentions: [], relations: [], entries: [] }).mentions // []
 */
export function assemble(input: AssembleInput): Extraction {
  const { text, entries } = input;
  const found = input.mentions;
  const mentions: Mention[] = new Array<Mention>(found.length);
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    mentions[i] = mentionOf(f, `m${i}`, f.entity >= 0 ? entries[f.entity]!.id : null, text);
  }

  const entities: Entity[] = [];
  const byEntity = new Map<number, Entity>();
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    if (f.entity < 0) continue;
    let e = byEntity.get(f.entity);
    if (!e) {
      const entry = entries[f.entity]!;
      e = { id: entry.id, type: entry.type, name: entry.name, mentions: [] };
      if (entry.wikidata) e.wikidata = entry.wikidata;
      byEntity.set(f.entity, e);
      entities.push(e);
    }
    e.mentions.push(mentions[i]!.id);
  }

  const relations: Relation[] = input.relations.map((r, i) => {
    const rel: Relation = {
      id: `r${i}`,
      type: r.type,
      subject: entries[r.subject]!.id,
      object: entries[r.object]!.id,
      attributes: r.attributes,
      evidence: r.evidence,
      mentions: idsOf(r.mentions, found, mentions),
      confidence: round(r.confidence),
    };
    if (r.trigger) rel.trigger = r.trigger;
    return rel;
  });

  return { lang: input.lang, date: input.date, sentences: input.sentences, mentions, entities, relations };
}

/**
 * A mention's public form, `base` and `value` only when it has them. One literal for each
 * case, not properties added to a finished object: an added property takes a property
 * store of its own, an object more for every mention (most have a base).
 */
function mentionOf(f: Found, id: string, entity: string | null, text: string): Mention {
  const base = f.form === "date" ? undefined : f.base;
  const value = f.value;
  const confidence = round(f.confidence);
  const { type, start, end, sentence, form } = f;
  const mentionText = text.slice(start, end);
  if (base !== undefined && value !== undefined) return { id, entity, type, text: mentionText, start, end, sentence, form, confidence, base, value };
  if (base !== undefined) return { id, entity, type, text: mentionText, start, end, sentence, form, confidence, base };
  if (value !== undefined) return { id, entity, type, text: mentionText, start, end, sentence, form, confidence, value };
  return { id, entity, type, text: mentionText, start, end, sentence, form, confidence };
}

/** The ids of the relation's mentions that are among the text's mentions (sorted by start, not overlapping: found by halving, not by a map over all of them). */
function idsOf(used: readonly Found[], found: readonly Found[], mentions: readonly Mention[]): string[] {
  const out: string[] = [];
  for (const m of used) {
    let lo = 0;
    let hi = found.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (found[mid]!.start < m.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < found.length && found[i]!.start === m.start; i++) {
      if (found[i] === m) {
        out.push(mentions[i]!.id);
        break;
      }
    }
  }
  return out;
}
