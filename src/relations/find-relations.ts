/**
 * The relation stage (SPEC §5): position relations from titles, and the other
 * types from trigger words with their arguments in the same sentence.
 */
import type { CompiledLanguage } from "../lang/compile.js";
import { canonicalRole } from "../resolve/positions.js";
import type { Title } from "../resolve/titles.js";
import type { Found } from "../resolve/types.js";
import type { GazetteerEntry } from "../schema/gazetteer.js";
import type { EntityType, RelationType, Span } from "../schema/result.js";
import type { Tokens } from "../text/tokens.js";
import { markArguments, markerWords, markLeaders, markPostpositions, markSources, type Argument, type MarkerWords } from "./arguments.js";
import { compileTriggers, findTriggers, type CompiledTriggers, type Trigger } from "./triggers.js";
import type { FoundRelation } from "./types.js";

export interface RelationInput {
  text: string;
  folded: string;
  tokens: Tokens;
  sentences: Span[];
  /** Entity and date mentions in text order. */
  mentions: Found[];
  titles: Title[];
  entries: readonly GazetteerEntry[];
  capitalOf: (entity: number) => number;
  /** The index of an entry by id, or -1. */
  indexOf: (id: string) => number;
  /** The leader of a country on the document date, or -1. */
  leaderOf: (entity: number) => number;
  language: CompiledLanguage;
  date: string | null;
}

const SYMMETRIC = new Set<RelationType>(["meeting", "cooperation"]);
const ACTORS = new Set<EntityType>(["person", "country", "party", "organization", "place"]);
/** Types an object may have, by relation type. */
const OBJECTS: Record<RelationType, Set<EntityType>> = {
  meeting: ACTORS,
  message: ACTORS,
  position: ACTORS,
  attendance: new Set(["event"]),
  support: new Set(["person", "country", "party", "organization", "place", "policy"]),
  cooperation: ACTORS,
  praise: new Set(["person", "country", "party", "organization", "place", "policy", "event"]),
  visit: new Set(["place", "country"]),
};

const triggerCache = new WeakMap<CompiledLanguage, CompiledTriggers>();

/**
 * All relations of the text.
 * @example findRelations(input) // [{ type: "meeting", subject: 0, object: 1, … }]
 */
export function findRelations(input: RelationInput): FoundRelation[] {
  const out = new Map<string, FoundRelation>();
  const add = (r: FoundRelation) => {
    if (r.subject === r.object) return;
    if (SYMMETRIC.has(r.type) && input.entries[r.subject]!.id > input.entries[r.object]!.id) {
      [r.subject, r.object] = [r.object, r.subject];
      r.mentions.reverse();
    }
    const key = `${r.type}|${r.subject}|${r.object}|${r.evidence.sentence}`;
    if (!out.has(key)) out.set(key, r);
  };
  for (const r of positionRelations(input)) add(r);

  let compiled = triggerCache.get(input.language);
  if (!compiled) {
    compiled = compileTriggers(input.language.pack);
    triggerCache.set(input.language, compiled);
  }
  if (compiled.regex) {
    const words = markerWords(input.language);
    const bySentence = groupBySentence(input.mentions, input.sentences.length);
    const titlesBySentence: Title[][] = Array.from({ length: input.sentences.length }, () => []);
    for (const t of input.titles) titlesBySentence[t.person.sentence]?.push(t);
    let previous: Found[] = [];
    input.sentences.forEach((sentence, s) => {
      const here = bySentence[s]!;
      const entities = here.filter((m) => m.entity >= 0 && m.type !== "date");
      const triggers = entities.length > 0 || previous.length > 0 ? findTriggers(compiled!, input.text, sentence.start, sentence.end) : [];
      if (triggers.length > 0) {
        const args = markArguments(entities, titlesBySentence[s]!, input.tokens, words);
        markLeaders(args, input.folded, words, input.language.and);
        markSources(args, input.folded, words);
        if (input.language.pack?.syntax?.postpositions) markPostpositions(args, titlesBySentence[s]!, input.folded, input.tokens, input.language, words);
        const context: SentenceContext = { input, lastSubjects: null, titles: titlesBySentence[s]!, sentence, index: s, args, here, previous, words };
        for (const trigger of triggers) for (const r of relationsOf(trigger, context)) add(r);
      }
      if (entities.length > 0) previous = entities;
    });
  }
  return [...out.values()].sort((a, b) => a.evidence.start - b.evidence.start || (a.trigger?.start ?? 0) - (b.trigger?.start ?? 0));
}

function groupBySentence(mentions: Found[], count: number): Found[][] {
  const out: Found[][] = Array.from({ length: count }, () => []);
  for (const m of mentions) if (m.sentence >= 0 && m.sentence < count) out[m.sentence]!.push(m);
  return out;
}

/** Position relations: a person's title names a role and (usually) its organisation. */
function positionRelations(input: RelationInput): FoundRelation[] {
  const out: FoundRelation[] = [];
  for (const title of input.titles) {
    const person = title.person.entity;
    if (person < 0) continue;
    const role = canonicalRole(title.role.role);
    let of = title.of ? title.of.entity : -1;
    if (of >= 0) {
      const capital = input.capitalOf(of);
      if (capital >= 0) of = capital;
    } else {
      // The title names no organisation: the gazetteer knows whose office it is.
      const known = (input.entries[person]!.positions ?? []).filter((p) => canonicalRole(p.role) === role).map((p) => p.of);
      const distinct = [...new Set(known)];
      if (distinct.length === 1) of = input.indexOf(distinct[0]!);
    }
    if (of < 0) continue;
    const sentence = input.sentences[title.role.sentence];
    if (!sentence) continue;
    out.push({
      type: "position",
      subject: person,
      object: of,
      attributes: { role, roleText: title.role.text },
      evidence: { ...sentence, sentence: title.role.sentence },
      trigger: { start: title.role.start, end: title.role.end, text: title.role.text },
      mentions: title.of ? [title.person, title.of] : [title.person],
      confidence: title.of ? 0.85 : 0.7,
    });
  }
  return out;
}

interface SentenceContext {
  input: RelationInput;
  /** The subjects of the previous trigger in the sentence (null before the first). */
  lastSubjects: Found[] | null;
  titles: Title[];
  sentence: Span;
  index: number;
  args: Argument[];
  here: Found[];
  previous: Found[];
  words: MarkerWords;
}

/** The entity an argument stands for: a capital stands for its country in interactions, "the leaders of X" for X's leader. */
function standsFor(arg: Found, type: RelationType, input: RelationInput, leaders?: Set<Found>): number {
  if (leaders?.has(arg)) {
    const leader = input.leaderOf(arg.entity);
    if (leader >= 0) return leader;
  }
  if (type !== "visit" && arg.type === "place") {
    const country = input.capitalOf(arg.entity);
    return country >= 0 ? country : -1;
  }
  return arg.entity;
}

function relationsOf(trigger: Trigger, ctx: SentenceContext): FoundRelation[] {
  const { input, args } = ctx;
  const type = trigger.type;
  const usable = args.filter((a) => !a.inTitle && !a.source && a.found.form !== "date");
  const before = usable.filter((a) => a.found.end <= trigger.start);
  const after = usable.filter((a) => a.found.start >= trigger.end);
  const isActor = (a: Argument) => ACTORS.has(a.found.type) && a.marker !== "in" && standsFor(a.found, type, input) >= 0;

  // Subject: the nearest unmarked actor before the trigger, and those coordinated with it.
  let subjects: Argument[] = [];
  let objects: Argument[] = [];
  const allowed = OBJECTS[type];
  const fits = (a: Argument) => allowed.has(a.found.type) && !subjects.includes(a) && (type === "visit" || isActor(a) || !ACTORS.has(a.found.type));
  if (input.language.pack?.syntax?.verbFinal) {
    ({ subjects, objects } = verbFinalArguments(type, before, isActor, fits, input));
    // The object written on the verb itself: "訪朝" (visit + North Korea).
    const attached = after[0];
    if (objects.length === 0 && attached && attached.found.start === trigger.end && fits(attached)) objects = [attached];
  } else {
    const agent = trigger.agent === "after" ? agentAfter(trigger, after, ctx) : undefined;
    if (agent && isActor(agent)) subjects = coordinated(agent, after, input, isActor);
    else {
      const antecedent = relativeAntecedent(trigger, before, ctx, isActor);
      // A verb coordinated with the one before it shares its subject: in "Kim thanked Xi and praised China", Xi is not the one praising.
      const andBefore = ctx.input.language.and.has(lastWordBefore(ctx.input.folded, trigger.start));
      const inserted = closedRelativeClauses(trigger, ctx);
      const outside = (a: Argument) => !inserted.some(([from, to]) => a.found.start >= from && a.found.end <= to);
      const nearest = antecedent ?? [...before].reverse().find((a) => isActor(a) && (a.marker === "none" || a.marker === "from") && outside(a));
      if (andBefore && ctx.lastSubjects) subjects = before.filter((a) => ctx.lastSubjects!.includes(a.found));
      else if (nearest) subjects = coordinated(nearest, before, input, isActor);
    }

    // Object.
    if (SYMMETRIC.has(type)) {
      // The person right after a transitive trigger is its partner ("met Zhao Leji, …"), before any "with" later in the sentence.
      const next = after[0];
      const adjacent = next && next.marker === "none" && next.found.type === "person" && fits(next) && input.folded.slice(trigger.end, next.start).trim().split(/\s+/).every((w) => w === "" || ctx.words.determiners.has(w));
      const withs = adjacent ? [] : usable.filter((a) => a.marker === "with" && fits(a));
      // "Xi and Lee met …": two coordinated subjects meet each other, not a mention after the verb.
      objects = withs.length > 0 ? coordinated(withs[0]!, usable, input, fits) : adjacent ? [next] : subjects.length >= 2 ? [] : after.filter((a) => fits(a) && a.marker === "none").slice(0, 1);
    } else if (type === "message") {
      const tos = after.filter((a) => a.marker === "to" && fits(a));
      const toBefore = before.filter((a) => a.marker === "to" && fits(a));
      objects = tos.length > 0 ? [tos[0]!] : toBefore.length > 0 ? [toBefore[toBefore.length - 1]!] : after.filter((a) => fits(a) && a.marker !== "from").slice(0, 1);
      const from = usable.find((a) => a.marker === "from" && isActor(a));
      if (from && !subjects.includes(from)) subjects = [from];
    } else if (type === "visit") {
      // A destination is named, not described: "visited the Friendship Tower, a memorial to Chinese soldiers" is no visit to China.
      objects = after.filter((a) => fits(a) && a.found.form !== "adjective").slice(0, 1);
    } else {
      const first = after.find((a) => fits(a));
      objects = first ? coordinated(first, after, input, fits) : [];
    }
  }

  ctx.lastSubjects = subjects.map((a) => a.found);

  // Reciprocal ("support each other"): the subjects relate to one another.
  const reciprocal = hasReciprocal(ctx, trigger);
  const pairs: [Found, Found][] = [];
  if (reciprocal && subjects.length >= 2) {
    for (const a of subjects) for (const b of subjects) if (a !== b) pairs.push([a.found, b.found]);
  } else if (objects.length === 0 && SYMMETRIC.has(type) && subjects.length >= 2) {
    for (let i = 0; i < subjects.length; i++) for (let j = i + 1; j < subjects.length; j++) pairs.push([subjects[i]!.found, subjects[j]!.found]);
  } else if (objects.length === 0 && SYMMETRIC.has(type) && bothLeadersNear(trigger, ctx)) {
    // "i due leader hanno confermato … la cooperazione": the last two people named.
    const two = lastTwoPeople(trigger, ctx);
    if (two) pairs.push(two);
  } else {
    let subjectMentions = subjects.map((a) => a.found);
    if (subjectMentions.length === 0 && objects.length > 0) {
      // An opening participle clause ("Esprimendo il piacere di incontrare Putin, Kim …"): the subject follows its comma.
      const main = mainClauseSubject(trigger, objects, usable, ctx, isActor);
      if (main) subjectMentions = [main.found];
    }
    if (subjectMentions.length === 0 && objects.length > 0 && type !== "position") {
      // An elided subject: the first actor of the previous sentence.
      const topic = ctx.previous.find((m) => m.type === "person" && m.entity >= 0 && !objects.some((o) => o.found.entity === m.entity));
      if (topic) subjectMentions = [topic];
    }
    for (const s of subjectMentions) for (const o of objects) pairs.push([s, o.found]);
  }
  if (trigger.voice === "passive") for (const p of pairs) p.reverse();

  const leaders = new Set(args.filter((a) => a.leaders).map((a) => a.found));
  const out: FoundRelation[] = [];
  for (const [s, o] of pairs) {
    const subject = standsFor(s, type, input, leaders);
    const object = standsFor(o, type, input, leaders);
    if (subject < 0 || object < 0) continue;
    out.push({
      type,
      subject,
      object,
      attributes: attributesOf(trigger, ctx, [s, o]),
      evidence: { start: ctx.sentence.start, end: ctx.sentence.end, sentence: ctx.index },
      trigger: { start: trigger.start, end: trigger.end, text: trigger.text },
      mentions: [s, o].filter((m) => m.sentence === ctx.index),
      confidence: s.sentence === ctx.index ? 0.75 : 0.55,
    });
  }
  return out;
}

/**
 * Arguments in a verb-final clause (ko, ja), all before the trigger and marked by
 * their particles: the subject or topic ("은", "は"), the partner ("과", "と"), the
 * recipient or destination ("에게", "に"), the direct object ("을", "を").
 * "김정은 국무위원장은 시진핑 주석과 정상회담을 했다" → Kim with Xi.
 */
function verbFinalArguments(type: RelationType, before: Argument[], isActor: (a: Argument) => boolean, fits: (a: Argument) => boolean, input: RelationInput): { subjects: Argument[]; objects: Argument[] } {
  const nearest = (pred: (a: Argument) => boolean) => [...before].reverse().find(pred);
  const head = nearest((a) => a.case === "subject" && isActor(a)) ?? nearest((a) => isActor(a) && a.marker === "none" && a.case === undefined);
  const subjects = head ? coordinated(head, before, input, isActor) : [];
  const open = (a: Argument) => fits(a) && !subjects.includes(a);
  let object: Argument | undefined;
  if (SYMMETRIC.has(type)) object = nearest((a) => a.marker === "with" && open(a));
  else if (type === "message") object = nearest((a) => a.marker === "to" && open(a)) ?? nearest((a) => a.case === "object" && open(a));
  else if (type === "visit") object = nearest((a) => (a.marker === "to" || a.marker === "in" || a.case === "object") && open(a));
  else object = nearest((a) => a.case === "object" && open(a)) ?? nearest((a) => a.marker === "to" && open(a));
  return { subjects, objects: object ? coordinated(object, before, input, open) : [] };
}

/**
 * The subject of a trigger in a relative clause: "Li Qiangiem, który przebywał
 * w Pjongjangu", "Putin, Presidente della Federazione Russa, che ha partecipato".
 * The antecedent is the last actor before the comma, right before it or past
 * its own title or two words ("Chińska delegacja, która").
 */
function relativeAntecedent(trigger: Trigger, before: Argument[], ctx: SentenceContext, isActor: (a: Argument) => boolean): Argument | undefined {
  const re = ctx.words.relative;
  if (!re) return undefined;
  const folded = ctx.input.folded;
  let comma = -1;
  let pronounEnd = -1;
  for (const m of folded.slice(ctx.sentence.start, trigger.start).matchAll(re)) {
    comma = ctx.sentence.start + m.index!;
    pronounEnd = comma + m[0].length;
  }
  // The clause ends at the next comma; a mention inside it before the trigger is its own subject.
  if (comma < 0 || folded.slice(pronounEnd, trigger.start).includes(",") || before.some((a) => a.found.start >= pronounEnd)) return undefined;
  const candidates = before.filter((a) => a.found.end <= comma && isActor(a));
  const antecedent = candidates[candidates.length - 1];
  if (!antecedent) return undefined;
  const gap = folded.slice(antecedent.found.end, comma).trim();
  if (gap === "" || (!/[,;:()]/.test(gap) && gap.split(/\s+/).length <= 2)) return antecedent;
  const titleEnd = Math.max(-1, ...ctx.titles.filter((t) => t.person === antecedent.found).flatMap((t) => [t.role.end, ...t.chain.map((o) => o.end)]));
  return titleEnd >= 0 && folded.slice(titleEnd, comma).trim() === "" ? antecedent : undefined;
}

/** True if "the two leaders" stands in the trigger's sentence before it. */
function bothLeadersNear(trigger: Trigger, ctx: SentenceContext): boolean {
  return ctx.words.bothLeaders?.test(ctx.input.folded.slice(ctx.sentence.start, trigger.start)) ?? false;
}

/** The two distinct people named last before the trigger, in this sentence or the one before. */
function lastTwoPeople(trigger: Trigger, ctx: SentenceContext): [Found, Found] | null {
  const people = [...ctx.previous, ...ctx.here].filter((m) => m.type === "person" && m.entity >= 0 && m.end <= trigger.start);
  const out: Found[] = [];
  for (let i = people.length - 1; i >= 0 && out.length < 2; i--) if (!out.some((m) => m.entity === people[i]!.entity)) out.push(people[i]!);
  return out.length === 2 ? [out[1]!, out[0]!] : null;
}

/** The folded word right before `at` ("" at the start of the text). */
function lastWordBefore(folded: string, at: number): string {
  const m = /(\S+)\s*$/u.exec(folded.slice(Math.max(0, at - 30), at));
  return m ? m[1]! : "";
}

/**
 * Relative clauses closed before the trigger: ", who is also general secretary of
 * the CPC (CPC)," in "Xi, who …, arrived in Pyongyang". Their mentions are not the
 * subject of a trigger after them.
 */
function closedRelativeClauses(trigger: Trigger, ctx: SentenceContext): [number, number][] {
  const re = ctx.words.relative;
  if (!re) return [];
  const folded = ctx.input.folded;
  const out: [number, number][] = [];
  for (const m of folded.slice(ctx.sentence.start, trigger.start).matchAll(re)) {
    const from = ctx.sentence.start + m.index! + m[0].length;
    const close = folded.indexOf(",", from);
    if (close >= 0 && close < trigger.start) out.push([from, close]);
  }
  return out;
}

/** The subject right after the comma that closes an opening clause holding the trigger and its objects. */
function mainClauseSubject(trigger: Trigger, objects: Argument[], usable: Argument[], ctx: SentenceContext, isActor: (a: Argument) => boolean): Argument | undefined {
  const folded = ctx.input.folded;
  if (folded.slice(ctx.sentence.start, trigger.start).includes(",")) return undefined;
  const from = Math.max(trigger.end, ...objects.map((o) => o.found.end));
  const comma = folded.indexOf(",", from);
  if (comma < 0 || comma >= ctx.sentence.end) return undefined;
  const next = usable.find((a) => a.start > comma);
  return next && !objects.includes(next) && isActor(next) && next.marker === "none" && folded.slice(comma + 1, next.start).trim() === "" ? next : undefined;
}

/**
 * The genitive agent of a noun trigger: the first mention after it, right after
 * it ("spotkaniu Pak Thae Songa") or past at most three words ending with an
 * "of" word ("подкрепа и реакция на КНДР", "the participation of Kim").
 */
function agentAfter(trigger: Trigger, after: Argument[], ctx: SentenceContext): Argument | undefined {
  const first = after[0];
  if (!first) return undefined;
  const gap = ctx.input.folded.slice(trigger.end, first.start).trim();
  if (gap === "") return first.marker === "none" ? first : undefined;
  const words = gap.split(/\s+/);
  if (words.length > 4 || /[^\p{L}\p{M}\s'-]/u.test(gap)) return undefined;
  const last = words[words.length - 1]!;
  return ctx.words.of.has(last) && !words.slice(0, -1).some((w) => ctx.words.of.has(w) || ctx.words.with.has(w) || ctx.words.to.has(w)) ? first : undefined;
}

/**
 * The argument and the mentions joined to it by "and" or commas. A comma joins
 * only mentions of the same type (a list), "and" joins any two that `accept`
 * takes: "Xi, the CPC and Kim" is not one list of actors, "Li Qiang and Kim" is.
 */
function coordinated(head: Argument, pool: Argument[], input: RelationInput, accept: (a: Argument) => boolean): Argument[] {
  const sorted = [...pool].sort((a, b) => a.found.start - b.found.start);
  const i = sorted.indexOf(head);
  const group = [head];
  const joins = (a: Argument, b: Argument) => {
    if (!accept(a) || !accept(b)) return false;
    const gap = input.folded.slice(a.found.end, b.start).trim();
    if (gap === ",") return a.found.type === b.found.type;
    // "and", ", and", "e della" (an "and" before a repeated "of the").
    const words = gap.replace(/^,\s*/, "").split(/\s+/);
    const w = markerWords(input.language);
    return input.language.and.has(words[0]!) && words.slice(1).every((x) => w.of.has(x) || w.determiners.has(x));
  };
  for (let j = i - 1; j >= 0 && joins(sorted[j]!, sorted[j + 1]!); j--) if (sorted[j]!.marker === head.marker || sorted[j]!.marker === "none") group.unshift(sorted[j]!);
  for (let j = i + 1; j < sorted.length && joins(sorted[j - 1]!, sorted[j]!); j++) group.push(sorted[j]!);
  return group.filter((a) => !a.inTitle);
}

function hasReciprocal(ctx: SentenceContext, trigger: Trigger): boolean {
  if (!ctx.words.reciprocal) return false;
  const near = ctx.input.folded.slice(Math.max(ctx.sentence.start, trigger.start - 40), Math.min(ctx.sentence.end, trigger.end + 40));
  return ctx.words.reciprocal.test(near);
}

function attributesOf(trigger: Trigger, ctx: SentenceContext, used: Found[]): FoundRelation["attributes"] {
  const attrs: FoundRelation["attributes"] = {};
  if (trigger.kind) attrs.kind = trigger.kind;
  if (trigger.type === "meeting" || trigger.type === "visit" || trigger.type === "attendance" || trigger.type === "message" || trigger.type === "cooperation") {
    // The day nearest the trigger, not a dateline's ("Pyongyang, 4 settembre (KCNA) — …").
    const text = ctx.input.text;
    const distance = (m: Found) => (m.end <= trigger.start ? trigger.start - m.end : m.start - trigger.end);
    let date: Found | undefined;
    for (const m of ctx.here) {
      if (m.form !== "date" || m.value === undefined || !/^\d{4}-\d{2}-\d{2}$|^--\d{2}-\d{2}$/.test(m.value)) continue;
      if (m.start - ctx.sentence.start < 50 && /^\s*(?:\(|[—–]|-\s)/.test(text.slice(m.end, m.end + 4))) continue;
      if (!date || distance(m) < distance(date)) date = m;
    }
    if (date) attrs.date = date.value!;
  }
  if (trigger.type === "meeting" || trigger.type === "attendance" || trigger.type === "cooperation") {
    const place = ctx.args.find((a) => a.marker === "in" && a.found.type === "place" && !used.includes(a.found));
    if (place) attrs.place = ctx.input.entries[place.found.entity]!.id;
  }
  return attrs;
}
