/**
 * The lexicon engine: finds date expressions sentence by sentence. Only words
 * that can anchor a date (a month, weekday or relative-day word, a number) are
 * looked at; from a few words before each, the language's rules are tried and
 * the longest match that covers it and passes the checks is kept.
 */
import type { Span } from "../schema/result.js";
import type { Found } from "../resolve/types.js";
import type { Tokens } from "../text/tokens.js";
import { WordClass } from "../text/word-class.js";
import { anchorKey, writtenForm, type DateGrammar, type DateRule, type RuleKind } from "./grammar.js";
import { isValidDay, type DateParts } from "./values.js";

export interface DateMatch {
  start: number;
  end: number;
  sentence: number;
  parts: DateParts;
  kind: RuleKind;
}

export interface ScanInput {
  text: string;
  folded: string;
  tokens: Tokens;
  tokenSentence: Int32Array;
  sentences: Span[];
  /** WordClass bits of every token. */
  classes: Uint8Array;
  /** The mentions found before the dates: a known name after a weekday is no surname of it ("Giovedì Putin …"). */
  taken?: readonly Found[];
}

/** How many words before an anchor a date may start ("w przyszły piątek", "pomeriggio del 3", "今年9月"). */
const LOOK_BACK = 4;

/**
 * All date expressions the grammar finds, in text order, not overlapping; and the
 * numbers that look like a numeric date ("12/10", "4.9.") but matched no rule.
 * @example scanDates(input, grammarOf(pl)).matches.map((m) => m.kind) // ["weekday", "full", "month"]
 */
export function scanDates(input: ScanInput, g: DateGrammar): { matches: DateMatch[]; unread: number[] } {
  const { tokens, tokenSentence, folded, classes } = input;
  const keys = tokens.keys;
  const matches: DateMatch[] = [];
  const unread: number[] = [];
  let covered = 0;
  for (let t = 0; t < tokens.count; t++) {
    // A key's first unit is the folded text's at the token's start: read there, one string of one
    // map, rather than on the keys (sliced, one- and two-byte, internalized strings: a megamorphic load).
    const digit = isDigit(folded.charCodeAt(tokens.start[t]!));
    // Whether the word is a trigger (isDateTrigger) was answered once per word and language.
    if (!digit && !(classes[t]! & WordClass.DateTrigger)) continue;
    const s = tokenSentence[t]!;
    const anchor = tokens.start[t]!;
    if (s < 0 || anchor < covered) continue;
    let b = t;
    while (b > 0 && t - b < LOOK_BACK && tokenSentence[b - 1] === s && tokens.start[b - 1]! >= covered) b--;
    let found: DateMatch[] = [];
    for (; b <= t && found.length === 0; b++) {
      const k = keys[b]!;
      // Only a word that opens some rule is looked up (its class says so): most words before a number open none.
      const rules = isDigit(folded.charCodeAt(tokens.start[b]!)) ? g.digitRules : classes[b]! & WordClass.DateOpener ? (g.openers.get(anchorKey(g, k)) ?? 0) : 0;
      if (rules !== 0) found = matchAt(input, g, tokens.start[b]!, anchor, s, rules);
    }
    if (found.length > 0) {
      for (const f of found) matches.push(f);
      covered = found[found.length - 1]!.end;
    } else if (digit && tokens.end[t]! - anchor <= 2 && NUMERIC_DATE.test(folded.slice(tokens.end[t]!, tokens.end[t]! + 4))) {
      unread.push(t);
    }
  }
  return { matches, unread };
}

/** After a number of one or two digits: "/10", ".9." — the rest of a numeric date. */
const NUMERIC_DATE = /^[./]\d{1,2}(?!\d)/;

const isDigit = (c: number) => c >= 48 && c <= 57;

/** The best valid match of any rule at `pos` that reaches the anchor (two for a range), or none. */
function matchAt(input: ScanInput, g: DateGrammar, pos: number, anchor: number, s: number, rules: number): DateMatch[] {
  const sentence = input.sentences[s]!;
  const hits: { rule: DateRule; m: RegExpExecArray }[] = [];
  for (let i = 0; i < g.rules.length; i++) {
    if (!(rules & (1 << i))) continue;
    const rule = g.rules[i]!;
    rule.regex.lastIndex = pos;
    const m = rule.regex.exec(input.folded);
    if (m && pos + m[0].length > anchor && pos + m[0].length <= sentence.end) hits.push({ rule, m });
  }
  hits.sort((a, b) => b.m[0].length - a.m[0].length);
  for (const { rule, m } of hits) {
    const found = interpret(input, g, rule, m, s);
    if (found.length > 0) return found;
  }
  return [];
}

const dayNumber = (s: string) => parseInt(s, 10);

/** A group's text, undefined when the rule has no such group (index 0) or it did not take part. */
function groupText(m: RegExpExecArray, i: number): string | undefined {
  return i > 0 ? m[i] : undefined;
}

/** A group's [start, end), undefined as for `groupText`. */
function groupSpan(m: RegExpExecArray, i: number): [number, number] | undefined {
  return i > 0 && m[i] !== undefined ? m.indices?.[i] : undefined;
}

/**
 * Reads a match's groups into parts and checks it; [] when it is not a date. The groups are
 * read by the rule's index of each name (`DateRule.groups`), and the parts object has all its
 * fields from the start: dictionaries filled per match made this cost 2.6 µs a call.
 */
function interpret(input: ScanInput, g: DateGrammar, rule: DateRule, m: RegExpExecArray, s: number): DateMatch[] {
  const kind = rule.kind;
  const gi = rule.groups;
  const start = m.index;
  const end = start + m[0].length;
  const parts: DateParts = { year: undefined, month: undefined, day: undefined, weekday: undefined, relDay: undefined, relYear: undefined, relMonth: undefined, relWeek: undefined, direction: undefined };
  const month = groupText(m, gi.m);
  const day = groupText(m, gi.d);
  const y = groupText(m, gi.y);
  const rw = groupText(m, gi.rw);
  const rm = groupText(m, gi.rm);
  const rd = groupText(m, gi.rd);
  const wd = groupText(m, gi.wd);
  const nb = groupText(m, gi.nb);
  const na = groupText(m, gi.na);
  const ry = groupText(m, gi.ry) ?? groupText(m, gi.ryb);
  if (month !== undefined) parts.month = kind === "numeric" ? Number(month) : g.months.get(squash(month));
  if (day !== undefined) parts.day = dayNumber(day);
  if (y !== undefined) parts.year = Number(y);
  if (ry !== undefined) parts.relYear = g.relativeYears.get(squash(ry));
  if (rw !== undefined) parts.relWeek = g.relativeWeeks.get(squash(rw));
  if (rm !== undefined) parts.relMonth = g.relativeMonths.get(squash(rm));
  if (rd !== undefined) parts.relDay = g.relativeDays.get(squash(rd));
  if (wd !== undefined && parts.day === undefined) parts.weekday = g.weekdays.get(squash(wd));
  const dir = nb ?? na;
  if (dir !== undefined) parts.direction = g.last.has(squash(dir)) ? -1 : 1;
  if (parts.month !== undefined && parts.day !== undefined && !isValidDay(parts.year, parts.month, parts.day)) return [];

  const ctx = new Context(input, g, s, start);
  if (isInsideUrl(input.text, start, end)) return [];
  const atMonth = groupSpan(m, gi.m);
  const atWeekday = groupSpan(m, gi.wd);
  const atRelDay = groupSpan(m, gi.rd);
  for (const span of [atMonth, atWeekday, atRelDay]) {
    if (span && kind !== "numeric" && !ctx.writtenAsListed(span[0], span[1])) return [];
  }
  if (g.capitalised) {
    for (const span of [atMonth, atWeekday]) if (span && kind !== "numeric" && !ctx.upper(span[0])) return [];
    if (atRelDay && ctx.upper(atRelDay[0]) && !ctx.sentenceInitial(atRelDay[0])) return [];
  }
  // Only a word: a capitalised month or weekday in a lowercase language is a name; an ambiguous one needs a preposition.
  const word = atMonth ?? atWeekday;
  const pa = groupText(m, gi.pa);
  if (word && kind !== "numeric" && !day && !y) {
    const bare = !ry && !nb && !na && !rw && !pa && !groupText(m, gi.pb);
    if (bare && !g.capitalised && !g.unspaced && ctx.upper(word[0]) && (!ctx.sentenceInitial(word[0]) || ctx.nameFollows(word[1]))) return [];
    // "last May" is a month, but "prošle nedelje" is last week: before an ambiguous weekday only a preposition counts.
    const licensed = atMonth ? !bare : pa !== undefined;
    if (!licensed && g.ambiguous.has(squash(input.folded.slice(word[0], word[1]))) && !ctx.prepositionBefore()) return [];
  }
  if (kind === "bareYear" && !ctx.prepositionBefore()) return [];

  const d0 = groupText(m, gi.d0);
  const atD0 = groupSpan(m, gi.d0);
  if (kind === "range" && d0 !== undefined && atD0) {
    const first: DateParts = { ...parts, day: dayNumber(d0) };
    if (!isValidDay(first.year, first.month!, first.day!)) return [];
    const secondStart = groupSpan(m, gi.d)![0];
    return [
      { start: atD0[0], end: trimEnd(input.text, atD0[0], atD0[1]), sentence: s, parts: first, kind: "full" },
      { start: secondStart, end, sentence: s, parts, kind: "full" },
    ];
  }
  return [{ start, end, sentence: s, parts, kind }];
}

/** One space between words, as the grammar's maps are keyed. */
function squash(folded: string): string {
  return /\s/.test(folded) ? folded.replace(/\s+/g, " ") : folded;
}

/** A day of a range keeps its period ("15."), not the spaces or hyphen after it. */
function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /[\s-]/.test(text[end - 1]!)) end--;
  return end;
}

/** Inside a URL or path: not a date of the text. @example isInsideUrl("see https://x.org/2025/09/09/", 18, 28) === true */
export function isInsideUrl(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start - 1) === 47 || text.charCodeAt(end) === 47) return true; // "/"
  let a = start;
  while (a > 0 && start - a < 300 && !isSpace(text.charCodeAt(a - 1))) a--;
  let b = end;
  while (b < text.length && b - end < 300 && !isSpace(text.charCodeAt(b))) b++;
  const chunk = text.slice(a, b);
  return chunk.includes("://") || chunk.includes("www.");
}

const isSpace = (c: number) => c <= 32 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029;

/** What the checks ask about the text around a match. */
class Context {
  constructor(
    private readonly input: ScanInput,
    private readonly g: DateGrammar,
    private readonly s: number,
    private readonly start: number,
  ) {}

  /** The word is written as listed, or without any diacritics ("maja" but not "mają"). */
  writtenAsListed(a: number, b: number): boolean {
    const original = this.input.text.slice(a, b);
    if (original.toLowerCase() === this.input.folded.slice(a, b)) return true; // no diacritics to tell apart
    const written = writtenForm(original);
    if (this.g.writtenForms.has(written)) return true;
    return !/\p{M}/u.test(written.normalize("NFD")) && !/[łđøħı]/.test(written);
  }

  upper(at: number): boolean {
    const ch = this.input.text[at]!;
    return ch !== ch.toLowerCase();
  }

  /** Nothing but punctuation between the sentence start and `at`. */
  sentenceInitial(at: number): boolean {
    const from = this.input.sentences[this.s]!.start;
    return !/[\p{L}\p{N}]/u.test(this.input.text.slice(from, at));
  }

  /** A capitalised word follows ("Maja Kowalska", "Sabato Rossi"): the month or weekday word is a name. */
  nameFollows(at: number): boolean {
    const m = /^[^\S\r\n]+(\p{L})/u.exec(this.input.text.slice(at, at + 8));
    if (m === null || m[1] === m[1]!.toLowerCase()) return false;
    // The capitalised word starts a name already found ("Giovedì Putin ha incontrato Xi"): the weekday is a date.
    const next = at + m[0].length - m[1]!.length;
    for (const f of this.input.taken ?? []) if (f.start === next && f.entity >= 0) return false;
    return true;
  }

  /** A preposition of the language just before the match ("in 2009", "в неделя"). */
  prepositionBefore(): boolean {
    const re = this.g.prepositionBefore;
    if (!re) return false;
    const from = Math.max(this.input.sentences[this.s]!.start, this.start - 40);
    return re.test(this.input.folded.slice(from, this.start));
  }
}
