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
  const ids = new Map<Found, string>();
  const mentions: Mention[] = input.mentions.map((f, i) => {
    const id = `m${i}`;
    ids.set(f, id);
    const entry = f.entity >= 0 ? entries[f.entity]! : undefined;
    const m: Mention = {
      id,
      entity: entry ? entry.id : null,
      type: f.type,
      text: text.slice(f.start, f.end),
      start: f.start,
      end: f.end,
      sentence: f.sentence,
      form: f.form,
      confidence: round(f.confidence),
    };
    if (f.base !== undefined && f.form !== "date") m.base = f.base;
    if (f.value !== undefined) m.value = f.value;
    return m;
  });

  const entities: Entity[] = [];
  const byEntity = new Map<number, Entity>();
  input.mentions.forEach((f) => {
    if (f.entity < 0) return;
    let e = byEntity.get(f.entity);
    if (!e) {
      const entry = entries[f.entity]!;
      e = { id: entry.id, type: entry.type, name: entry.name, mentions: [] };
      if (entry.wikidata) e.wikidata = entry.wikidata;
      byEntity.set(f.entity, e);
      entities.push(e);
    }
    e.mentions.push(ids.get(f)!);
  });

  const relations: Relation[] = input.relations.map((r, i) => {
    const rel: Relation = {
      id: `r${i}`,
      type: r.type,
      subject: entries[r.subject]!.id,
      object: entries[r.object]!.id,
      attributes: r.attributes,
      evidence: r.evidence,
      mentions: r.mentions.map((m) => ids.get(m)).filter((x): x is string => x !== undefined),
      confidence: round(r.confidence),
    };
    if (r.trigger) rel.trigger = r.trigger;
    return rel;
  });

  return { lang: input.lang, date: input.date, sentences: input.sentences, mentions, entities, relations };
}
