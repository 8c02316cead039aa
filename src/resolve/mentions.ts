/**
 * The resolution stage: from the names the matcher found to entity mentions.
 * Chooses among entities sharing a name, trusts or resolves short names,
 * separates role words, finds titles, and composes descriptors.
 */
import type { CompiledLanguage } from "../lang/compile.js";
import type { NameMatch } from "../match/find-names.js";
import type { NameRecord } from "../match/vocabulary.js";
import type { GazetteerEntry } from "../schema/gazetteer.js";
import type { MentionForm } from "../schema/result.js";
import type { Tokens } from "../text/tokens.js";
import { findDescriptors } from "./descriptors.js";
import type { PositionIndex } from "./positions.js";
import { resolveShortNames, type ShortName } from "./short-names.js";
import { findTitles, type Title } from "./titles.js";
import { makeFound, type Found, type RoleWord } from "./types.js";

export interface ResolveInput {
  text: string;
  folded: string;
  tokens: Tokens;
  /** Sentence index of every token. */
  tokenSentence: Int32Array;
  names: NameMatch[];
  entries: readonly GazetteerEntry[];
  ids: readonly string[];
  positions: PositionIndex;
  capitalOf: (entity: number) => number;
  language: CompiledLanguage;
  date: string | null;
}

export interface Resolved {
  /** Entity mentions (linked or not), in text order, not overlapping. */
  mentions: Found[];
  roles: RoleWord[];
  titles: Title[];
}

const FORM_RANK: Record<string, number> = { name: 5, abbreviation: 4, adjective: 3, descriptor: 2, short: 1 };
const CONFIDENCE: Record<MentionForm, number> = { name: 0.95, abbreviation: 0.9, adjective: 0.85, short: 0.85, descriptor: 0.8, date: 0.9 };

/**
 * Resolves the matcher's names into mentions, titles and role words.
 * @example resolveMentions(input).mentions[0] // { entity: 0, form: "name", … }
 */
export function resolveMentions(input: ResolveInput): Resolved {
  const { names, entries, tokenSentence } = input;
  const roles: RoleWord[] = [];
  const found: Found[] = [];
  const pending: ShortName[] = [];

  for (const match of names) {
    const sentence = tokenSentence[match.firstToken]!;
    const entityRecords = match.records.filter((r) => r.entity >= 0);
    if (entityRecords.length === 0) {
      const role = match.records.find((r) => r.kind === "role");
      if (role) {
        roles.push({ start: match.start, end: match.end, firstToken: match.firstToken, lastToken: match.lastToken, sentence, role: role.role!, text: input.text.slice(match.start, match.end) });
      }
      continue;
    }
    const byEntity = bestRecordPerEntity(entityRecords);
    let best = entityRecords[0]!;
    for (const r of byEntity.values()) if (FORM_RANK[r.kind]! > FORM_RANK[best.kind]!) best = r;
    const form = best.kind as MentionForm;
    const f = makeFound(match.start, match.end, match.firstToken, match.lastToken, sentence, byEntity.size === 1 ? best.entity : -1, entries[best.entity]!.type, form, CONFIDENCE[form], best.base, undefined, match.ending);
    found.push(f);
    const candidates = [...byEntity.keys()];
    const sameType = candidates.every((c) => entries[c]!.type === f.type);
    if (best.kind === "short" || candidates.length > 1) {
      const key = input.folded.slice(match.start, match.end);
      pending.push({ found: f, candidates: sameType ? candidates : candidates.filter((c) => entries[c]!.type === f.type), common: input.language.commonWords.has(key) });
    }
  }

  const full = found.filter((f) => f.entity >= 0 && (f.form === "name" || f.form === "abbreviation"));
  const people = found.filter((f) => f.type === "person");
  const chosen = resolveShortNames(pending, {
    full,
    people,
    protagonists: findProtagonists(input, found),
    isCoordination: (a, b) => isCoordination(input, a, b),
    positions: input.positions,
    date: input.date,
  });
  const named = new Set(full.map((f) => f.entity));
  pending.forEach((p, i) => {
    p.found.entity = chosen[i]!;
    if (p.found.entity < 0) p.found.confidence = 0.4;
    else if (p.found.form === "short" && !named.has(p.found.entity)) p.found.confidence = 0.7;
  });
  // An unlinked adjective or abbreviation says nothing; an unlinked name is kept (SPEC §4).
  const kept = found.filter((f) => f.entity >= 0 || f.form === "short" || f.form === "name");

  const titles = findTitles({ text: input.text, tokens: input.tokens, mentions: kept, roles, linkers: input.language.linkers });
  const descriptors = findDescriptors({
    text: input.text,
    tokens: input.tokens,
    mentions: kept,
    roles,
    titles,
    linkers: input.language.linkers,
    positions: input.positions,
    ids: input.ids,
    capitalOf: input.capitalOf,
    date: input.date,
  });
  const absorbed = new Set(descriptors.map((d) => d.absorbed));
  const mentions = kept.filter((f) => !absorbed.has(f)).concat(descriptors.map((d) => d.found));
  mentions.sort((a, b) => a.start - b.start);
  return { mentions, roles, titles };
}

function bestRecordPerEntity(records: NameRecord[]): Map<number, NameRecord> {
  const out = new Map<number, NameRecord>();
  for (const r of records) {
    const prev = out.get(r.entity);
    if (!prev || FORM_RANK[r.kind]! > FORM_RANK[prev.kind]!) out.set(r.entity, r);
  }
  return out;
}

/** "A and B", "A, B", "A und B": only a conjunction or a comma between two mentions. */
function isCoordination(input: ResolveInput, a: Found, b: Found): boolean {
  const [x, y] = a.start < b.start ? [a, b] : [b, a];
  const gap = input.folded.slice(x.end, y.start).trim();
  return gap === "," || input.language.and.has(gap);
}

/** Entities named right after a "delegation led by" phrase: they own their bare surname. */
function findProtagonists(input: ResolveInput, found: Found[]): Set<number> {
  const out = new Set<number>();
  const re = input.language.delegation;
  if (!re) return out;
  for (const f of found) {
    if (f.type !== "person" || f.entity < 0 || f.form !== "name") continue;
    if (re.test(input.folded.slice(Math.max(0, f.start - 80), f.start))) out.add(f.entity);
  }
  return out;
}
