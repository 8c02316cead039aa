/**
 * Precision, recall and F1 of an extraction against a gold annotation:
 * mentions (exact span and entity), document-level entities, and relations
 * (type, subject, object, and overlapping evidence).
 */
import type { Extraction } from "../../src/schema/result.js";
import type { GoldFile } from "./gold-schema.js";

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

/** P/R/F1 from counts; an empty gold and an empty prediction score 1. */
export function prf({ tp, fp, fn }: Counts): Scores {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

export interface Comparison {
  mentions: Counts;
  entities: Counts;
  relations: Counts;
  /** What differs, for the report. */
  missed: string[];
  spurious: string[];
}

/**
 * Compares one result with its gold file.
 * @example compare(extract(text), gold).mentions // { tp: 50, fp: 2, fn: 1 }
 */
export function compare(result: Extraction, gold: GoldFile): Comparison {
  const missed: string[] = [];
  const spurious: string[] = [];

  const key = (m: { start: number; end: number; entity: string | null }) => `${m.start}:${m.end}:${m.entity ?? "-"}`;
  const goldMentions = new Map(gold.mentions.map((m) => [key(m), m]));
  const predMentions = new Map(result.mentions.map((m) => [key(m), m]));
  let mtp = 0;
  for (const [k, m] of predMentions) {
    if (goldMentions.has(k)) mtp++;
    else spurious.push(`mention ${JSON.stringify(m.text)} [${m.start},${m.end}] ${m.entity ?? "null"} (${m.form})`);
  }
  for (const [k, m] of goldMentions) if (!predMentions.has(k)) missed.push(`mention ${JSON.stringify(m.text)} [${m.start},${m.end}] ${m.entity ?? "null"} (${m.form})`);

  const goldEntities = new Set(gold.mentions.map((m) => m.entity).filter((e): e is string => e !== null));
  const predEntities = new Set(result.entities.map((e) => e.id));
  let etp = 0;
  for (const e of predEntities) if (goldEntities.has(e)) etp++;
  for (const e of predEntities) if (!goldEntities.has(e)) spurious.push(`entity ${e}`);
  for (const e of goldEntities) if (!predEntities.has(e)) missed.push(`entity ${e}`);

  const used = new Set<number>();
  let rtp = 0;
  for (const r of result.relations) {
    const i = gold.relations.findIndex(
      (g, gi) =>
        !used.has(gi) &&
        g.type === r.type &&
        g.subject === r.subject &&
        g.object === r.object &&
        g.evidence.start < r.evidence.end &&
        r.evidence.start < g.evidence.end,
    );
    if (i >= 0) {
      used.add(i);
      rtp++;
    } else spurious.push(`relation ${r.type}(${r.subject} → ${r.object}) @${r.evidence.start} "${r.trigger?.text ?? ""}"`);
  }
  gold.relations.forEach((g, gi) => {
    if (!used.has(gi)) missed.push(`relation ${g.type}(${g.subject} → ${g.object}) @${g.evidence.start} "${g.trigger?.text ?? ""}"`);
  });

  return {
    mentions: { tp: mtp, fp: predMentions.size - mtp, fn: goldMentions.size - mtp },
    entities: { tp: etp, fp: predEntities.size - etp, fn: goldEntities.size - etp },
    relations: { tp: rtp, fp: result.relations.length - rtp, fn: gold.relations.length - rtp },
    missed,
    spurious,
  };
}
