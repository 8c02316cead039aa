/**
 * Compiles a language's `DateVocabulary` into date rules: sticky regexes over
 * the folded text (composed by ./rules.ts, or precompiled: ./precompiled.ts)
 * and the word maps that read their groups. Each rule is tried at a word start;
 * its named groups say what each part is.
 */
import type { LanguagePack } from "../lang/types.js";
import { CharClass, charClasses } from "../text/chars.js";
import { dateRuleSources } from "./precompiled.js";
import { foldWord, type Opener, type RuleKind } from "./rule-types.js";
import type { DateVocabulary } from "./vocabulary.js";

export { foldWord, type RuleKind } from "./rule-types.js";

export interface DateRule {
  kind: RuleKind;
  /** Sticky, unicode, with indices (`dyu`). */
  regex: RegExp;
  /** The capture index of each named group (XRegExp compiles names to numbered groups). */
  names: [string, number][];
  /** The same, one field per group name the scanner reads (0: the rule has no such group). */
  groups: GroupIndex;
}

/** The group names of the rules (./rules.ts) that the scanner reads, each with its capture index. */
export interface GroupIndex {
  /** Day, its first day in a range, month, year. */
  d: number;
  d0: number;
  m: number;
  y: number;
  /** Relative year (before or after the month), week, month, day; weekday. */
  ry: number;
  ryb: number;
  rw: number;
  rm: number;
  rd: number;
  wd: number;
  /** "next"/"last" before or after; a part of the day before or after. */
  nb: number;
  na: number;
  pa: number;
  pb: number;
}

/** A rule's capture index by name, as fields (a dictionary filled per match was most of what reading a match cost). */
export function groupIndex(names: readonly [string, number][]): GroupIndex {
  const index: GroupIndex = { d: 0, d0: 0, m: 0, y: 0, ry: 0, ryb: 0, rw: 0, rm: 0, rd: 0, wd: 0, nb: 0, na: 0, pa: 0, pb: 0 };
  for (const [name, i] of names) if (Object.hasOwn(index, name)) index[name as keyof GroupIndex] = i;
  return index;
}

export interface DateGrammar {
  rules: DateRule[];
  /** Folded form → month 1..12, weekday 0..6 (Monday first), day offset, year offset… */
  months: Map<string, number>;
  weekdays: Map<string, number>;
  relativeDays: Map<string, number>;
  relativeYears: Map<string, number>;
  relativeMonths: Map<string, number>;
  relativeWeeks: Map<string, number>;
  /** Folded next/last words (both positions). */
  next: Set<string>;
  last: Set<string>;
  /** Folded ambiguous forms (need a preposition or a number). */
  ambiguous: Set<string>;
  /** Lowercase forms as written (with diacritics): "mają" is not "maja". */
  writtenForms: Set<string>;
  /** Folded first words (or first characters, in Han and kana) that may anchor a date. */
  triggers: Set<string>;
  /** The rules (bit i: rules[i]) that may start at a word, by its folded first word ("last", "pomeriggio", "去"…). */
  openers: Map<string, number>;
  /** The rules that may start at a number. */
  digitRules: number;
  /** Triggers are matched on the first two letters of a word (particles follow the word: Korean). */
  prefixTriggers: boolean;
  /** Matches a preposition at the end of a folded string; null when the language has none. */
  prepositionBefore: RegExp | null;
  /** Matches a preposition and the spaces after it at the start of a folded string. */
  leadingPreposition: RegExp | null;
  capitalised: boolean;
  /** Written without spaces between words (Han, kana): no word boundaries. */
  unspaced: boolean;
}

/**
 * How a folded word is looked up in `triggers` and `openers`: whole, or its first two
 * units where words take particles (Korean).
 * @example anchorKey(ko, "어제는") === "어제"
 */
export function anchorKey(g: DateGrammar, key: string): string {
  return g.prefixTriggers ? key.slice(0, 2) : key;
}

/** Whether a folded word can anchor a date: a month, weekday or relative-day word. */
export function isDateTrigger(g: DateGrammar, key: string): boolean {
  return g.triggers.has(anchorKey(g, key));
}

/** Lowercase, with typographic apostrophes unified (for comparing written forms). @example writtenForm("П’ятниця") === "п'ятниця" */
export function writtenForm(word: string): string {
  return word.toLowerCase().replace(/[\u2018\u2019\u201B\u02BC\u2032`\u00B4]/g, "'").replace(/\s+/g, " ");
}

function foldedMap(table: Record<string, number> | undefined): Map<string, number> {
  return new Map(Object.entries(table ?? {}).map(([k, v]) => [foldWord(k), v]));
}

function indexMap(lists: readonly (readonly string[])[], base: number): Map<string, number> {
  const out = new Map<string, number>();
  lists.forEach((forms, i) => forms.forEach((f) => out.set(foldWord(f), i + base)));
  return out;
}

/**
 * The first word of a folded phrase, or its first character where words are not spaced.
 * Read with the character table, not `\p{…}` RegExps: compiling those two was ~5 ms of the
 * first `extract` (test: the same answer as the RegExps for every date word of every pack).
 * @example firstPiece("ub. r.") === "ub"
 */
export function firstPiece(folded: string): string {
  const classes = charClasses();
  let end = 0;
  while (end < folded.length && isWordClass(classes[folded.charCodeAt(end)]!)) end++;
  if (end === 0) return folded.slice(0, 1);
  return classes[folded.charCodeAt(0)] === CharClass.Ideograph ? folded.slice(0, 1) : folded.slice(0, end);
}

function isWordClass(c: number): boolean {
  return c === CharClass.Letter || c === CharClass.Digit || c === CharClass.Ideograph || c === CharClass.Unspaced;
}

/**
 * Builds the rules of one language.
 * @example compileDateGrammar(pl, pl.dates).rules.length > 0
 */
export function compileDateGrammar(pack: LanguagePack | undefined, vocab: DateVocabulary): DateGrammar {
  const scripts = pack?.scripts ?? ["latin"];
  const unspaced = scripts.every((s) => s === "han" || s === "kana");
  const particles = vocab.particles ?? [];
  const nextBefore = [...(vocab.next ?? []), ...(vocab.last ?? [])];
  const allMonths = vocab.months.flat();
  const allWeekdays = vocab.weekdays.flat();
  const sources = dateRuleSources(pack, vocab);
  // Plain RegExps: XRegExp's own objects have another prototype, which takes V8's exec off its fast path.
  const rules: DateRule[] = sources.rules.map((r) => ({ kind: r.kind, regex: new RegExp(r.source, r.flags), names: r.names, groups: groupIndex(r.names) }));
  const opened = new Map<Opener, number>(sources.opened);

  // Words that anchor a date; the words before one (a preposition-free "last", "pomeriggio del",
  // "去年") are reached by trying the rules a few words back from it.
  // A relative year anchors on its last word ("godine" of "prošle godine"): its first is often a common one ("this", "tego").
  // So does a relative month alone ("month" of "last month", "上月", "지난달").
  const relativeYearEnds = Object.keys(vocab.relativeYears ?? {}).map((p) => p.split(/\s+/).at(-1)!);
  const relativeMonthEnds = Object.keys(vocab.relativeMonths ?? {}).map((p) => p.split(/\s+/).at(-1)!);
  const triggerWords = [...allMonths, ...allWeekdays, ...Object.keys(vocab.relativeDays ?? {}), ...relativeYearEnds, ...relativeMonthEnds];
  const prefixTriggers = particles.length > 0;
  const keyOf = (w: string) => {
    const piece = firstPiece(foldWord(w));
    return !piece || /^\d/.test(piece) ? "" : prefixTriggers ? piece.slice(0, 2) : piece;
  };
  // A weekday and a part of the day may be one word: "Donnerstagabend".
  const compounds = allWeekdays.flatMap((w) => (vocab.partsOfDay ?? []).filter((p) => !/\s/.test(p)).map((p) => w + p));
  const triggers = new Set([...triggerWords, ...compounds].map(keyOf).filter((k) => k));
  const openerWords: [Opener, string[]][] = [
    ["month", allMonths],
    ["weekday", [...allWeekdays, ...compounds]],
    ["relDay", Object.keys(vocab.relativeDays ?? {})],
    ["relYear", Object.keys(vocab.relativeYears ?? {})],
    ["relWeek", Object.keys(vocab.relativeWeeks ?? {})],
    ["relMonth", Object.keys(vocab.relativeMonths ?? {})],
    ["partBefore", vocab.partsOfDayBefore ?? []],
    ["nextBefore", nextBefore],
    ["yearBefore", vocab.yearBefore ?? []],
  ];
  const openers = new Map<string, number>();
  for (const [opener, list] of openerWords) {
    const mask = opened.get(opener) ?? 0;
    for (const w of list) {
      const key = keyOf(w);
      if (key && mask) openers.set(key, (openers.get(key) ?? 0) | mask);
    }
  }

  return {
    rules,
    months: indexMap(vocab.months, 1),
    weekdays: indexMap(vocab.weekdays, 0),
    relativeDays: foldedMap(vocab.relativeDays),
    relativeYears: foldedMap(vocab.relativeYears),
    relativeMonths: foldedMap(vocab.relativeMonths),
    relativeWeeks: foldedMap(vocab.relativeWeeks),
    next: new Set([...(vocab.next ?? []), ...(vocab.nextAfter ?? [])].map(foldWord)),
    last: new Set([...(vocab.last ?? []), ...(vocab.lastAfter ?? [])].map(foldWord)),
    ambiguous: new Set((vocab.ambiguous ?? []).map(foldWord)),
    writtenForms: new Set([...allMonths, ...allWeekdays, ...Object.keys(vocab.relativeDays ?? {})].map(writtenForm)),
    triggers,
    openers,
    digitRules: opened.get("digit") ?? 0,
    prefixTriggers,
    prepositionBefore: sources.prepositionBefore === null ? null : new RegExp(sources.prepositionBefore, "u"),
    leadingPreposition: sources.leadingPreposition === null ? null : new RegExp(sources.leadingPreposition, "u"),
    capitalised: vocab.capitalised ?? false,
    unspaced,
  };
}
