/**
 * Who held an office on a date, from the gazetteer's `positions`.
 */
import type { GazetteerEntry } from "../schema/gazetteer.js";
import { tableMap } from "../table-map.js";

/** Roles that name the same office. */
const SAME_ROLE: ReadonlyMap<string, string> = tableMap({ "prime minister": "premier", "head of state": "president" });

/** The canonical form of a role. @example canonicalRole("prime minister") === "premier" */
export function canonicalRole(role: string): string {
  const r = role.toLowerCase();
  return SAME_ROLE.get(r) ?? r;
}

export interface PositionIndex {
  /** "role|of" → [entry index, from, to][] */
  holders: Map<string, { entity: number; from?: string; to?: string }[]>;
  /** entry index → roles it held (for "is this person a leader?") */
  byEntity: Map<number, { role: string; of: string; from?: string; to?: string }[]>;
}

/** Indexes the positions of all entries. */
export function buildPositionIndex(entries: readonly GazetteerEntry[]): PositionIndex {
  const holders: PositionIndex["holders"] = new Map();
  const byEntity: PositionIndex["byEntity"] = new Map();
  entries.forEach((entry, entity) => {
    for (const p of entry.positions ?? []) {
      const role = canonicalRole(p.role);
      const key = `${role}|${p.of}`;
      const list = holders.get(key) ?? [];
      list.push({ entity, from: p.from, to: p.to });
      holders.set(key, list);
      const mine = byEntity.get(entity) ?? [];
      mine.push({ role, of: p.of, from: p.from, to: p.to });
      byEntity.set(entity, mine);
    }
  });
  return { holders, byEntity };
}

function holds(p: { from?: string; to?: string }, date: string | null): boolean {
  if (date === null) return p.to === undefined;
  return (p.from === undefined || p.from <= date) && (p.to === undefined || date <= p.to);
}

/**
 * The one entity that held `role` of `of` on `date` (null date: the open-ended holder), or -1.
 * @example holderOf(index, "president", "china", "2025-09-05") // index of xi-jinping
 */
export function holderOf(index: PositionIndex, role: string, of: string, date: string | null): number {
  const list = index.holders.get(`${canonicalRole(role)}|${of}`);
  if (!list) return -1;
  const now = list.filter((p) => holds(p, date));
  const distinct = [...new Set(now.map((p) => p.entity))];
  return distinct.length === 1 ? distinct[0]! : -1;
}

/**
 * "The Russian minister": the one person among `mentioned` who held some minister's office of
 * `of` on `date` (a foreign, defence … minister), or -1 when none or several did.
 * @example ministerAmong(index, "russia", "2023-07-28", [shoigu, putin]) // shoigu
 */
export function ministerAmong(index: PositionIndex, of: string, date: string | null, mentioned: Iterable<number>): number {
  let found = -1;
  for (const entity of mentioned) {
    const mine = index.byEntity.get(entity);
    if (!mine?.some((p) => p.of === of && (p.role === "minister" || p.role.endsWith(" minister")) && holds(p, date))) continue;
    if (found >= 0 && found !== entity) return -1;
    found = entity;
  }
  return found;
}

/** True if the entity held a "leader" position (of anything) on the date. */
export function isLeader(index: PositionIndex, entity: number, date: string | null): boolean {
  return (index.byEntity.get(entity) ?? []).some((p) => p.role === "leader" && holds(p, date));
}

/**
 * True if the entity held `role` (of anything) on `date`, or has no known positions at all.
 * @example couldHold(index, kimJongIl, "leader", "2024-06-19") // false: he died in 2011
 */
export function couldHold(index: PositionIndex, entity: number, role: string, date: string | null): boolean {
  const mine = index.byEntity.get(entity);
  if (!mine || mine.length === 0) return true;
  const r = canonicalRole(role);
  return mine.some((p) => p.role === r && (date === null || holds(p, date)));
}
