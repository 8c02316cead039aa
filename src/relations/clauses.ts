/**
 * Who the arguments of a trigger are when word order alone does not say: genitive
 * agents of nouns, relative and participle clauses, "the two leaders", lists
 * joined by "and" or commas, and verb-final clauses marked by particles.
 */
import type { Found } from "../resolve/types.js";
import type { RelationType } from "../schema/result.js";
import { foldText, isRegExpSpace, wordsBetween } from "../text/chars.js";
import { andJoins, markerWords, type Argument } from "./arguments.js";
import { SYMMETRIC, type RelationInput, type SentenceContext } from "./context.js";
import type { Trigger } from "./triggers.js";

/**
 * Arguments in a verb-final clause (ko, ja), all before the trigger and marked by
 * their particles: the subject or topic ("은", "は"), the partner ("과", "と"), the
 * recipient or destination ("에게", "に"), the direct object ("을", "を").
 * "김정은 국무위원장은 시진핑 주석과 정상회담을 했다" → Kim with Xi. A noun trigger right
 * after a genitive, or after a genitive and the trigger's object, has the genitive as its
 * agent ("시 주석의 평양 방문", Xi's visit to Pyongyang; "金氏の訪中"). A partner is in the
 * trigger's clause: "주애와 동행했으며, 회담을 마친 뒤" (accompanied by Ju Ae, and after the
 * talks) is no meeting with Ju Ae.
 * @example verbFinalArguments(<했다>, before, isActor, fits, input) // { subjects: [<김정은>], objects: [<시진핑>] }
 */
export function verbFinalArguments(trigger: Trigger, before: Argument[], isActor: (a: Argument) => boolean, fits: (a: Argument) => boolean, input: RelationInput): { subjects: Argument[]; objects: Argument[] } {
  const type = trigger.type;
  const agent = genitiveAgent(trigger, before, isActor, input.folded);
  if (agent) {
    const object = before.find((a) => a.found.start >= agent.caseEnd! && a !== agent && fits(a));
    return { subjects: [agent], objects: object ? [object] : [] };
  }
  const nearest = (pred: (a: Argument) => boolean) => before.findLast(pred);
  const unmarked = (a: Argument) => isActor(a) && a.marker === "none" && a.case === undefined;
  // Without a subject particle (a headline: "시진핑 주석 평양 도착"), a person or country before a place.
  const head = nearest((a) => a.case === "subject" && isActor(a)) ?? nearest((a) => unmarked(a) && a.found.type !== "place") ?? nearest(unmarked);
  const subjects = head ? coordinated(head, before, input, isActor) : [];
  // "…을 시 주석, 푸틴 대통령과 함께 참관했다": who watched together with the subject watched too.
  if (head && !SYMMETRIC.has(type)) {
    const partner = nearest((a) => a.marker === "with" && isActor(a) && a.found.start > head.found.end && together(a, input));
    if (partner) for (const a of coordinated(partner, before, input, isActor)) if (!subjects.includes(a)) subjects.push(a);
  }
  const open = (a: Argument) => fits(a) && !subjects.includes(a);
  // "북러 군사협력", "ロ朝首脳会談": a compound names both sides; a partner elsewhere in the sentence is not a third.
  if (SYMMETRIC.has(type) && subjects.length >= 2 && isCompound(subjects)) return { subjects, objects: [] };
  let object: Argument | undefined;
  // A partner "with" the subject, else the person received ("시 주석을 영접했다").
  if (SYMMETRIC.has(type)) {
    // Across a comma only when it is coordinated with the subject right after it: "プーチン氏と金氏は同日、平壌で会談し".
    const withSubject = (a: Argument) => head !== undefined && before[before.indexOf(a) + 1] === head;
    object = nearest((a) => a.marker === "with" && open(a) && (!hasComma(input.folded, a.found.end, trigger.start) || withSubject(a))) ?? nearest((a) => a.case === "object" && a.found.type === "person" && open(a));
    // A headline without particles: "김정은, 원산서 라브로프 러 외무장관 접견" (Kim received Lavrov): the
    // person before the comma and the unmarked person the trigger follows.
    if (!object && head && head.found.type === "person" && subjects.length === 1) object = headlineSubject(head, before, input.folded, open);
  }
  else if (type === "message") object = nearest((a) => a.marker === "to" && open(a)) ?? nearest((a) => a.case === "object" && open(a));
  // A destination marked as one, or unmarked right before the trigger ("평양 도착").
  else if (type === "visit") object = nearest((a) => (a.marker === "to" || a.marker === "in" || a.case === "object") && open(a)) ?? adjacentBefore(trigger, before, open, input.folded);
  // The object, else the one whose deed it is ("시 주석의 방북에 사의를 표했다": thanks to Xi for his visit).
  else object = nearest((a) => a.case === "object" && open(a)) ?? nearest((a) => a.case === "genitive" && isActor(a) && open(a)) ?? nearest((a) => a.marker === "to" && open(a));
  return { subjects, objects: object ? coordinated(object, before, input, open) : [] };
}

/** The unmarked person at the start of a headline, closed off by a comma (past a title), before `head`: "김정은 위원장, … 라브로프 … 접견". */
function headlineSubject(head: Argument, before: Argument[], folded: string, accept: (a: Argument) => boolean): Argument | undefined {
  const first = before[0];
  if (!first || first === head || first.found.type !== "person" || first.marker !== "none" || first.case !== undefined || !accept(first)) return undefined;
  const comma = folded.indexOf(",", first.found.end);
  return comma >= 0 && comma - first.found.end <= 12 && before[1]!.found.start > comma ? first : undefined;
}

/**
 * The genitive whose noun the trigger is: the last argument before the trigger marked as a
 * genitive, with nothing between its particle and the trigger but spaces and unmarked
 * arguments (the trigger's object: "평양" in "시 주석의 평양 방문").
 */
function genitiveAgent(trigger: Trigger, before: Argument[], isActor: (a: Argument) => boolean, folded: string): Argument | undefined {
  let k = before.length - 1;
  while (k >= 0 && before[k]!.case === undefined && before[k]!.marker === "none") k--;
  const agent = k >= 0 ? before[k]! : undefined;
  if (!agent || agent.case !== "genitive" || !isActor(agent)) return undefined;
  let at = agent.caseEnd!;
  for (let j = k + 1; j < before.length; j++) {
    const a = before[j]!;
    if (!isBlank(folded, at, a.found.start)) return undefined;
    at = a.found.end;
  }
  return isBlank(folded, at, trigger.start) ? agent : undefined;
}

function isBlank(folded: string, from: number, to: number): boolean {
  if (from > to) return false;
  for (let i = from; i < to; i++) if (!isRegExpSpace(folded.charCodeAt(i))) return false;
  return true;
}

/** The arguments are one compound of one-character abbreviations ("북러", "中朝"). */
function isCompound(args: Argument[]): boolean {
  for (let k = 0; k < args.length; k++) {
    const f = args[k]!.found;
    if (f.form !== "abbreviation" || f.end - f.start !== 1 || (k > 0 && args[k - 1]!.found.end !== f.start)) return false;
  }
  return true;
}

/** The unmarked argument right before the trigger, nothing but spaces between. */
function adjacentBefore(trigger: Trigger, before: Argument[], accept: (a: Argument) => boolean, folded: string): Argument | undefined {
  const last = before[before.length - 1];
  return last && last.marker === "none" && last.case === undefined && accept(last) && isBlank(folded, last.found.end, trigger.start) ? last : undefined;
}

/** A "together" word right after the argument's particle ("과 함께"). */
function together(a: Argument, input: RelationInput): boolean {
  const words = input.language.pack?.syntax?.together;
  if (!words || a.caseEnd === undefined) return false;
  let at = a.caseEnd;
  while (at < input.folded.length && isRegExpSpace(input.folded.charCodeAt(at))) at++;
  for (const w of words) if (input.folded.startsWith(w, at)) return true;
  return false;
}

/** A comma (or the ideographic "、") in folded[from, to). */
function hasComma(folded: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = folded.charCodeAt(i);
    if (c === 0x2c || c === 0x3001 || c === 0xff0c) return true;
  }
  return false;
}

/**
 * The subject of a trigger in a relative clause: "Li Qiangiem, który przebywał
 * w Pjongjangu", "Putin, Presidente della Federazione Russa, che ha partecipato".
 * The antecedent is the last actor before the comma, right before it or past
 * its own title or two words ("Chińska delegacja, która").
 * @example relativeAntecedent(<przebywał>, before, ctx, isActor) // <Li Qiangiem> in "Li Qiangiem, który przebywał"
 */
export function relativeAntecedent(trigger: Trigger, before: Argument[], ctx: SentenceContext, isActor: (a: Argument) => boolean): Argument | undefined {
  const folded = ctx.input.folded;
  let comma = -1;
  let pronounEnd = -1;
  for (const [from, to] of relativePronouns(ctx)) {
    if (to > trigger.start) break;
    comma = from;
    pronounEnd = to;
  }
  // The clause ends at the next comma; a mention inside it before the trigger is its own subject.
  if (comma < 0 || folded.slice(pronounEnd, trigger.start).includes(",") || before.some((a) => a.found.start >= pronounEnd)) return undefined;
  const candidates = before.filter((a) => a.found.end <= comma && isActor(a));
  const antecedent = candidates.at(-1);
  if (!antecedent) return undefined;
  const gap = folded.slice(antecedent.found.end, comma).trim();
  if (gap === "" || (!/[,;:()]/.test(gap) && wordsBetween(folded, antecedent.found.end, comma).length <= 2)) return antecedent;
  const titleEnd = Math.max(-1, ...ctx.titles.filter((t) => t.person === antecedent.found).flatMap((t) => [t.role.end, ...t.chain.map((o) => o.end)]));
  return titleEnd >= 0 && folded.slice(titleEnd, comma).trim() === "" ? antecedent : undefined;
}

/**
 * True if a phrase of the sentence before the trigger matches ("the two leaders", "both sides").
 * @example phraseBefore(ctx.words.bothLeaders, <confermato>, ctx) // true in "i due leader hanno confermato"
 */
export function phraseBefore(phrase: RegExp | null, trigger: Trigger, ctx: SentenceContext): boolean {
  return phrase?.test(ctx.input.folded.slice(ctx.sentence.start, trigger.start)) ?? false;
}

/**
 * True if the phrase follows the trigger, a word between at most ("встреча лидеров двух стран").
 * @example phraseAfter(ctx.words.bothLeadersAfter, <встреча>, ctx) // true in "третья встреча лидеров двух стран"
 */
export function phraseAfter(phrase: RegExp | null, trigger: Trigger, ctx: SentenceContext): boolean {
  return phrase?.test(ctx.input.folded.slice(trigger.end, ctx.sentence.end)) ?? false;
}

/**
 * The two distinct people (or countries) named last before the trigger, in this sentence or the one before.
 * `replaceOnce` false keeps the two named last even when a third was named more often (`bothMinisters`).
 * @example lastTwoNamed(trigger, ctx) // [<Kim Jong Un>, <Vladimir Putin>]
 */
export function lastTwoNamed(trigger: Trigger, ctx: SentenceContext, type: "person" | "country" = "person", replaceOnce = true): [Found, Found] | null {
  const people = [...ctx.previous, ...ctx.here].filter((m) => m.type === type && m.entity >= 0 && m.end <= trigger.start);
  const out: Found[] = [];
  for (let i = people.length - 1; i >= 0 && out.length < 2; i--) if (!out.some((m) => m.entity === people[i]!.entity)) out.push(people[i]!);
  // One person named there (the other a pronoun: "il s'était entretenu avec … Xi Jinping. Les deux dirigeants …"):
  // the protagonist of the sentences before. Not for countries: "the two sides" of a text on the EU and Britain
  // are not its most named country and the one just named.
  if (out.length === 1 && type === "person") {
    const other = protagonistBefore(trigger, ctx, out[0]!.entity);
    if (other) out.push(other);
  }
  if (out.length === 2 && type === "person" && replaceOnce) {
    // Of three people named lately, the two the article is about: in "Kim arrived …, two months after his summit
    // with Trump. The two leaders first met …" they are Kim and Putin, each named before, not Trump, named once.
    const third = thirdBefore(trigger, ctx, out);
    if (third) {
      const often = mentionsBefore(ctx, third.entity, trigger.start);
      // The one named once, when the third was named at least twice.
      const once = out.findIndex((m) => mentionsBefore(ctx, m.entity, trigger.start) === 1);
      if (once >= 0 && often >= 2) out[once] = third;
    }
  }
  return out.length === 2 ? [out[1]!, out[0]!] : null;
}

/** How many sentences back `protagonistBefore` and `mentionsBefore` read: a window, so that a long document costs the same per trigger. */
const PROTAGONIST_WINDOW = 20;

/**
 * Of the people named in the `PROTAGONIST_WINDOW` sentences before the trigger, other than
 * `except`, the one named most often (the latest of equals), as its latest mention.
 */
function protagonistBefore(trigger: Trigger, ctx: SentenceContext, except: number): Found | undefined {
  const mentions = ctx.input.mentions;
  const counts = new Map<number, { latest: Found; n: number }>();
  let best: { latest: Found; n: number } | undefined;
  for (let k = firstFrom(mentions, trigger.start) - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (m.sentence < ctx.index - PROTAGONIST_WINDOW) break;
    if (m.end > trigger.start || m.type !== "person" || m.entity < 0 || m.entity === except) continue;
    let c = counts.get(m.entity);
    if (!c) counts.set(m.entity, (c = { latest: m, n: 0 }));
    c.n++;
    if (!best || c.n > best.n) best = c;
  }
  return best?.latest;
}

/** The last person named before the two found, in the sentences just before the trigger's (at most five back). */
function thirdBefore(trigger: Trigger, ctx: SentenceContext, two: Found[]): Found | undefined {
  const mentions = ctx.input.mentions;
  const from = ctx.index - 5;
  for (let k = firstFrom(mentions, trigger.start) - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (m.end > trigger.start || m.type !== "person" || m.entity < 0) continue;
    if (m.sentence < from) return undefined;
    if (!two.some((t) => t.entity === m.entity)) return m;
  }
  return undefined;
}

/** How often the person is named before `at`, in the `PROTAGONIST_WINDOW` sentences before the trigger's. */
function mentionsBefore(ctx: SentenceContext, entity: number, at: number): number {
  const mentions = ctx.input.mentions;
  let n = 0;
  for (let k = firstFrom(mentions, at) - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (m.sentence < ctx.index - PROTAGONIST_WINDOW) break;
    if (m.entity === entity && m.type === "person" && m.end <= at) n++;
  }
  return n;
}

/**
 * The index of the first mention that starts at or after `at` (the mentions are in text order): a
 * look back from a trigger starts there, not at the end of a long document.
 */
export function firstFrom(mentions: readonly Found[], at: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The folded word right before `at` ("" at the start of the text).
 * @example lastWordBefore("thanked xi and praised", 15) // "and"
 */
export function lastWordBefore(folded: string, at: number): string {
  // What /(\S+)\s*$/ finds in the 30 units before `at`, without a RegExp (one ran at every unit of the window).
  const from = Math.max(0, at - 30);
  let end = at;
  while (end > from && isRegExpSpace(folded.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > from && !isRegExpSpace(folded.charCodeAt(start - 1))) start--;
  return folded.slice(start, end);
}

/**
 * Relative clauses closed before the trigger: ", who is also general secretary of
 * the CPC (CPC)," in "Xi, who …, arrived in Pyongyang". Their mentions are not the
 * subject of a trigger after them.
 * @example closedRelativeClauses(<arrived>, ctx) // [[4, 52]] for "Xi, who is also general secretary of the CPC, arrived"
 */
export function closedRelativeClauses(trigger: Trigger, ctx: SentenceContext): [number, number][] {
  const folded = ctx.input.folded;
  const out: [number, number][] = [];
  for (const [, from] of relativePronouns(ctx)) {
    if (from > trigger.start) break;
    const close = folded.indexOf(",", from);
    if (close >= 0 && close < trigger.start) out.push([from, close]);
  }
  return out;
}

/**
 * The relative pronouns after a comma in the sentence (", who", ", który"), as
 * [comma, end of pronoun] in text order: found once per sentence, read by every trigger.
 * A trigger starts a word, so no pronoun match runs into it: the matches that end before
 * a trigger are those a search of the text before it finds.
 */
function relativePronouns(ctx: SentenceContext): [number, number][] {
  if (ctx.relatives) return ctx.relatives;
  const out: [number, number][] = [];
  const re = ctx.words.relative;
  if (re) {
    const { start, end } = ctx.sentence;
    const slice = ctx.input.folded.slice(start, end);
    // An exec loop, not matchAll: matchAll clones the RegExp on every call, once per sentence.
    re.lastIndex = 0;
    for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
      if (m[0].length === 0) re.lastIndex++;
      out.push([start + m.index, start + m.index + m[0].length]);
    }
  }
  return (ctx.relatives = out);
}

/**
 * The subject right after the comma that closes an opening clause holding the trigger and its
 * objects, or right after an opening "in" phrase that has no comma ("U poruci Putinu kineski
 * čelnik istaknuo je…": in the message to Putin, the Chinese leader stressed…).
 * @example mainClauseSubject(<incontrare>, [<Putin>], usable, ctx, isActor) // <Kim Jong Un>
 */
export function mainClauseSubject(trigger: Trigger, objects: Argument[], usable: Argument[], ctx: SentenceContext, isActor: (a: Argument) => boolean): Argument | undefined {
  const folded = ctx.input.folded;
  if (folded.slice(ctx.sentence.start, trigger.start).includes(",")) return undefined;
  const from = Math.max(trigger.end, ...objects.map((o) => o.found.end));
  if (objects.length > 0 && opensWithIn(trigger, ctx)) {
    const next = usable.find((a) => a.start >= from);
    if (next && !objects.includes(next) && isActor(next) && next.marker === "none" && folded.slice(from, next.start).trim() === "") return next;
  }
  const comma = folded.indexOf(",", from);
  if (comma < 0 || comma >= ctx.sentence.end) return undefined;
  const next = usable.find((a) => a.start > comma);
  // Right after the comma, or past determiners: "Arrivé vendredi en Corée du Nord, le chef de la diplomatie russe …".
  const between = wordsBetween(folded, comma + 1, next ? next.start : comma + 1).filter((w) => w !== "");
  return next && !objects.includes(next) && isActor(next) && next.marker === "none" && between.every((w) => ctx.words.determiners.has(w)) ? next : undefined;
}

/** The sentence opens with an "in" word, determiners at most, then the trigger ("U poruci …", "In a message …"). */
function opensWithIn(trigger: Trigger, ctx: SentenceContext): boolean {
  const words = wordsBetween(ctx.input.folded, ctx.sentence.start, trigger.start).filter((w) => w !== "");
  if (words.length === 0 || !ctx.words.in.has(words[0]!)) return false;
  for (let k = 1; k < words.length; k++) if (!ctx.words.determiners.has(words[k]!)) return false;
  return true;
}

/**
 * The genitive agent of a noun trigger: the first mention after it, right after
 * it ("spotkaniu Pak Thae Songa") or past at most three words ending with an
 * "of" word ("подкрепа и реакция на КНДР", "the participation of Kim").
 * @example agentAfter(<присъствието>, after, ctx) // <Ким> in "присъствието на Ким"
 */
export function agentAfter(trigger: Trigger, after: Argument[], ctx: SentenceContext): Argument | undefined {
  const first = after[0];
  if (!first) return undefined;
  let end = first.start;
  // An honorific before the name is no word between ("la visite d'État de M. Poutine").
  const honorifics = ctx.input.language.pack?.honorifics;
  if (honorifics) {
    for (const h of honorifics) {
      const folded = `${foldText(h)} `;
      if (ctx.input.folded.endsWith(folded, end)) {
        end -= folded.length;
        break;
      }
    }
  }
  const gap = ctx.input.folded.slice(trigger.end, end).trim();
  if (gap === "") return first.marker === "none" ? first : undefined;
  const words = wordsBetween(ctx.input.folded, trigger.end, end);
  if (words.length > 4 || /[^\p{L}\p{M}\s'-]/u.test(gap)) return undefined;
  const last = words[words.length - 1]!;
  return ctx.words.of.has(last) && !words.slice(0, -1).some((w) => ctx.words.of.has(w) || ctx.words.with.has(w) || ctx.words.to.has(w)) ? first : undefined;
}

/**
 * The argument and the mentions joined to it by "and" or commas. A comma joins
 * only mentions of the same type (a list), "and" joins any two that `accept`
 * takes: "Xi, the CPC and Kim" is not one list of actors, "Li Qiang and Kim" is.
 * @example coordinated(<Xi>, pool, input, isActor) // [<Xi>, <Lee>] for "Xi and Lee"
 */
export function coordinated(head: Argument, pool: Argument[], input: RelationInput, accept: (a: Argument) => boolean): Argument[] {
  // The pools are slices of the sentence's arguments, already in text order: sorted only when not.
  let inOrder = true;
  for (let k = 1; k < pool.length && inOrder; k++) inOrder = pool[k - 1]!.found.start <= pool[k]!.found.start;
  const sorted = inOrder ? pool : [...pool].sort((a, b) => a.found.start - b.found.start);
  const i = sorted.indexOf(head);
  if (i < 0) return head.inTitle ? [] : [head];
  let first = i;
  for (let j = i - 1; j >= 0 && joins(sorted[j]!, sorted[j + 1]!, input, accept); j--) first = j;
  let last = i;
  for (let j = i + 1; j < sorted.length && joins(sorted[j - 1]!, sorted[j]!, input, accept); j++) last = j;
  // Before the head only the mentions with its marker or none; none that is only in a title.
  const out: Argument[] = [];
  for (let j = first; j <= last; j++) {
    const a = sorted[j]!;
    if (a.inTitle) continue;
    if (j < i && a.marker !== head.marker && a.marker !== "none") continue;
    out.push(a);
  }
  return out;
}

/** Whether `a` and the `b` after it are one list: both accepted, and a comma between mentions of one type, or "and". */
function joins(a: Argument, b: Argument, input: RelationInput, accept: (a: Argument) => boolean): boolean {
  if (!accept(a) || !accept(b)) return false;
  // A compound of one-character abbreviations is a list: "ロ朝", "中朝", "북중".
  if (a.found.end === b.found.start && a.found.form === "abbreviation" && b.found.form === "abbreviation" && a.found.end - a.found.start === 1 && b.found.end - b.found.start === 1) return true;
  const gap = input.folded.slice(a.found.end, b.start).trim();
  if (gap === ",") return a.found.type === b.found.type;
  // "and", ", and", "e della" (an "and" before a repeated "of the"): the words after a leading comma.
  const comma = gap.startsWith(",") ? input.folded.indexOf(",", a.found.end) : -1;
  return andJoins(wordsBetween(input.folded, comma >= 0 ? comma + 1 : a.found.end, b.start), input.language.and, markerWords(input.language));
}
