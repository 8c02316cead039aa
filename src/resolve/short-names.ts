/**
 * Resolves short names ("Kim", "Си", "Putina") to entities from the document
 * (SPEC §4): which full names occur, how near, who is coordinated with whom,
 * who leads the visiting delegation. Ambiguity that remains gives entity -1.
 */
import { BySentence } from "../text/by-sentence.js";
import type { PositionIndex } from "./positions.js";
import { isLeader } from "./positions.js";
import type { Found } from "./types.js";

export interface ShortName {
  found: Found;
  /** Entities the short form can name. */
  candidates: number[];
  /** The short form is a common word of the language ("си"). */
  common: boolean;
}

export interface ShortNameContext {
  /** Mentions that name their entity in full (names, abbreviations), in text order. */
  full: Found[];
  /** All person mentions of the document, to find coordinations ("Xi und Kim"). */
  people: Found[];
  /** Entities that lead a delegation or visit in this document. */
  protagonists: Set<number>;
  /** Whether the text between two mentions is a coordination ("and", ","). */
  isCoordination: (a: Found, b: Found) => boolean;
  positions: PositionIndex;
  date: string | null;
}

/**
 * Chooses the entity of each short name, or -1 when the document does not tell.
 * @example resolveShortNames([{ found, candidates: [kimJongUn, kimSongNam] }], context)
 */
export function resolveShortNames(shorts: ShortName[], ctx: ShortNameContext): number[] {
  const fullBy = new Map<number, Found[]>();
  for (const f of ctx.full) {
    const list = fullBy.get(f.entity);
    if (list) list.push(f);
    else fullBy.set(f.entity, [f]);
  }
  // Grouped at the first short name that needs it (a Map of a long document's sentences lived to the end of the stage).
  let peopleBySentence: BySentence<Found> | undefined;
  return shorts.map(({ found, candidates, common }) => {
    const named = candidates.filter((c) => fullBy.has(c));
    if (named.length === 1) return named[0]!;
    if (named.length === 0) {
      if (common) return -1;
      if (candidates.length === 1) return candidates[0]!;
      // The head of state owns the bare surname when nobody else is named.
      const leaders = candidates.filter((c) => isLeader(ctx.positions, c, ctx.date));
      return leaders.length === 1 ? leaders[0]! : -1;
    }
    // By sentence + 1: people outside any sentence (-1) are grouped together too, as a Map keyed by sentence had them.
    peopleBySentence ??= new BySentence(ctx.people, (p) => p.sentence + 1, 2 + lastSentence(ctx.people));
    const partner = peopleBySentence.of(found.sentence + 1).find((p) => p !== found && p.entity >= 0 && ctx.isCoordination(p, found));
    const scored = named.map((c) => ({ c, score: score(found, c, fullBy.get(c)!, partner, ctx) })).sort((a, b) => b.score - a.score);
    if (scored[0]!.score - scored[1]!.score >= 0.5) return scored[0]!.c;
    // Too close to call: the one among them who leads a country on the document date ("Ким" after Kim Jong Un and, once, his late father).
    const close = scored.filter((x) => scored[0]!.score - x.score < 0.5 && isLeader(ctx.positions, x.c, ctx.date));
    return close.length === 1 ? close[0]!.c : -1;
  });
}

/** The highest sentence index of the mentions (-1 for none). */
function lastSentence(mentions: readonly Found[]): number {
  let last = -1;
  for (const m of mentions) if (m.sentence > last) last = m.sentence;
  return last;
}

/** Index of the last mention in `full` (text order) that starts before `start`, or -1. */
function lastBefore(full: Found[], start: number): number {
  let lo = 0;
  let hi = full.length - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (full[mid]!.start < start) {
      at = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return at;
}

function score(found: Found, candidate: number, full: Found[], partner: Found | undefined, ctx: ShortNameContext): number {
  let s = 0;
  // Named in full in the same sentence (just before or after it).
  const before = lastBefore(full, found.start);
  const after = full[before + 1];
  if ((before >= 0 && full[before]!.sentence === found.sentence) || (after && after.sentence === found.sentence)) s += 3;
  // Recency: the nearest full mention before it.
  if (before >= 0) s += 1 / (1 + found.sentence - full[before]!.sentence);
  s += 0.2 * Math.log(1 + full.length);
  if (ctx.protagonists.has(candidate)) s += 1.5;
  // Coordinated with a leader ("Xi and Kim"): the leader of the same rank.
  if (partner && isLeader(ctx.positions, partner.entity, ctx.date)) {
    s += isLeader(ctx.positions, candidate, ctx.date) ? 2.5 : -1;
  }
  return s;
}
