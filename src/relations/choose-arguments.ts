/**
 * The subjects and objects of one trigger among its sentence's arguments: word order
 * in spaced languages (the nearest actor before, the partner, recipient or destination
 * after), particles in verb-final ones (./clauses.ts).
 *
 * Written as loops in small functions, not `filter`/`findLast`/`some` with arrow
 * functions in one: V8 inlines each such call with its callback, and the one function
 * they were in compiled to ~49 KB of machine code, more than the CPU's 32 KB instruction
 * cache, which every trigger then read again (bench/RESULTS.md).
 */
import type { Found } from "../resolve/types.js";
import type { EntityType, RelationType } from "../schema/result.js";
import { tableMap } from "../table-map.js";
import { wordsBetween } from "../text/chars.js";
import type { Argument } from "./arguments.js";
import { agentAfter, closedRelativeClauses, coordinated, firstFrom, lastWordBefore, relativeAntecedent, verbFinalArguments } from "./clauses.js";
import { SYMMETRIC, type RelationInput, type SentenceContext } from "./context.js";
import type { Trigger } from "./triggers.js";

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

/** The entity an argument stands for: a capital stands for its country in interactions, "the leaders of X" for X's leader. */
export function standsFor(arg: Found, type: RelationType, input: RelationInput, leaders?: Set<Found> | null): number {
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

/** A trigger's arguments; `subjects` is what `fits` reads while the objects are chosen. */
export interface Chosen {
  subjects: Argument[];
  objects: Argument[];
}

/** The tests of one trigger's arguments. */
export interface ArgumentTests {
  /** Can be a subject: an actor, not a place the trigger happens in, standing for an entity. */
  isActor: (a: Argument) => boolean;
  /** Can be the object: of a type the relation takes, not a subject already. */
  fits: (a: Argument) => boolean;
}

/**
 * The tests for a trigger of `type`; `fits` reads `chosen.subjects` when it is called.
 * @example argumentTests("visit", input, chosen).fits(<Pyongyang>) // true
 */
export function argumentTests(type: RelationType, input: RelationInput, chosen: Chosen): ArgumentTests {
  // A place never makes a visit: "Харбін, де завершує свій державний візит" has Putin, not Harbin, as its visitor.
  const isActor = (a: Argument) => ACTORS.has(a.found.type) && a.marker !== "in" && !(type === "visit" && a.found.type === "place") && standsFor(a.found, type, input) >= 0;
  const allowed = OBJECTS.get(type)!;
  const fits = (a: Argument) => allowed.has(a.found.type) && !chosen.subjects.includes(a) && (type === "visit" || isActor(a) || !ACTORS.has(a.found.type));
  return { isActor, fits };
}

/** The arguments of a sentence that can be a subject or object (not a title's organisation, a quoted source or a date), found once per sentence. */
export function usableOf(ctx: SentenceContext): Argument[] {
  if (ctx.usable) return ctx.usable;
  const out: Argument[] = [];
  for (const a of ctx.args) if (!a.inTitle && !a.source && a.found.form !== "date") out.push(a);
  return (ctx.usable = out);
}

/**
 * The subjects and objects of `trigger` among its sentence's usable arguments. Its subjects
 * become the sentence's `lastSubjects`, which a trigger after "and" takes: call it for the
 * triggers of a sentence in text order.
 * @example chooseArguments(<met>, ctx) // { subjects: [<Xi>], objects: [<Kim>], … } in "Xi met Kim"
 */
export function chooseArguments(trigger: Trigger, ctx: SentenceContext): Chosen & ArgumentTests {
  const usable = usableOf(ctx);
  const before: Argument[] = [];
  const after: Argument[] = [];
  let within: Argument | undefined;
  for (const a of usable) {
    if (a.found.end <= trigger.start) before.push(a);
    else if (a.found.start >= trigger.end) after.push(a);
    else if (a.found.start >= trigger.start && a.found.end <= trigger.end) within ??= a;
  }
  const chosen: Chosen = { subjects: [], objects: [] };
  const tests = argumentTests(trigger.type, ctx.input, chosen);
  if (ctx.input.language.pack?.syntax?.verbFinal) {
    const found = verbFinalArguments(trigger, before, tests.isActor, tests.fits, ctx.input);
    chosen.subjects = found.subjects;
    chosen.objects = found.objects;
    // The object written on the verb itself: "訪朝" (visit + North Korea), "방중" (the same in one Korean word).
    const attached = within ?? (after[0] && after[0].found.start === trigger.end ? after[0] : undefined);
    if (chosen.objects.length === 0 && attached && tests.fits(attached)) chosen.objects = [attached];
  } else {
    chosen.subjects = subjectsOf(trigger, ctx, before, after, tests.isActor);
    chosen.objects = objectsOf(trigger, ctx, chosen.subjects, before, after, usable, tests.fits);
    // A message "from" someone has them as its sender.
    if (trigger.type === "message") {
      const from = firstMarked(usable, "from", tests.isActor);
      if (from && !chosen.subjects.includes(from)) chosen.subjects = [from];
    }
    if (ctx.input.language.pack?.syntax?.titleAgrees && DIRECTED.has(trigger.type)) objectFirst(trigger, chosen, before, after, tests, ctx.input.text);
    if ((trigger.type === "attendance" || trigger.type === "visit") && chosen.subjects.length > 0 && chosen.objects.length > 0) {
      const companions = companionsOf(trigger, ctx, tests.isActor, chosen);
      if (companions.length > 0) chosen.subjects = [...chosen.subjects, ...companions];
    }
  }
  if (trigger.type === "attendance" && chosen.objects.length > 0) {
    const listed = attendeesListed(chosen.objects[chosen.objects.length - 1]!, ctx, tests.isActor);
    if (listed) chosen.subjects = listed;
  }
  if (trigger.type === "attendance" && chosen.subjects.length === 0) {
    // "Přehlídky se zúčastnilo více než dvacet lídrů, mezi nimi i Robert Fico": the event before, those among them after.
    const among = amongAfter(trigger, ctx, tests.isActor);
    if (among.length > 0) {
      chosen.subjects = among;
      if (chosen.objects.length === 0) {
        const event = lastEventBefore(before, tests.fits) ?? lastEventOf(trigger, ctx);
        if (event) chosen.objects = [event];
      }
    }
  }
  const lastSubjects: Found[] = [];
  for (const a of chosen.subjects) lastSubjects.push(a.found);
  ctx.lastSubjects = lastSubjects;
  return { subjects: chosen.subjects, objects: chosen.objects, isActor: tests.isActor, fits: tests.fits };
}

/** Relation types with a direction whose subject a case ending can tell from the object. */
const DIRECTED = new Set<RelationType>(["message", "praise", "support"]);

/**
 * Object first, subject after the verb, as case languages write it: "Putinu je čestitao i Kim Jong-un"
 * (Putin, dative, was congratulated by Kim, nominative). A name chosen as the subject before the
 * trigger that carries a case ending gives way to the first unmarked actor after the trigger, in
 * the same clause (no comma between) and written in its base form (the nominative), and becomes
 * the object. Adjectives say nothing of the role by their ending ("britské kampani"). A subject
 * in its base form with no object gets the inflected name right before it ("Putinu je Xi čestitao").
 */
function objectFirst(trigger: Trigger, chosen: Chosen, before: Argument[], after: Argument[], tests: ArgumentTests, text: string): void {
  const first = chosen.subjects.length === 1 ? chosen.subjects[0]! : undefined;
  if (!first || first.found.form === "adjective" || first.found.end > trigger.start || first.marker !== "none") return;
  if (!first.found.ending) {
    if (chosen.objects.length === 0) objectBeforeSubject(trigger, chosen, first, before, tests, text);
    return;
  }
  let nominative: Argument | undefined;
  for (let k = 0; k < after.length && !nominative; k++) {
    const a = after[k]!;
    if (/[,;:.!?]/.test(text.slice(trigger.end, a.start))) return;
    if (a.marker === "none" && a.found.form !== "adjective" && !a.inTitle && tests.isActor(a) && inBaseForm(a.found, text)) nominative = a;
  }
  if (!nominative) return;
  chosen.subjects = [nominative];
  chosen.objects = tests.fits(first) ? [first] : [];
}

/**
 * "Putinu je Xi Jinping čestitao": the subject in its base form right before the verb, the object
 * (a name with a case ending) before the subject, in the same clause.
 */
function objectBeforeSubject(trigger: Trigger, chosen: Chosen, subject: Argument, before: Argument[], tests: ArgumentTests, text: string): void {
  if (!inBaseForm(subject.found, text)) return;
  const k = before.indexOf(subject);
  const object = k > 0 ? before[k - 1]! : undefined;
  if (!object || object.marker !== "none" || !object.found.ending || object.found.form === "adjective" || object.inTitle) return;
  if (/[,;:.!?]/.test(text.slice(object.found.end, trigger.start))) return;
  if (tests.fits(object)) chosen.objects = [object];
}

/** The mention is written as its base form: the whole name, not only its last word ("Evropské unie" is not "Evropská unie"). */
function inBaseForm(m: Found, text: string): boolean {
  return m.base !== undefined && text.slice(m.start, m.end).toLowerCase() === m.base.toLowerCase();
}

/** Subject: the agent after a noun trigger, or the nearest unmarked actor before the trigger, and those coordinated with it. */
function subjectsOf(trigger: Trigger, ctx: SentenceContext, before: Argument[], after: Argument[], isActor: (a: Argument) => boolean): Argument[] {
  const { input } = ctx;
  if (trigger.agent === "after") {
    const agent = agentAfter(trigger, after, ctx);
    if (agent && isActor(agent)) return coordinated(agent, after, input, isActor);
    // Case languages: a capitalised genitive right after the noun that names no entity is its agent, unknown here ("wizyty Kanadyjczyka w Paryżu").
    if (input.language.pack?.syntax?.titleAgrees && unknownAgentAfter(trigger, ctx, after)) return [];
  }
  // A verb coordinated with the one before it shares its subject: in "Kim thanked Xi and praised China", Xi is not the one praising.
  if (ctx.lastSubjects && input.language.and.has(lastWordBefore(input.folded, trigger.start))) return ofMentions(before, ctx.lastSubjects);
  // "… würdigte er …": the pronoun is the subject, not a name before the verb ("des Kremls").
  if (pronounSubject(trigger, ctx)) {
    const antecedent = firstPersonBefore(ctx);
    return antecedent ? [antecedent] : [];
  }
  if (input.language.pack?.syntax?.clausesShareSubject) {
    // The trigger's clause names its subject, or shares the one of the clause (the trigger) before it.
    const from = clauseStart(input.folded, ctx.sentence.start, trigger.start);
    const own: Argument[] = [];
    for (const a of before) if (a.found.start >= from) own.push(a);
    const inClause = nearestActor(trigger, ctx, own, isActor);
    if (inClause) return coordinated(inClause, before, input, isActor);
    if (from > ctx.sentence.start && ctx.lastSubjects && ctx.lastSubjects.length > 0) {
      const shared = ofMentions(before, ctx.lastSubjects);
      if (shared.length > 0) return shared;
    }
  }
  const nearest = relativeAntecedent(trigger, before, ctx, isActor) ?? nearestActor(trigger, ctx, before, isActor);
  if (nearest) return coordinated(nearest, before, input, isActor);
  const inverted = input.language.pack?.syntax?.titleAgrees ? subjectAfterVerb(trigger, ctx, after, isActor) : undefined;
  return inverted ? coordinated(inverted, after, input, isActor) : [];
}

/**
 * The people named right after a `together` phrase, between the subject and the trigger or past
 * the trigger in its sentence: "Ким Чен Ын вместе с Си Цзиньпином посетил …", "asistió … al
 * desfile …, junto al mandatario ruso, Vladímir Putin" (a title and one comma between at most).
 */
function companionsOf(trigger: Trigger, ctx: SentenceContext, isActor: (a: Argument) => boolean, chosen: Chosen): Argument[] {
  const together = ctx.words.together;
  if (!together) return [];
  const folded = ctx.input.folded;
  const subjectEnd = chosen.subjects[chosen.subjects.length - 1]!.found.end;
  const start = subjectEnd < trigger.start ? subjectEnd : trigger.end;
  // Searched in the sentence only: a search on to the document's end for every trigger was quadratic in a long text.
  const clause = folded.slice(start, ctx.sentence.end);
  together.lastIndex = 0;
  const m = together.exec(clause);
  if (!m || /[;:]/.test(clause.slice(0, m.index))) return [];
  const from = start + m.index + m[0].length;
  const usable = usableOf(ctx);
  for (const a of usable) {
    if (a.found.start < from) continue;
    const gap = folded.slice(from, a.found.start);
    if (/[;:.!?]/.test(gap) || (gap.match(/,/g)?.length ?? 0) > 1 || wordsBetween(folded, from, a.found.start).length > 4) return [];
    if (a.found.type !== "person") continue;
    if (!isActor(a) || chosen.subjects.includes(a) || chosen.objects.includes(a)) return [];
    return coordinated(a, usable, ctx.input, isActor).filter((c) => c.found.type === "person" && !chosen.subjects.includes(c) && !chosen.objects.includes(c));
  }
  return [];
}

/**
 * The people listed after an `attendeesAfter` phrase right after the attended event, to the end of the
 * sentence ("参加今年红场阅兵的还有巴西总统卢拉、塞尔维亚总统武契奇、斯洛伐克总理菲佐等"): they attended, not
 * the subject of the sentence before. Undefined when the phrase does not follow the event.
 */
function attendeesListed(event: Argument, ctx: SentenceContext, isActor: (a: Argument) => boolean): Argument[] | undefined {
  const folded = ctx.input.folded;
  const at = event.found.end;
  const phrase = ctx.words.attendeesAfter.find((p) => folded.startsWith(p, at));
  if (!phrase) return undefined;
  const out: Argument[] = [];
  for (const a of usableOf(ctx)) if (a.found.start >= at + phrase.length && a.found.type === "person" && isActor(a)) out.push(a);
  return out;
}

/** The people named after an `among` phrase past the trigger, in its sentence. */
function amongAfter(trigger: Trigger, ctx: SentenceContext, isActor: (a: Argument) => boolean): Argument[] {
  const among = ctx.words.among;
  if (!among) return [];
  const clause = ctx.input.folded.slice(trigger.end, ctx.sentence.end);
  const m = among.exec(clause);
  if (!m || /[;:]/.test(clause.slice(0, m.index))) return [];
  const from = trigger.end + m.index + m[0].length;
  const out: Argument[] = [];
  for (const a of usableOf(ctx)) if (a.found.start >= from && a.found.type === "person" && isActor(a)) out.push(a);
  return out;
}

/** The last event before the trigger that fits as its object ("Paradě je prisustvovalo …"). */
function lastEventBefore(before: Argument[], fits: (a: Argument) => boolean): Argument | undefined {
  for (let k = before.length - 1; k >= 0; k--) if (before[k]!.found.type === "event" && fits(before[k]!)) return before[k];
  return undefined;
}

/** A mention of a sentence before as an argument of this one: unmarked, no title, no source. */
function fromOtherSentence(m: Found): Argument {
  return { found: m, marker: "none", start: m.start, inTitle: false, leaders: false, source: false };
}

/** How many sentences back `lastEventOf` reads: a window, so that a long document costs the same per trigger. */
const EVENT_WINDOW = 10;

/**
 * The event a bare noun before the trigger refers back to: the last linked event of the sentences
 * before whose last word begins as that noun does ("… vojenskou přehlídku. … Přehlídky se zúčastnilo …",
 * "војне параде … Паради је присуствовало"), as an argument of this one. Five letters at least.
 */
function lastEventOf(trigger: Trigger, ctx: SentenceContext): Argument | undefined {
  const folded = ctx.input.folded;
  const stems = new Set<string>();
  for (const w of wordsBetween(folded, ctx.sentence.start, trigger.start)) if (w.length >= 5) stems.add(w.slice(0, 5));
  if (stems.size === 0) return undefined;
  const mentions = ctx.input.mentions;
  for (let k = firstFrom(mentions, ctx.sentence.start) - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (m.sentence < ctx.index - EVENT_WINDOW) break;
    if (m.type !== "event" || m.entity < 0) continue;
    const words = wordsBetween(folded, m.start, m.end);
    const last = words[words.length - 1] ?? "";
    if (last.length >= 5 && stems.has(last.slice(0, 5))) return fromOtherSentence(m);
  }
  return undefined;
}

/** The word right after the trigger is capitalised and no mention starts there. */
function unknownAgentAfter(trigger: Trigger, ctx: SentenceContext, after: Argument[]): boolean {
  const next = /^[^\S\n]+(\p{Lu})/u.exec(ctx.input.text.slice(trigger.end, trigger.end + 8));
  if (!next) return false;
  const at = trigger.end + next[0].length - next[1]!.length;
  return after.length === 0 || after[0]!.start !== at;
}

/** A subject pronoun of the language right after the trigger, or opening the sentence right before it. */
function pronounSubject(trigger: Trigger, ctx: SentenceContext): boolean {
  const set = ctx.words.subjectPronouns;
  if (set.size === 0) return false;
  const folded = ctx.input.folded;
  const next = /^\s+(\p{L}+)(?!\p{L})/u.exec(folded.slice(trigger.end, trigger.end + 24));
  if (next && set.has(next[1]!)) return true;
  const opening = wordsBetween(folded, ctx.sentence.start, trigger.start);
  return opening.length === 1 && set.has(opening[0]!);
}

/** The first person named in the sentence before, as an argument of this one (the antecedent of its pronoun subject). */
function firstPersonBefore(ctx: SentenceContext): Argument | undefined {
  for (const m of ctx.previous) {
    if (m.type === "person" && m.entity >= 0 && m.form !== "adjective") return fromOtherSentence(m);
  }
  return undefined;
}

/**
 * The subject after the verb, as case languages put it after an opening date ("V úterý jednal
 * Putin v Pekingu se Si Ťin-pchingem", "We wtorek przyjął Ławrowa Xi Jinping"): when the
 * sentence opens with a date, its preposition at most, and the trigger follows it (a reflexive
 * clitic between), the subject is the first actor after the trigger in the same clause that no
 * preposition governs and whose name carries no case ending (the nominative: "Putina",
 * "Ławrowa" are objects). Only there: a noun trigger ("Po rozmowach Putin …", "Jednání mezi
 * EU a Indií") or a subject left out ("Wcześniej rozmawiał ze swoją odpowiedniczką Choe Son Hui")
 * has a name after it that is no subject.
 */
function subjectAfterVerb(trigger: Trigger, ctx: SentenceContext, after: Argument[], isActor: (a: Argument) => boolean): Argument | undefined {
  if (!opensWithDate(trigger, ctx)) return undefined;
  for (const a of after) {
    if (/[,;:.!?]/.test(ctx.input.text.slice(trigger.end, a.start))) return undefined;
    if (a.marker === "none" && a.found.form !== "adjective" && !a.inTitle && isActor(a) && !a.found.ending) return a;
  }
  return undefined;
}

/** Clitics that may stand between an opening date and the verb, folded: reflexives ("V úterý se setkal", "W czwartek się spotkał") and auxiliaries ("U srijedu je primio", "V sredo sta se"). */
const CLITICS = new Set(["se", "sie", "sa", "si", "je", "sta", "so"]);

/** The sentence is a date (after one word at most) and then the trigger, clitics aside. */
function opensWithDate(trigger: Trigger, ctx: SentenceContext): boolean {
  const date = ctx.here.find((m) => m.type === "date" && m.end <= trigger.start);
  if (!date) return false;
  const folded = ctx.input.folded;
  if (wordsBetween(folded, ctx.sentence.start, date.start).length > 1) return false;
  for (const w of wordsBetween(folded, date.end, trigger.start)) if (w !== "" && !CLITICS.has(w)) return false;
  return true;
}

/** Where the clause of a trigger at `at` starts: after the last comma or semicolon before it in the sentence. */
function clauseStart(folded: string, sentenceStart: number, at: number): number {
  for (let i = at - 1; i >= sentenceStart; i--) {
    const c = folded.charCodeAt(i);
    if (c === 0x2c || c === 0x3b || c === 0xff0c || c === 0xff1b) return i + 1;
  }
  return sentenceStart;
}

/** An actor right after a pivot verb ("请李强转达": Li is asked) is no subject. */
function afterPivot(a: Argument, ctx: SentenceContext): boolean {
  const pivots = ctx.input.language.pack?.syntax?.pivots;
  if (!pivots) return false;
  for (const p of pivots) if (ctx.input.folded.endsWith(p, a.start)) return true;
  return false;
}

/** The last actor before the trigger that no marker but "from" governs, outside relative clauses closed before the trigger. */
function nearestActor(trigger: Trigger, ctx: SentenceContext, before: Argument[], isActor: (a: Argument) => boolean): Argument | undefined {
  const inserted = closedRelativeClauses(trigger, ctx);
  for (let k = before.length - 1; k >= 0; k--) {
    const a = before[k]!;
    if ((a.marker === "none" || a.marker === "from") && isActor(a) && !inside(a, inserted) && !afterPivot(a, ctx)) return a;
  }
  return undefined;
}

function inside(a: Argument, spans: [number, number][]): boolean {
  for (let k = 0; k < spans.length; k++) if (a.found.start >= spans[k]![0] && a.found.end <= spans[k]![1]) return true;
  return false;
}

/** The arguments whose mentions are among `mentions`, in order. */
function ofMentions(args: Argument[], mentions: Found[]): Argument[] {
  const out: Argument[] = [];
  for (let k = 0; k < args.length; k++) if (mentions.includes(args[k]!.found)) out.push(args[k]!);
  return out;
}

/** The object of an SVO trigger, by relation type. */
function objectsOf(trigger: Trigger, ctx: SentenceContext, subjects: Argument[], before: Argument[], after: Argument[], usable: Argument[], fits: (a: Argument) => boolean): Argument[] {
  const type = trigger.type;
  if (SYMMETRIC.has(type)) return partnersOf(trigger, ctx, subjects, after, usable, fits);
  if (type === "message") {
    // The recipient: "to" someone after the trigger, else before it, else the first fitting mention after it.
    const to = firstMarked(after, "to", fits) ?? lastMarked(before, "to", fits);
    if (to) return [to];
    // Unmarked, the recipient comes before what was said: in "vzkázal voličům, že … Evropské unie" the union is in the message.
    for (let k = 0; k < after.length; k++) {
      if (saysBetween(ctx, trigger.end, after[k]!.start)) break;
      if (after[k]!.marker !== "from" && fits(after[k]!)) return [after[k]!];
    }
    return [];
  }
  if (type === "visit") {
    // A destination is named, not described: "visited the Friendship Tower, a memorial to Chinese soldiers" is no visit to China.
    // Nor the place left: "вылетел из Пхеньяна во Вьетнам".
    // Nor a place past someone else: in "Wizyta nastąpiła po szczycie Putina i Kima na kosmodromie" the cosmodrome is the summit's.
    for (let k = 0; k < after.length; k++) {
      const a = after[k]!;
      // (The person right after the noun is its genitive agent, not someone else: "Besuch eines chinesischen Regierungschefs in Nordkorea".)
      if (a.found.type === "person" && !subjects.includes(a) && !(k === 0 && wordsBetween(ctx.input.folded, trigger.end, a.start).length <= 1)) break;
      // Nor past a colon or semicolon: "следили за визитом: … призывали Москву" is another clause.
      if (/[:;]/.test(ctx.input.folded.slice(trigger.end, a.start))) break;
      if (a.found.form !== "adjective" && a.marker !== "from" && fits(a)) return [a];
    }
    // Chinese: else one marked "to" before it in its clause: "对朝鲜进行正式友好访问" (a visit to the DPRK).
    if (!ctx.input.language.pack?.syntax?.clausesShareSubject) return [];
    const to = lastMarked(before, "to", fits);
    if (to && to.found.form !== "adjective" && !/[,;，；]/.test(ctx.input.folded.slice(to.found.end, trigger.start))) return [to];
    return [];
  }
  for (let k = 0; k < after.length; k++) {
    // What is praised comes before what is said: in "захвалио је домаћину … и поручио да се пријатељство Пјонгјанга и Пекинга …" neither capital is thanked.
    if (type === "praise" && saysBetween(ctx, trigger.end, after[k]!.start)) break;
    if (!fits(after[k]!)) continue;
    const found = coordinated(after[k]!, after, ctx.input, fits);
    return ctx.input.language.pack?.syntax?.unspaced ? headOfCompound(found, after) : found;
  }
  return [];
}

/**
 * Unspaced (head-final) languages: a list of names written right before another name is its
 * modifier, not an object of its own. "出席纪念中国人民抗日战争暨世界反法西斯战争胜利80周年大会":
 * the wars name the anniversary, which is what was attended.
 */
function headOfCompound(objects: Argument[], after: Argument[]): Argument[] {
  const last = objects[objects.length - 1]!;
  const k = after.indexOf(last);
  const next = after[k + 1];
  return next && next.found.start === last.found.end && next.found.type === last.found.type ? [next] : objects;
}

/** The partner of a symmetric trigger ("met", "cooperation"). */
function partnersOf(trigger: Trigger, ctx: SentenceContext, subjects: Argument[], after: Argument[], usable: Argument[], fits: (a: Argument) => boolean): Argument[] {
  // The person right after a transitive trigger is its partner ("met Zhao Leji, …"), before any "with" later in the sentence.
  const next = after[0];
  if (next && next.marker === "none" && next.found.type === "person" && fits(next) && onlyDeterminers(ctx, trigger.end, next.start)) return [next];
  const withArg = partnerInClause(trigger, ctx, fits) ?? firstMarked(usable, "with", fits);
  if (withArg) return coordinated(withArg, usable, ctx.input, fits);
  // "Xi and Lee met …": two coordinated subjects meet each other, not a mention after the verb.
  if (subjects.length >= 2) return [];
  for (let k = 0; k < after.length; k++) if (after[k]!.marker === "none" && fits(after[k]!)) return [after[k]!];
  return [];
}

/**
 * Chinese: the partner marked "with" nearest before the trigger in its clause ("…访问平壤，同金正恩会面"),
 * not the first "with" of the sentence ("北京、莫斯科和平壤…": 和 is also "and").
 */
function partnerInClause(trigger: Trigger, ctx: SentenceContext, fits: (a: Argument) => boolean): Argument | undefined {
  if (!ctx.input.language.pack?.syntax?.clausesShareSubject) return undefined;
  const from = clauseStart(ctx.input.folded, ctx.sentence.start, trigger.start);
  const usable = usableOf(ctx);
  for (let k = usable.length - 1; k >= 0; k--) {
    const a = usable[k]!;
    if (a.found.end > trigger.start || a.found.start < from) continue;
    if (a.marker === "with" && fits(a)) return a;
  }
  return undefined;
}

/** Whether a word that opens a clause of what is said ("that", "že") stands between `from` and `to`. */
function saysBetween(ctx: SentenceContext, from: number, to: number): boolean {
  if (ctx.words.that.size === 0) return false;
  const words = wordsBetween(ctx.input.folded, from, to);
  for (let k = 0; k < words.length; k++) if (ctx.words.that.has(words[k]!)) return true;
  return false;
}

/** Whether the words between `from` and `to` are determiners at most. */
function onlyDeterminers(ctx: SentenceContext, from: number, to: number): boolean {
  const words = wordsBetween(ctx.input.folded, from, to);
  for (let k = 0; k < words.length; k++) if (words[k] !== "" && !ctx.words.determiners.has(words[k]!)) return false;
  return true;
}

/** The first argument with `marker` that passes `test`. */
function firstMarked(args: Argument[], marker: Argument["marker"], test: (a: Argument) => boolean): Argument | undefined {
  for (let k = 0; k < args.length; k++) if (args[k]!.marker === marker && test(args[k]!)) return args[k];
  return undefined;
}

/** The last argument with `marker` that passes `test`. */
function lastMarked(args: Argument[], marker: Argument["marker"], test: (a: Argument) => boolean): Argument | undefined {
  for (let k = args.length - 1; k >= 0; k--) if (args[k]!.marker === marker && test(args[k]!)) return args[k];
  return undefined;
}
