/**
 * The shape of a composed date grammar, shared by the composer (./rules.ts, with
 * XRegExp, at build time) and its readers (./precompiled.ts, ./grammar.ts, at run time).
 */
import { foldText } from "../text/chars.js";

/** What a rule recognises; the value is computed from its groups (see ./values.ts). */
export type RuleKind = "numeric" | "full" | "range" | "month" | "year" | "bareYear" | "weekday" | "relative" | "day";

/** What the first word of a rule can be. */
export type Opener = "digit" | "month" | "weekday" | "relDay" | "relYear" | "relWeek" | "relMonth" | "partBefore" | "nextBefore" | "yearBefore";

/** One rule as data: the compiled source and flags of its regex and the capture index of each named group. */
export interface DateRuleSource {
  kind: RuleKind;
  source: string;
  flags: string;
  names: [string, number][];
}

/** Everything of a date grammar that XRegExp composes; plain data, so it can be precompiled. */
export interface DateRuleSources {
  rules: DateRuleSource[];
  /** The rules (bit i: rules[i]) each kind of first word may open. */
  opened: [Opener, number][];
  /** Sources (flag `u`) of the preposition before a date and of one leading a date; null when the language has none. */
  prepositionBefore: string | null;
  leadingPreposition: string | null;
}

/** Folds a vocabulary word the way the text is folded; runs of spaces become one. @example foldWord("Września") === "wrzesnia" */
export function foldWord(word: string): string {
  return foldText(word.trim().replace(/\s+/g, " "));
}
