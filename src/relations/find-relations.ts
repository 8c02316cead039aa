/**
 * The relation stage (SPEC §5): position relations from titles, and the other
 * types from trigger words with their arguments in the same sentence.
 */
import type { CompiledLanguage } from "../lang/compile.js";
import { canonicalRole } from "../resolve/positions.js";
import type { Title } from "../resolve/titles.js";
import type { Found } from "../resolve/types.js";
import type { GazetteerEntry } from "../schema/gazetteer.js";
import { RELATION_TYPES, type RelationType, type Span } from "../schema/result.js";
import { BySentence } from "../text/by-sentence.js";
import { compileNow } from "../text/compile-now.js";
import { markArguments, markerWords, markLeaders, markPostpositions, markSources, type Argument, type MarkerWords } from "./arguments.js";
import { chooseArguments, standsFor, type ArgumentTests, type Chosen } from "./choose-arguments.js";
import { SYMMETRIC, type RelationInput, type SentenceContext } from "./context.js";
import { pairsOf } from "./pairs.js";
import { compileTriggers, findTriggers, lowerText, prepareDispatch, type CompiledTriggers, type Trigger } from "./triggers.js";
import type { FoundRelation } from "./types.js";

export type { RelationInput } from "./context.js";

const triggerCache = new WeakMap<CompiledLanguage, CompiledTriggers>();
/** A small number per relation type, for the keys that tell relations apart (types × entities² stays far below 2^53). */
const TYPE_INDEX: ReadonlyMap<RelationType, number> = new Map(RELATION_TYPES.map((type, i) => [type, i]));

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
    // No one meets, cooperates with, writes to or visits the country or party they hold an office of ("Xi … partnership of Beijing").
    if (WITH_OTHERS.has(r.type) && (holdsOffice(input.entries[r.subject]!, input.entries[r.object]!) || holdsOffice(input.entries[r.object]!, input.entries[r.subject]!))) return;
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
    // A language's first document: machine code for its alternation now, for text like this one
    // (see compileNow). From its second on, the search runs at the tokens that start like a
    // trigger, with a sticky copy that gets its machine code the same way (see prepareDispatch).
    if (firstOfLanguage) compileNow(compiled.regex, lower);
    else if (compiled.dispatch === undefined) {
      const dispatch = prepareDispatch(compiled);
      if (dispatch) compileNow(dispatch.sticky, lower);
    }
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

/** Relations between a person and others: never with the country or party of the person's own office. */
const WITH_OTHERS = new Set<RelationType>(["meeting", "cooperation", "message", "visit"]);

/** Whether `person` holds or held an office of `other` (a position `of` it, at any date). */
function holdsOffice(person: GazetteerEntry, other: GazetteerEntry): boolean {
  const positions = person.positions;
  if (positions === undefined) return false;
  for (let k = 0; k < positions.length; k++) if (positions[k]!.of === other.id) return true;
  return false;
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
  const search: boolean[] = [];
  for (let s = from; s < to; s++) {
    const mentions = pass.mentions.of(s);
    const own: Found[] = [];
    for (const m of mentions) if (m.entity >= 0 && m.type !== "date") own.push(m);
    here.push(mentions);
    entities.push(own);
    // No entity in this sentence or any before it: nothing to relate.
    pass.seen ||= own.length > 0;
    search.push(pass.seen && mayRelate(own, input.sentences[s]!, input.folded, words));
  }
  // The trigger search for the block's sentences in a row: its RegExp's machine code and the loop above do not take turns in the instruction cache.
  for (let s = from; s < to; s++) {
    const sentence = input.sentences[s]!;
    triggers.push(search[s - from] ? findTriggers(pass.compiled, input.text, sentence.start, sentence.end, pass.lower, input.tokens) : NO_TRIGGERS);
  }
  const planned = input.language.pack?.syntax?.planned;
  if (planned) for (let i = 0; i < triggers.length; i++) if (triggers[i]!.length > 0) triggers[i] = withoutPlans(triggers[i]!, input.text, planned);
  for (let i = 0; i < triggers.length; i++) if (triggers[i]!.length > 0) triggers[i] = outsideNames(triggers[i]!, here[i]!);
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
    const marked = markArguments(entities[i]!, titled, input.tokens, words, input.text);
    markLeaders(marked, input.folded, words, input.language.and);
    markSources(marked, input.folded, words);
    if (input.language.pack?.syntax?.postpositions) markPostpositions(marked, titled, input.folded, input.tokens, input.language, words);
    titles.push(titled);
    args.push(marked);
  }
  // Every trigger of the block with its sentence's context (which takes the entities of the
  // last sentence before it that had any), then each step for all of them in turn: the
  // argument choice, the pairs, the relations. Trigger by trigger, the three steps' code
  // (~40 KB of machine code with what it calls) pushed one another out of the instruction cache.
  const jobs: TriggerJob[] = [];
  for (let i = 0; i < to - from; i++) {
    if (triggers[i]!.length > 0) {
      const context = sentenceContext(input, titles[i]!, input.sentences[from + i]!, from + i, args[i]!, here[i]!, pass.previous, words);
      for (const trigger of triggers[i]!) jobs.push({ trigger, ctx: context });
    }
    if (entities[i]!.length > 0) pass.previous = entities[i]!;
  }
  // In text order: a trigger after "and" takes the subjects of the one before it (`ctx.lastSubjects`).
  const chosen: (Chosen & ArgumentTests)[] = [];
  for (const job of jobs) chosen.push(chooseArguments(job.trigger, job.ctx));
  const pairs: [Found, Found][][] = [];
  for (let k = 0; k < jobs.length; k++) pairs.push(pairsOf(jobs[k]!.trigger, jobs[k]!.ctx, chosen[k]!));
  for (let k = 0; k < jobs.length; k++) for (const r of relationsOf(jobs[k]!.trigger, jobs[k]!.ctx, pairs[k]!)) pass.add(r);
}

/**
 * The triggers that are not words of a name: "sodelovanje" in "Šanghajske organizacije za
 * sodelovanje", "cooperazione" in a treaty's title, name no act of cooperation.
 */
function outsideNames(triggers: readonly Trigger[], mentions: readonly Found[]): readonly Trigger[] {
  let inside = false;
  for (const t of triggers) if (withinName(t, mentions)) inside = true;
  return inside ? triggers.filter((t) => !withinName(t, mentions)) : triggers;
}

function withinName(t: Trigger, mentions: readonly Found[]): boolean {
  for (const m of mentions) if (m.entity >= 0 && m.form === "name" && m.start <= t.start && t.end <= m.end) return true;
  return false;
}

/** The triggers not followed by a word of plan or intention ("訪問する意向", "방문할 예정": see SyntaxData.planned). */
function withoutPlans(triggers: readonly Trigger[], text: string, planned: { endings: string[]; words: string[] }): readonly Trigger[] {
  const out: Trigger[] = [];
  for (const t of triggers) {
    let at = t.end;
    for (const e of planned.endings) {
      if (text.startsWith(e, at)) {
        at += e.length;
        break;
      }
    }
    while (at < text.length && (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0xa0)) at++;
    let plan = false;
    for (const w of planned.words) if (text.startsWith(w, at)) plan = true;
    if (!plan) out.push(t);
  }
  return out.length === triggers.length ? triggers : out;
}

/** A trigger and its sentence's context. */
interface TriggerJob {
  trigger: Trigger;
  ctx: SentenceContext;
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
  let bySentence: BySentence<Found> | undefined;
  for (const title of input.titles) {
    const person = title.person.entity;
    // A counterpart is no office ("his North Korean counterpart Choe Son Hui").
    if (person < 0 || title.role.role === "counterpart") continue;
    const role = canonicalRole(title.role.role);
    let of = title.of ? title.of.entity : -1;
    if (of >= 0) {
      const capital = input.capitalOf(of);
      if (capital >= 0) of = capital;
      // A country with a title the gazetteer knows the person holds elsewhere: "北朝鮮の金正恩総書記" is
      // the party's general secretary, not the country's. Then as if the title named no organisation.
      if (input.entries[of]!.type === "country") {
        const country = input.entries[of]!.id;
        const known = (input.entries[person]!.positions ?? []).filter((p) => canonicalRole(p.role) === role);
        if (known.length > 0 && !known.some((p) => p.of === country)) of = -1;
      }
    }
    if (of < 0) {
      // The title names no organisation: the gazetteer knows whose office it is, when the
      // sentence names it too ("Kim Jong Un … the DPRK's foreign minister Choe"). A bare title
      // alone ("시 주석은", "习近平总书记") states no organisation: no relation.
      const known = (input.entries[person]!.positions ?? []).filter((p) => canonicalRole(p.role) === role).map((p) => p.of);
      const distinct = [...new Set(known)];
      if (distinct.length === 1) of = input.indexOf(distinct[0]!);
      if (of >= 0 && !namedIn((bySentence ??= new BySentence(input.mentions, (m) => m.sentence, input.sentences.length)).of(title.role.sentence), of)) of = -1;
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

/** Whether one of the mentions is of the entity (its capital does not count: "평양" names the city, not the country's office). */
function namedIn(mentions: readonly Found[], entity: number): boolean {
  for (let k = 0; k < mentions.length; k++) if (mentions[k]!.entity === entity) return true;
  return false;
}

/** The mentions of countries named for their leaders ("the leaders of X"); none in most sentences, and then no set. */
function leadersOf(args: Argument[]): Set<Found> | null {
  let out: Set<Found> | null = null;
  for (const a of args) if (a.leaders) (out ??= new Set()).add(a.found);
  return out;
}

/** The relations of a trigger's [subject, object] pairs: the entities they stand for, the trigger's attributes, the evidence. */
function relationsOf(trigger: Trigger, ctx: SentenceContext, pairs: [Found, Found][]): FoundRelation[] {
  const { input, args } = ctx;
  const type = trigger.type;
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
  const out: Found[] = [];
  for (const m of ctx.here) {
    if (m.form !== "date" || m.value === undefined || !DAY.test(m.value)) continue;
    if (m.start - ctx.sentence.start < 50 && DATELINE_END.test(text.slice(m.end, m.end + 4))) continue;
    out.push(m);
  }
  return out;
}

/** A date value that names a day, with or without a year. */
const DAY = /^\d{4}-\d{2}-\d{2}$|^--\d{2}-\d{2}$/;
/** What follows a dateline's date: "(KCNA)", a dash. */
const DATELINE_END = /^\s*(?:\(|[—–]|-\s)/;

function attributesOf(trigger: Trigger, ctx: SentenceContext, subject: Found, object: Found): FoundRelation["attributes"] {
  const attrs: FoundRelation["attributes"] = {};
  if (trigger.kind) attrs.kind = trigger.kind;
  const type = trigger.type;
  if (type === "meeting" || type === "visit" || type === "attendance" || type === "message" || type === "cooperation") {
    // The day nearest the trigger, not a dateline's ("Pyongyang, 4 settembre (KCNA) — …").
    let date: Found | undefined;
    let nearest = 0;
    for (const m of (ctx.days ??= daysOf(ctx))) {
      const distance = m.end <= trigger.start ? trigger.start - m.end : m.start - trigger.end;
      if (!date || distance < nearest) {
        date = m;
        nearest = distance;
      }
    }
    if (date) attrs.date = date.value!;
  }
  if (type === "meeting" || type === "attendance" || type === "cooperation") {
    for (const a of ctx.args) {
      if (a.marker === "in" && a.found.type === "place" && a.found !== subject && a.found !== object) {
        attrs.place = ctx.input.entries[a.found.entity]!.id;
        break;
      }
    }
  }
  return attrs;
}
