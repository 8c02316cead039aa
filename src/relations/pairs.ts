/**
 * Who relates to whom once a trigger's subjects and objects are chosen: each subject
 * with each object, the subjects with one another ("Xi and Kim met", "support each
 * other"), the last two named after "the two leaders" or "both sides", a subject from
 * the main clause or the previous sentence when the trigger's own clause has none.
 */
import type { Found } from "../resolve/types.js";
import type { Argument } from "./arguments.js";
import { usableOf, type ArgumentTests, type Chosen } from "./choose-arguments.js";
import { lastTwoNamed, mainClauseSubject, phraseAfter, phraseBefore } from "./clauses.js";
import { SYMMETRIC, type SentenceContext } from "./context.js";
import type { Trigger } from "./triggers.js";

/**
 * The [subject, object] mentions of a trigger, in the trigger's voice (a passive one's reversed).
 * @example pairsOf(<met>, ctx, chooseArguments(<met>, ctx)) // [[<Xi>, <Kim>]]
 */
export function pairsOf(trigger: Trigger, ctx: SentenceContext, chosen: Chosen & ArgumentTests): [Found, Found][] {
  const { subjects, objects } = chosen;
  const pairs: [Found, Found][] = [];
  const alone = objects.length === 0 && SYMMETRIC.has(trigger.type);
  if (hasReciprocal(ctx, trigger) && subjects.length >= 2) {
    // Reciprocal ("support each other"): the subjects relate to one another.
    for (const a of subjects) for (const b of subjects) if (a !== b) pairs.push([a.found, b.found]);
  } else if (alone && subjects.length >= 2) {
    for (let i = 0; i < subjects.length; i++) for (let j = i + 1; j < subjects.length; j++) pairs.push([subjects[i]!.found, subjects[j]!.found]);
  } else if ((alone || (SYMMETRIC.has(trigger.type) && subjects.length === 0)) && (phraseBefore(ctx.words.bothLeaders, trigger, ctx) || phraseAfter(ctx.words.bothLeadersAfter, trigger, ctx))) {
    // "i due leader hanno confermato … la cooperazione": the last two people named (the countries of
    // "… del partenariato tra Russia e Cina" after the trigger are what the two leaders sign for, not their partners).
    const two = lastTwoNamed(trigger, ctx);
    if (two) pairs.push(two);
  } else if ((alone || (SYMMETRIC.has(trigger.type) && subjects.length === 0)) && phraseBefore(ctx.words.bothMinisters, trigger, ctx)) {
    // "Ministra sta se pogovarjala": the last two people named, whoever else the text names often.
    const two = lastTwoNamed(trigger, ctx, "person", false);
    if (two) pairs.push(two);
  } else if (alone && subjects.length < 2 && phraseBefore(ctx.words.bothSides, trigger, ctx)) {
    // "Си призова двете страни да засилят координацията": the last two countries named.
    const two = lastTwoNamed(trigger, ctx, "country");
    if (two) pairs.push(two);
  } else if (objects.length > 0) {
    if (subjects.length > 0) {
      for (const s of subjects) for (const o of objects) pairs.push([s.found, o.found]);
    } else {
      const subject = missingSubject(trigger, ctx, objects, chosen.isActor);
      if (subject) for (const o of objects) pairs.push([subject, o.found]);
    }
  }
  if (trigger.voice === "passive") for (const p of pairs) p.reverse();
  return pairs;
}

/**
 * The subject of a trigger whose clause names none: the subject after the comma of an
 * opening participle clause ("Esprimendo il piacere di incontrare Putin, Kim …"), else
 * (but for a position) the first person of the previous sentence who is not an object.
 */
function missingSubject(trigger: Trigger, ctx: SentenceContext, objects: Argument[], isActor: (a: Argument) => boolean): Found | null {
  const main = mainClauseSubject(trigger, objects, usableOf(ctx), ctx, isActor);
  if (main) return main.found;
  if (trigger.type === "position") return null;
  for (const m of ctx.previous) if (m.type === "person" && m.entity >= 0 && !isObject(m, objects)) return m;
  return null;
}

function isObject(m: Found, objects: Argument[]): boolean {
  for (let k = 0; k < objects.length; k++) if (objects[k]!.found.entity === m.entity) return true;
  return false;
}

function hasReciprocal(ctx: SentenceContext, trigger: Trigger): boolean {
  if (!ctx.words.reciprocal) return false;
  // The window lies in the sentence: a sentence without a reciprocal word needs no look around each trigger.
  ctx.reciprocalHere ??= ctx.words.reciprocalWords!.test(ctx.input.folded.slice(ctx.sentence.start, ctx.sentence.end));
  if (!ctx.reciprocalHere) return false;
  const near = ctx.input.folded.slice(Math.max(ctx.sentence.start, trigger.start - 40), Math.min(ctx.sentence.end, trigger.end + 40));
  return ctx.words.reciprocal.test(near);
}
