/**
 * The relation stage (SPEC §5): position relations from titles, and the other
 * types from trigger words with their arguments in the same sentence.
 */
import type { CompiledLanguage } from "../lang/compile.js";
import { canonicalRole } from "../resolve/positions.js";
import type { Title } from "../resolve/titles.js";
import type { Found } from "../resolve/types.js";
import { RelationTypeSchema, type EntityType, type RelationType, type Span } from "../schema/result.js";
import { tableMap } from "../table-map.js";
import { BySentence } from "../text/by-sentence.js";
import { wordsBetween } from "../text/chars.js";
import { compileNow } from "../text/compile-now.js";
import { markArguments, markerWords, markLeaders, markPostpositions, markSources, type Argument, type MarkerWords } from "./arguments.js";
import { agentAfter, closedRelativeClauses, coordinated, lastTwoNamed, lastWordBefore, mainClauseSubject, phraseBefore, relativeAntecedent, verbFinalArguments } from "./clauses.js";
import { SYMMETRIC, type RelationInput, type SentenceContext } from "./context.js";
import { compileTriggers, findTriggers, lowerText, type CompiledTriggers, type Trigger } from "./triggers.js";
import type { FoundRelation } from "./types.js";

export type { RelationInput } from "./context.js";

const ACTORS = new Set<EntityType>(["person", "country", "party", "organization", "place"]);
/** Types an object may have, by relation type. */
const OBJECTS_OF: Record<RelationType, Set<EntityType>> = {
  meeting: ACTORS,
  message: ACTORS,
  position: ACTORS,
  attendance: new Set(["event"]),
  support: new Set(["person", "country", "party", "organization", "place", "policy"]),
  cooperation: ACTORS,
  praise: new Set(["person", "country", "party", "organization", "place", "policy", "event"]),
  visit: new Set(["place", "country"]),
};
const OBJECTS = tableMap(OBJECTS_OF);

const triggerCache = new WeakMap<CompiledLanguage, CompiledTriggers>();
/** A small number per relation type, for the keys that tell relations apart (types × entities² stays far below 2^53). */
const TYPE_INDEX: ReadonlyMap<RelationType, number> = new Map(RelationTypeSchema.options.map((type, i) => [type, i]));

/**
 * All relations of the text.
 * @example findRelations(input) // [{ type: "meeting", subject: 0, object: 1, … }]
 */
export function findRelations(input: RelationInput): FoundRelation[] {
  const out: FoundRelation[] = [];
  // The first relation of each type, subject and object in a sentence is kept: one number
  // per relation in a set per sentence (a string key built and hashed for every candidate was ~1 % of extract).
  const keysBySentence = new Map<number, Set<number>>();
  const entities = input.entries.length;
  const add = (r: FoundRelation) => {
    if (r.subject === r.object) return;
    if (SYMMETRIC.has(r.type) && input.entries[r.subject]!.id > input.entries[r.object]!.id) {
      const subject = r.subject;
      r.subject = r.object;
      r.object = subject;
      r.mentions.reverse();
    }
    const key = (TYPE_INDEX.get(r.type)! * entities + r.subject) * entities + r.object;
    let keys = keysBySentence.get(r.evidence.sentence);
    if (!keys) keysBySentence.set(r.evidence.sentence, (keys = new Set()));
    if (keys.has(key)) return;
    keys.add(key);
    out.push(r);
  };
  for (const r of positionRelations(input)) add(r);

  let compiled = triggerCache.get(input.language);
  const firstOfLanguage = compiled === undefined;
  if (!compiled) {
    compiled = compileTriggers(input.language.pack);
    triggerCache.set(input.language, compiled);
  }
  if (compiled.regex) {
    const lower = lowerText(input.text);
    // A language's first document: machine code for its alternation now, for text like this one (see compileNow).
    if (firstOfLanguage) compileNow(compiled.regex, lower);
    const pass: RelationPass = {
      input,
      compiled,
      lower,
      words: markerWords(input.language, input.folded),
      mentions: new BySentence(input.mentions, (m) => m.sentence, input.sentences.length),
      titles: new BySentence(input.titles, (t) => t.person.sentence, input.sentences.length),
      seen: false,
      previous: [],
      add,
    };
    // A block of sentences at a time: a long document's per-sentence lists die young
    // instead of living, copied by every young-generation collection, to the stage's end.
    for (let from = 0; from < input.sentences.length; from += SENTENCE_BLOCK) relateSentences(pass, from, Math.min(input.sentences.length, from + SENTENCE_BLOCK));
  }
  return out.sort((a, b) => a.evidence.start - b.evidence.start || (a.trigger?.start ?? 0) - (b.trigger?.start ?? 0));
}

/** What the relation stage carries from one block of sentences to the next. */
interface RelationPass {
  input: RelationInput;
  compiled: CompiledTriggers;
  /** The text lowercased for the trigger search. */
  lower: string;
  words: MarkerWords;
  mentions: BySentence<Found>;
  titles: BySentence<Title>;
  /** An entity was mentioned in a sentence before. */
  seen: boolean;
  /** The entities of the last sentence that had any. */
  previous: Found[];
  add: (r: FoundRelation) => void;
}

/** Sentences a block: enough for each pass's code to run over many sentences in a row, few enough for their lists to die young. */
const SENTENCE_BLOCK = 128;

/**
 * The relations of sentences `from` to `to`, in three passes: triggers, then arguments,
 * then relations. Each stage's code runs over the sentences in a row instead of in turn
 * with the others, which pushed one another out of the instruction cache (the trigger
 * alternation alone is hundreds of kilobytes of machine code a language).
 * `npm run bench:counts`: L1 instruction misses -9.7 % for the triggers' pass, -6.6 % more
 * for the arguments', instructions the same.
 */
function relateSentences(pass: RelationPass, from: number, to: number): void {
  const { input, words } = pass;
  const here: Found[][] = [];
  const entities: Found[][] = [];
  const triggers: (readonly Trigger[])[] = [];
  for (let s = from; s < to; s++) {
    const mentions = pass.mentions.of(s);
    const own: Found[] = [];
    for (const m of mentions) if (m.entity >= 0 && m.type !== "date") own.push(m);
    here.push(mentions);
    entities.push(own);
    // No entity in this sentence or any before it: nothing to relate.
    pass.seen ||= own.length > 0;
    const sentence = input.sentences[s]!;
    triggers.push(pass.seen && mayRelate(own, sentence, input.folded, words) ? findTriggers(pass.compiled, input.text, sentence.start, sentence.end, pass.lower) : NO_TRIGGERS);
  }
  // The titles and arguments only of sentences with a trigger: no other sentence reads them.
  const titles: (Title[] | undefined)[] = [];
  const args: (Argument[] | undefined)[] = [];
  for (let i = 0; i < to - from; i++) {
    if (triggers[i]!.length === 0) {
      titles.push(undefined);
      args.push(undefined);
      continue;
    }
    const titled = pass.titles.of(from + i);
    const marked = markArguments(entities[i]!, titled, input.tokens, words);
    markLeaders(marked, input.folded, words, input.language.and);
    markSources(marked, input.folded, words);
    if (input.language.pack?.syntax?.postpositions) markPostpositions(marked, titled, input.folded, input.tokens, input.language, words);
    titles.push(titled);
    args.push(marked);
  }
  for (let i = 0; i < to - from; i++) {
    if (triggers[i]!.length > 0) {
      const context = sentenceContext(input, titles[i]!, input.sentences[from + i]!, from + i, args[i]!, here[i]!, pass.previous, words);
      for (const trigger of triggers[i]!) for (const r of relationsOf(trigger, context)) pass.add(r);
    }
    if (entities[i]!.length > 0) pass.previous = entities[i]!;
  }
}

/**
 * A sentence's context with every field present from the start, those found at first need
 * as undefined: one object shape for every sentence and language. Fields added later gave
 * each context a shape of its own, and the reads of `ctx.args`, `ctx.input`, `ctx.usable`…
 * in the relation code went through V8's megamorphic lookup.
 */
function sentenceContext(input: RelationInput, titles: Title[], sentence: Span, index: number, args: Argument[], here: Found[], previous: Found[], words: MarkerWords): SentenceContext {
  return { input, lastSubjects: null, titles, sentence, index, args, here, previous, words, relatives: undefined, reciprocalHere: undefined, leaders: undefined, usable: undefined, days: undefined };
}

/**
 * Whether a sentence after the first entity can state a relation at all. Without an entity
 * of its own a trigger has no argument, and only a symmetric trigger after "the two leaders"
 * or "both sides" relates the people or countries named last (`lastTwoNamed` in
 * `relationsOf`); such a sentence shows the words of those phrases. The trigger search
 * (the largest RegExp of a language) is not run on the others.
 */
function mayRelate(entities: Found[], sentence: Span, folded: string, words: MarkerWords): boolean {
  if (entities.length > 0) return true;
  return words.bothWords?.test(folded.slice(sentence.start, sentence.end)) ?? false;
}

/** The triggers of a sentence that follows no entity (shared, never changed). */
const NO_TRIGGERS: readonly Trigger[] = [];

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
      evidence: { start: sentence.start, end: sentence.end, sentence: title.role.sentence },
      trigger: { start: title.role.start, end: title.role.end, text: title.role.text },
      mentions: title.of ? [title.person, title.of] : [title.person],
      confidence: title.of ? 0.85 : 0.7,
    });
  }
  return out;
}

/** The mentions of countries named for their leaders ("the leaders of X"); none in most sentences, and then no set. */
function leadersOf(args: Argument[]): Set<Found> | null {
  let out: Set<Found> | null = null;
  for (const a of args) if (a.leaders) (out ??= new Set()).add(a.found);
  return out;
}

/** The entity an argument stands for: a capital stands for its country in interactions, "the leaders of X" for X's leader. */
function standsFor(arg: Found, type: RelationType, input: RelationInput, leaders?: Set<Found> | null): number {
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
  const usable = (ctx.usable ??= args.filter((a) => !a.inTitle && !a.source && a.found.form !== "date"));
  const before: Argument[] = [];
  const after: Argument[] = [];
  for (const a of usable) {
    if (a.found.end <= trigger.start) before.push(a);
    else if (a.found.start >= trigger.end) after.push(a);
  }
  const isActor = (a: Argument) => ACTORS.has(a.found.type) && a.marker !== "in" && standsFor(a.found, type, input) >= 0;

  // Subject: the nearest unmarked actor before the trigger, and those coordinated with it.
  let subjects: Argument[] = [];
  let objects: Argument[] = [];
  const allowed = OBJECTS.get(type)!;
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
      const nearest = antecedent ?? before.findLast((a) => isActor(a) && (a.marker === "none" || a.marker === "from") && outside(a));
      if (andBefore && ctx.lastSubjects) subjects = before.filter((a) => ctx.lastSubjects!.includes(a.found));
      else if (nearest) subjects = coordinated(nearest, before, input, isActor);
    }

    // Object.
    if (SYMMETRIC.has(type)) {
      // The person right after a transitive trigger is its partner ("met Zhao Leji, …"), before any "with" later in the sentence.
      const next = after[0];
      const adjacent = next && next.marker === "none" && next.found.type === "person" && fits(next) && wordsBetween(input.folded, trigger.end, next.start).every((w) => w === "" || ctx.words.determiners.has(w));
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
  } else if (objects.length === 0 && SYMMETRIC.has(type) && phraseBefore(ctx.words.bothLeaders, trigger, ctx)) {
    // "i due leader hanno confermato … la cooperazione": the last two people named.
    const two = lastTwoNamed(trigger, ctx);
    if (two) pairs.push(two);
  } else if (objects.length === 0 && SYMMETRIC.has(type) && subjects.length < 2 && phraseBefore(ctx.words.bothSides, trigger, ctx)) {
    // "Си призова двете страни да засилят координацията": the last two countries named.
    const two = lastTwoNamed(trigger, ctx, "country");
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

  const leaders = ctx.leaders === undefined ? (ctx.leaders = leadersOf(args)) : ctx.leaders;
  const out: FoundRelation[] = [];
  // Indexed, not `for (const [s, o] of pairs)`: the destructuring made an iterator and its results per pair.
  for (let p = 0; p < pairs.length; p++) {
    const s = pairs[p]![0];
    const o = pairs[p]![1];
    const subject = standsFor(s, type, input, leaders);
    const object = standsFor(o, type, input, leaders);
    if (subject < 0 || object < 0) continue;
    const sHere = s.sentence === ctx.index;
    const oHere = o.sentence === ctx.index;
    out.push({
      type,
      subject,
      object,
      attributes: attributesOf(trigger, ctx, s, o),
      evidence: { start: ctx.sentence.start, end: ctx.sentence.end, sentence: ctx.index },
      trigger: { start: trigger.start, end: trigger.end, text: trigger.text },
      mentions: sHere && oHere ? [s, o] : sHere ? [s] : oHere ? [o] : [],
      confidence: sHere ? 0.75 : 0.55,
    });
  }
  return out;
}

/** The sentence's dates that name a day (full or without a year), datelines left out: a relation's `date` is one of them. */
function daysOf(ctx: SentenceContext): Found[] {
  const text = ctx.input.text;
  return ctx.here.filter((m) => {
    if (m.form !== "date" || m.value === undefined || !/^\d{4}-\d{2}-\d{2}$|^--\d{2}-\d{2}$/.test(m.value)) return false;
    return !(m.start - ctx.sentence.start < 50 && /^\s*(?:\(|[—–]|-\s)/.test(text.slice(m.end, m.end + 4)));
  });
}

function hasReciprocal(ctx: SentenceContext, trigger: Trigger): boolean {
  if (!ctx.words.reciprocal) return false;
  // The window lies in the sentence: a sentence without a reciprocal word needs no look around each trigger.
  ctx.reciprocalHere ??= ctx.words.reciprocalWords!.test(ctx.input.folded.slice(ctx.sentence.start, ctx.sentence.end));
  if (!ctx.reciprocalHere) return false;
  const near = ctx.input.folded.slice(Math.max(ctx.sentence.start, trigger.start - 40), Math.min(ctx.sentence.end, trigger.end + 40));
  return ctx.words.reciprocal.test(near);
}

function attributesOf(trigger: Trigger, ctx: SentenceContext, subject: Found, object: Found): FoundRelation["attributes"] {
  const attrs: FoundRelation["attributes"] = {};
  if (trigger.kind) attrs.kind = trigger.kind;
  if (trigger.type === "meeting" || trigger.type === "visit" || trigger.type === "attendance" || trigger.type === "message" || trigger.type === "cooperation") {
    // The day nearest the trigger, not a dateline's ("Pyongyang, 4 settembre (KCNA) — …").
    const distance = (m: Found) => (m.end <= trigger.start ? trigger.start - m.end : m.start - trigger.end);
    let date: Found | undefined;
    for (const m of (ctx.days ??= daysOf(ctx))) if (!date || distance(m) < distance(date)) date = m;
    if (date) attrs.date = date.value!;
  }
  if (trigger.type === "meeting" || trigger.type === "attendance" || trigger.type === "cooperation") {
    const place = ctx.args.find((a) => a.marker === "in" && a.found.type === "place" && a.found !== subject && a.found !== object);
    if (place) attrs.place = ctx.input.entries[place.found.entity]!.id;
  }
  return attrs;
}
