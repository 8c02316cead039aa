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
import { foldText } from "../text/chars.js";
import { tableMap } from "../table-map.js";
import { chooseByCountry } from "./by-country.js";
import { compoundWordMentions, keepCompoundAbbreviations } from "./compound-abbreviations.js";
import { findDescriptors } from "./descriptors.js";
import { aroundEvent } from "./event-window.js";
import { mergeByStart } from "./merge-by-start.js";
import { couldHold, type PositionIndex } from "./positions.js";
import { resolveShortNames, type ShortName } from "./short-names.js";
import { joinSplitRoles } from "./split-roles.js";
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
  /** The entity index of an id, or -1. */
  indexOf: (id: string) => number;
  /** The capital city of a country, or -1. */
  capitalCity: (country: number) => number;
  language: CompiledLanguage;
  date: string | null;
  /** WordClass bits of every token (the titles read `Linker`). */
  classes: Uint8Array;
}

export interface Resolved {
  /** Entity mentions (linked or not), in text order, not overlapping. */
  mentions: Found[];
  roles: RoleWord[];
  titles: Title[];
}

const CONFIDENCE_OF: Record<MentionForm, number> = { name: 0.95, abbreviation: 0.9, adjective: 0.85, short: 0.85, descriptor: 0.8, date: 0.9 };
const CONFIDENCE = tableMap(CONFIDENCE_OF);

/**
 * Resolves the matcher's names into mentions, titles and role words.
 * @example resolveMentions(input).mentions[0] // { entity: 0, form: "name", … }
 */
export function resolveMentions(input: ResolveInput): Resolved {
  const { names, entries, tokenSentence } = input;
  let roles: RoleWord[] = [];
  const found: Found[] = [];
  const pending: ShortName[] = [];
  /** Per pending name: the entity a full name falls back to when the document does not decide (-1 for short names). */
  const fallbacks: number[] = [];
  /** Every pending name's candidates and their bases, one name's after another's (flat: no object per name to live to the end of a long document). */
  const bases: CandidateBases = { entity: [], base: [], from: [0] };

  const particlesOutside = input.language.pack?.syntax?.attachedParticles === true;
  const unspaced = input.language.pack?.syntax?.unspaced === true;
  for (let n = 0; n < names.length; n++) {
    const match = names[n]!;
    const sentence = tokenSentence[match.firstToken]!;
    if (!match.records.some((r) => r.entity >= 0)) {
      const role = match.records.find((r) => r.kind === "role");
      if (role) {
        roles.push({ start: match.start, end: match.end, firstToken: match.firstToken, lastToken: match.lastToken, sentence, role: role.role!, text: input.text.slice(match.start, match.end), base: role.base });
      }
      continue;
    }
    let choice = chooseEntity(match, input.language.code, input.text);
    // "the military parade" names a dated event only in documents written around it: of two such events, the one of the document's days.
    if (choice.best.kind === "descriptor") {
      const around = choice.candidates.filter((c) => aroundEvent(entries[c.entity]!, input.date));
      if (around.length === 0) continue;
      if (around.length < choice.candidates.length) choice = { best: around[0]!.record, candidates: around };
    }
    const best = choice.best;
    const form = best.kind as MentionForm;
    // Without spaces, a one-character short name is a surname only before an honorific or a title ("金氏", "金総書記"); elsewhere it is a word ("資金", "金曜日").
    if (unspaced && form === "short" && match.end - match.start === 1 && !surnameStands(input.text, match.start, names[n + 1], input.language)) continue;
    // Another language's one-word name spelt like a common word of this one: Croatian "Kina" (China) opening a Czech sentence is "cinemas".
    if (form === "name" && best.lang !== input.language.code && best.lang !== "*" && match.lastToken - match.firstToken === 1 && input.language.commonWords.has(input.folded.slice(match.start, match.end))) continue;
    // A particle written on the name is not part of it ("중국을" → "중국", SPEC §4).
    const end = particlesOutside && match.ending ? match.end - match.ending.length : match.end;
    const f = makeFound(match.start, end, match.firstToken, match.lastToken, sentence, choice.candidates.length === 1 ? best.entity : -1, entries[best.entity]!.type, form, CONFIDENCE.get(form)!, best.base, undefined, match.ending);
    found.push(f);
    if (best.kind === "short" || choice.candidates.length > 1) {
      const key = input.folded.slice(match.start, match.end);
      const sameType = choice.candidates.every((c) => entries[c.entity]!.type === f.type);
      // A shared full name may be entries of different types ("Европа": the continent, the union): the choice gives the type.
      const candidates = sameType || best.kind !== "short" ? choice.candidates : choice.candidates.filter((c) => entries[c.entity]!.type === f.type);
      pending.push({ found: f, candidates: candidates.map((c) => c.entity), common: input.language.commonWords.has(key) });
      fallbacks.push(best.kind === "short" ? -1 : fallbackEntity(candidates, input.language.code, entries));
      for (const c of choice.candidates) {
        bases.entity.push(c.entity);
        bases.base.push(c.base);
      }
      bases.from.push(bases.entity.length);
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
  // A name that entries of different countries share ("Victory Day"): the one the text places, else none.
  const countryCache = {};
  const countryContext = { found, entries, indexOf: input.indexOf, capitalOf: input.capitalOf, date: input.date };
  pending.forEach((p, i) => {
    if (chosen[i]! >= 0 || fallbacks[i]! < 0) return;
    const byCountry = chooseByCountry(p.found, p.candidates, countryContext, countryCache);
    if (byCountry !== undefined) fallbacks[i] = byCountry;
  });
  const named = new Set(full.map((f) => f.entity));
  /** Mentions the document leaves ambiguous, with the entities they could be. */
  const open = new Map<Found, number[]>();
  pending.forEach((p, i) => {
    if (chosen[i]! < 0 && fallbacks[i]! < 0 && p.candidates.length > 1) open.set(p.found, p.candidates);
    p.found.entity = chosen[i]! >= 0 ? chosen[i]! : fallbacks[i]!;
    if (p.found.entity >= 0) {
      p.found.base = baseOf(bases, i, p.found.entity) ?? p.found.base;
      p.found.type = entries[p.found.entity]!.type;
    }
    if (p.found.entity < 0) p.found.confidence = 0.4;
    else if (p.found.form === "short" && !named.has(p.found.entity)) p.found.confidence = 0.7;
  });
  // An unlinked adjective or abbreviation says nothing; an unlinked name is kept (SPEC §4).
  const rules = input.language.pack?.syntax?.compoundAbbreviations;
  const compounds = compoundWordMentions(keepCompoundAbbreviations(found, input.text, rules, input.language.code), { text: input.text, tokens: input.tokens, tokenSentence, entries, lang: input.language.code }, rules);
  const kept = compounds.filter((f) => f.entity >= 0 || f.form === "short" || f.form === "name");

  roles = joinSplitRoles(roles, kept, input.tokens, input.text, input.language.pack);
  const titles = findTitles({ text: input.text, tokens: input.tokens, mentions: kept, roles, classes: input.classes, and: input.language.and, determiners: foldedWords(input.language, "determiners"), plausible: (person, role) => person < 0 || role === "counterpart" || couldHold(input.positions, person, role, input.date), titlesAfterName: input.language.pack?.syntax?.titlesAfterName, titleAgrees: input.language.pack?.syntax?.titleAgrees, holdsNoOfficeOf: (person, org) => holdsNoOfficeOf(input, person, org) });
  // A title's organisation the document leaves ambiguous ("Politbüro": the CPC's or the WPK's)
  // is the one the person is known to hold a post in.
  for (const t of titles) {
    const candidates = t.of && open.get(t.of);
    if (!candidates || t.person.entity < 0) continue;
    const held = new Set((entries[t.person.entity]!.positions ?? []).map((p) => p.of));
    const fits = candidates.filter((c) => held.has(entries[c]!.id));
    if (fits.length === 1) {
      t.of!.entity = fits[0]!;
      t.of!.confidence = 0.7;
      open.delete(t.of!);
    }
  }
  const descriptors = findDescriptors({
    text: input.text,
    tokens: input.tokens,
    mentions: kept,
    roles,
    titles,
    classes: input.classes,
    positions: input.positions,
    ids: input.ids,
    capitalOf: input.capitalOf,
    capitalCity: input.capitalCity,
    date: input.date,
    ownerBeforeLinker: input.language.pack?.syntax?.titlesAfterName,
    particlesOutside,
    locatives: foldedWords(input.language, "in"),
  });
  if (descriptors.length === 0) return { mentions: kept, roles, titles };
  const absorbed = new Set(descriptors.map((d) => d.absorbed));
  // The kept mentions are in text order already: the descriptors' are sorted and merged in, not the whole list sorted again.
  const added = descriptors.map((d) => d.found).sort((a, b) => a.start - b.start);
  return { mentions: mergeByStart(kept.filter((f) => !absorbed.has(f)), added), roles, titles };
}

/** The candidate entities of the pending names and their bases: name i's are at [from[i], from[i + 1]). */
interface CandidateBases {
  entity: number[];
  base: string[];
  from: number[];
}

/** The base pending name `i` has as `entity` (the last candidate's, as a Map of them would give it), if any. */
function baseOf(bases: CandidateBases, i: number, entity: number): string | undefined {
  let base: string | undefined;
  for (let k = bases.from[i]!; k < bases.from[i + 1]!; k++) if (bases.entity[k] === entity) base = bases.base[k];
  return base;
}

interface Candidate {
  entity: number;
  /** The record that gives the mention its form and base. */
  record: NameRecord;
  base: string;
  /** 2: a name of the document's language, 1: of any language ("*"), 0: of another language. */
  lang: number;
  verbatim: boolean;
}

/**
 * The entities a matched span can be, each with its best record, narrowed by rule:
 * names of the document's language over names of any language over foreign ones,
 * then names written exactly as in the text over inflected ones. `document` is the whole
 * text the match indexes.
 * @example chooseEntity(match, "pl", "… Unii …").best.base // "Unia" (not the alias "Unii", a form of it)
 */
export function chooseEntity(match: NameMatch, docLang: string, document: string): { best: NameRecord; candidates: Candidate[] } {
  // Most spans are one record: nothing to rank.
  const only = match.records.length === 1 ? match.records[0]! : undefined;
  if (only && only.entity >= 0) {
    const lang = only.lang === docLang ? 2 : only.lang === "*" ? 1 : 0;
    return { best: only, candidates: [{ entity: only.entity, record: only, base: only.base, lang, verbatim: match.verbatim[0] ?? false }] };
  }
  const text = document.slice(match.start, match.end);
  // The best record of each entity, in the order the entities first appear (as a Map keyed by entity kept them).
  const byEntity: RankedCandidate[] = [];
  // Where each entity sits in `byEntity`: searched along it for a few records, a Map for many (a name shared by hundreds of entries).
  const slots = match.records.length > 16 ? new Map<number, number>() : undefined;
  for (let i = 0; i < match.records.length; i++) {
    const r = match.records[i]!;
    if (r.entity < 0) continue;
    const verbatim = match.verbatim[i] ?? false;
    const c: RankedCandidate = {
      entity: r.entity,
      record: r,
      base: r.base,
      lang: r.lang === docLang ? 2 : r.lang === "*" ? 1 : 0,
      verbatim,
      underived: (match.derived[i] ?? false) ? 0 : 1,
      rank: formRank(r.kind),
      asWritten: r.base === text ? 1 : 0,
    };
    let k = -1;
    if (slots) k = slots.get(r.entity) ?? -1;
    else for (let j = 0; j < byEntity.length && k < 0; j++) if (byEntity[j]!.entity === r.entity) k = j;
    if (k < 0) {
      slots?.set(r.entity, byEntity.length);
      byEntity.push(c);
    } else if (outranks(c, byEntity[k]!)) byEntity[k] = c;
  }
  let topLang = -Infinity;
  for (const c of byEntity) if (c.lang > topLang) topLang = c.lang;
  let candidates: RankedCandidate[] = [];
  for (const c of byEntity) if (c.lang === topLang) candidates.push(c);
  if (candidates.some((c) => c.verbatim)) candidates = candidates.filter((c) => c.verbatim);
  let best = candidates[0]!;
  for (const c of candidates) if (c.rank > best.rank) best = c;
  return { best: best.record, candidates };
}

/** A candidate with what ranks it against another record of the same entity (see `outranks`). */
interface RankedCandidate extends Candidate {
  /** 1 unless the name is an inflected form of another of the span's names. */
  underived: number;
  rank: number;
  /** 1 if the name is written exactly as in the text. */
  asWritten: number;
}

/**
 * Ranks two records of one entity for a span (compared in this order, higher wins):
 * language (document's, "*", other), not an inflected form of another of its names,
 * written as in the text ("Kitajski" the adjective before a form of "Kitajska"), form
 * (name over abbreviation, adjective, descriptor, short), written exactly as in the
 * text, earlier in its list (the main name first). Fields compared one by one: a key
 * array per record was most of what a span of several records allocated.
 */
function outranks(a: RankedCandidate, b: RankedCandidate): boolean {
  if (a.lang !== b.lang) return a.lang > b.lang;
  if (a.underived !== b.underived) return a.underived > b.underived;
  if (a.verbatim !== b.verbatim) return a.verbatim;
  if (a.rank !== b.rank) return a.rank > b.rank;
  if (a.asWritten !== b.asWritten) return a.asWritten > b.asWritten;
  return a.record.order < b.record.order;
}

/** The form's rank: name 5, abbreviation 4, adjective 3, descriptor 2, short 1 (a chain of compares on interned strings, not a Map lookup). */
function formRank(kind: string): number {
  return kind === "name" ? 5 : kind === "abbreviation" ? 4 : kind === "adjective" ? 3 : kind === "descriptor" ? 2 : kind === "short" ? 1 : 0;
}

/**
 * When the document does not tell which entry a shared full name is: the entry whose
 * main name it is (first in its list), then the entry with more names in the
 * document's language, then the first entry.
 */
function fallbackEntity(candidates: Candidate[], docLang: string, entries: readonly GazetteerEntry[]): number {
  let best = -1;
  let bestCount = -1;
  let bestMain = false;
  for (const c of candidates) {
    const e = entries[c.entity]!;
    const count = (e.aliases[docLang]?.length ?? 0) + (e.aliases["*"]?.length ?? 0);
    const main = c.record.order === 0;
    if (best < 0 || (main && !bestMain) || (main === bestMain && (count > bestCount || (count === bestCount && c.entity < best)))) {
      bestMain = main;
      best = c.entity;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Whether a one-character surname at `at` stands as one in an unspaced text: not right after a
 * Han character, and before an honorific ("金氏") or a role word (`next`, the match after it: "金総書記").
 */
function surnameStands(text: string, at: number, next: NameMatch | undefined, language: CompiledLanguage): boolean {
  if (isHan(text.charCodeAt(at - 1))) return false;
  if (next && next.start === at + 1 && next.records.some((r) => r.kind === "role")) return true;
  const honorifics = language.pack?.honorifics ?? [];
  for (const h of honorifics) if (text.startsWith(h, at + 1)) return true;
  return false;
}

/** CJK unified ideographs (the basic block and extension A). */
function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
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

const wordSets = new WeakMap<CompiledLanguage, Map<"in" | "determiners", Set<string>>>();

/** The folded words of one of a language's word lists, made once: "in" ("w", "na", "в"), "determiners" ("the", "le", "der"). */
function foldedWords(language: CompiledLanguage, list: "in" | "determiners"): Set<string> {
  let lists = wordSets.get(language);
  if (!lists) wordSets.set(language, (lists = new Map()));
  let set = lists.get(list);
  if (!set) lists.set(list, (set = new Set((language.pack?.words?.[list] ?? []).map((w) => foldText(w)))));
  return set;
}

/** The gazetteer knows offices of `person`, and none is of the country `org` (or of the country it is the capital or seat of). */
function holdsNoOfficeOf(input: ResolveInput, person: number, org: number): boolean {
  if (person < 0 || org < 0) return false;
  const mine = input.positions.byEntity.get(person);
  if (!mine || mine.length === 0) return false;
  const country = input.capitalOf(org);
  const ids = [input.ids[org], country >= 0 ? input.ids[country] : undefined];
  return !mine.some((p) => ids.includes(p.of));
}
