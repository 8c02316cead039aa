/**
 * Compiles a language's `DateVocabulary` into date rules: sticky regexes over
 * the folded text, composed with `XRegExp.build` from named subpatterns
 * ({{day}}, {{month}}, {{year}}, ...) and `XRegExp.union` word lists. Each rule
 * is tried at a word start; its named groups say what each part is.
 */
import XRegExp from "xregexp";
import type { LanguagePack } from "../lang/types.js";
import { foldText } from "../text/chars.js";
import type { DateOrder, DateVocabulary } from "./vocabulary.js";

/** What a rule recognises; the value is computed from its groups (see ./values.ts). */
export type RuleKind = "numeric" | "full" | "range" | "month" | "year" | "bareYear" | "weekday" | "relative" | "day";

export interface DateRule {
  kind: RuleKind;
  /** Sticky, unicode, with indices (`dyu`). */
  regex: RegExp;
  /** The capture index of each named group (XRegExp compiles names to numbered groups). */
  names: [string, number][];
}

/** What the first word of a rule can be. */
type Opener = "digit" | "month" | "weekday" | "relDay" | "relYear" | "relWeek" | "relMonth" | "partBefore" | "nextBefore" | "yearBefore";

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

const S = "[^\\S\\r\\n]+";
const S0 = "[^\\S\\r\\n]*";
const DAYNUM = "(?:3[01]|[12]\\d|0?[1-9])(?!\\d)";
const MONTHNUM = "(?:1[0-2]|0?[1-9])(?!\\d)";
const YEAR = "(?:1\\d{3}|20\\d{2}|21\\d{2})(?!\\d)";
const NEVER = "(?:(?!))";

/** Folds a vocabulary word the way the text is folded; runs of spaces become one. @example foldWord("Września") === "wrzesnia" */
export function foldWord(word: string): string {
  return foldText(word.trim().replace(/\s+/g, " "));
}

/** Lowercase, with typographic apostrophes unified (for comparing written forms). @example writtenForm("П’ятниця") === "п'ятниця" */
export function writtenForm(word: string): string {
  return word.toLowerCase().replace(/[\u2018\u2019\u201B\u02BC\u2032`\u00B4]/g, "'").replace(/\s+/g, " ");
}

/**
 * One alternation of words, longest first, spaces inside a word matching any run of spaces.
 * @example words(["w nocy", "rano"]) // "(?:w[^\\S\\r\\n]+nocy|rano)"
 */
function words(list: Iterable<string>): string {
  const forms = [...new Set([...list].map(foldWord))].filter((f) => f.length > 0).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  if (forms.length === 0) return NEVER;
  const parts = forms.map((f) => (f.includes(" ") ? XRegExp(f.split(" ").map((p) => XRegExp.escape(p)).join(S)) : f));
  return `(?:${XRegExp.union(parts, "u").source})`;
}

function foldedMap(table: Record<string, number> | undefined): Map<string, number> {
  return new Map(Object.entries(table ?? {}).map(([k, v]) => [foldWord(k), v]));
}

function indexMap(lists: readonly (readonly string[])[], base: number): Map<string, number> {
  const out = new Map<string, number>();
  lists.forEach((forms, i) => forms.forEach((f) => out.set(foldWord(f), i + base)));
  return out;
}

/** The first word of a folded phrase, or its first character where words are not spaced. */
function firstPiece(folded: string): string {
  const m = /^[\p{L}\p{N}]+/u.exec(folded);
  const piece = m ? m[0] : folded.slice(0, 1);
  return /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(piece) ? piece.slice(0, 1) : piece;
}

/**
 * Builds the rules of one language.
 * @example compileDateGrammar(pl, pl.dates).rules.length > 0
 */
export function compileDateGrammar(pack: LanguagePack | undefined, vocab: DateVocabulary): DateGrammar {
  const scripts = pack?.scripts ?? ["latin"];
  const unspaced = scripts.every((s) => s === "han" || s === "kana");
  const particles = vocab.particles ?? [];
  const orders: DateOrder[] = vocab.orders ?? ["dmy"];
  const daySuffixes = vocab.daySuffixes ?? [];
  const nextBefore = [...(vocab.next ?? []), ...(vocab.last ?? [])];
  const nextAfter = [...(vocab.nextAfter ?? []), ...(vocab.lastAfter ?? [])];
  const allMonths = vocab.months.flat();
  const allWeekdays = vocab.weekdays.flat();

  // A date ends where a word ends; Korean particles may follow inside the word; Han and kana have no spaces.
  const end = unspaced ? "" : particles.length > 0 ? `(?=${words(particles)}?(?![\\p{L}\\p{N}]))` : "(?![\\p{L}\\p{N}])";
  const suffix = words(daySuffixes);
  const subs: Record<string, string> = {
    S,
    S0,
    end,
    dayNum: DAYNUM,
    monthNum: MONTHNUM,
    year: YEAR,
    day: vocab.daysAlone ? `${DAYNUM}${suffix}` : `${DAYNUM}(?:\\.|º|°|${suffix})?`,
    // Before a year or at the end ("May 5, 2025", "May 5."), a period is not the day's.
    dayBare: `${DAYNUM}${suffix}?`,
    month: words(allMonths),
    weekday: words(allWeekdays),
    relDay: words(Object.keys(vocab.relativeDays ?? {})),
    relYear: words(Object.keys(vocab.relativeYears ?? {})),
    relMonth: words(Object.keys(vocab.relativeMonths ?? {})),
    relWeek: words(Object.keys(vocab.relativeWeeks ?? {})),
    partAfter: words(vocab.partsOfDay ?? []),
    partBefore: words(vocab.partsOfDayBefore ?? []),
    yearWord: words(vocab.yearWords ?? []),
    yearBefore: words(vocab.yearBefore ?? []),
    nextBefore: words(nextBefore),
    nextAfter: words(nextAfter),
    linker: `(?:${words(vocab.linkers ?? [])}{{S}})?`,
    rangeWord: words(vocab.rangeWords ?? []),
    preposition: words(vocab.prepositions ?? []),
    dayStop: vocab.notAfterDay?.length ? `(?!${words(vocab.notAfterDay)})` : "",
  };
  // Subpatterns may use the spacing subpatterns themselves.
  subs.linker = XRegExp.build(subs.linker!, { S }).source;
  const build = (pattern: string) => XRegExp.build(pattern.replace(/\s+/g, ""), subs, "dyu");

  // The year after a day and month, or a month: "2019", "2019 roku", "de 1953", "2019. godine".
  const yearPart = "(?<y>{{year}})(?:\\.?{{S0}}(?<yw>{{yearWord}}))?";
  // A relative year before a month, maybe with a preposition between: "loňského března", "loni v červnu".
  const relYearBefore = "(?:(?<ryb>{{relYear}}){{S}}(?:{{preposition}}{{S}})?)?";
  const partAfter = unspaced ? "(?:{{S0}}(?<pa>{{partAfter}}))?" : "(?:{{S}}(?<pa>{{partAfter}}))?";
  const rules: DateRule[] = [];
  const opened = new Map<Opener, number>();
  const add = (kind: RuleKind, pattern: string, openers: Opener[]) => {
    const regex = build(pattern);
    const captureNames = (regex as RegExp & { xregexp?: { captureNames?: (string | null)[] | null } }).xregexp?.captureNames ?? [];
    const names = captureNames.flatMap((name, i): [string, number][] => (name ? [[name, i + 1]] : []));
    for (const o of openers) opened.set(o, (opened.get(o) ?? 0) | (1 << rules.length));
    rules.push({ kind, regex, names });
  };

  add("numeric", "(?<y>{{year}})(?<sep>[-/.])(?<m>{{monthNum}})\\k<sep>(?<d>{{dayNum}})", ["digit"]);
  if (pack?.code !== "en") add("numeric", "(?<d>{{dayNum}})(?<sep>[./])(?<m>{{monthNum}})\\k<sep>(?<y>{{year}})", ["digit"]);
  for (const order of orders) {
    if (order === "dmy") {
      add(
        "full",
        `(?:(?<pb>{{partBefore}}){{S0}})? (?:(?<wd>{{weekday}})(?:{{S0}},{{S0}}|{{S}}){{linker}})?
         ${relYearBefore}(?<d>{{day}}){{S}}{{linker}}(?<m>{{month}})
         (?:{{S}}{{linker}}${yearPart}|{{S}}(?<ry>{{relYear}}))? ${partAfter} {{end}}`,
        ["partBefore", "weekday", "relYear", "digit"],
      );
      add(
        "range",
        `(?<d0>{{day}})(?:{{S0}}-{{S0}}|{{S}}{{rangeWord}}{{S}})(?<d>{{day}}){{S}}{{linker}}(?<m>{{month}})
         (?:{{S}}{{linker}}${yearPart}|{{S}}(?<ry>{{relYear}}))? {{end}}`,
        ["digit"],
      );
    } else if (order === "mdy") {
      add(
        "full",
        `(?:(?<wd>{{weekday}}){{S0}},?{{S0}})? (?<m>{{month}}){{S}}(?<d>{{dayBare}})
         (?:{{S0}},?{{S0}}(?<y>{{year}}))? ${partAfter} {{end}}`,
        ["weekday", "month"],
      );
    } else {
      add(
        "full",
        `(?:(?<ry>{{relYear}}){{S0}}|(?<y>{{year}}){{S0}}(?<yw>{{yearWord}}){{S0}})?
         (?<m>{{month}})(?:{{S0}}(?<d>{{day}}){{dayStop}})? ${partAfter} {{end}}`,
        ["relYear", "digit", "month"],
      );
    }
  }
  if (!orders.includes("ymd")) {
    add(
      "month",
      `(?:(?<nb>{{nextBefore}}){{S}}|${relYearBefore}) (?<m>{{month}})
       (?:{{S}}{{linker}}${yearPart}|{{S}}(?<ry>{{relYear}})|{{S}}(?<na>{{nextAfter}}))? {{end}}`,
      ["nextBefore", "relYear", "month"],
    );
  }
  add("year", "(?<yb>{{yearBefore}}){{S}}(?<y>{{year}}){{end}}", ["yearBefore"]);
  add("year", "(?<y>{{year}})\\.?{{S0}}(?<yw>{{yearWord}}){{end}}", ["digit"]);
  add("bareYear", "(?<y>{{year}}){{end}}", ["digit"]);
  add(
    "weekday",
    `(?:(?<rw>{{relWeek}}){{S0}}|(?<nb>{{nextBefore}}){{S}})? (?<wd>{{weekday}})
     (?:{{S}}(?<na>{{nextAfter}}))? (?:{{S0}}(?<pa>{{partAfter}}))? {{end}}`,
    ["relWeek", "nextBefore", "weekday"],
  );
  add("relative", `(?<rd>{{relDay}}) (?:{{S0}}(?<pa>{{partAfter}}))? {{end}}`, ["relDay"]);
  if (vocab.daysAlone) {
    add("day", `(?:(?<rm>{{relMonth}}){{S0}}|(?<nb>{{nextBefore}}){{S}})? (?<d>{{day}}){{dayStop}} ${partAfter} {{end}}`, ["relMonth", "nextBefore", "digit"]);
  }

  // Words that anchor a date; the words before one (a preposition-free "last", "pomeriggio del",
  // "去年") are reached by trying the rules a few words back from it.
  const triggerWords = [...allMonths, ...allWeekdays, ...Object.keys(vocab.relativeDays ?? {})];
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
  const preps = vocab.prepositions ?? [];

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
    prepositionBefore: preps.length ? new RegExp(`(?:^|[^\\p{L}\\p{N}])${words(preps)}${S0}$`, "u") : null,
    leadingPreposition: preps.length ? new RegExp(`^${words(preps)}(?:(?<=')|(?![\\p{L}\\p{N}]))${S0}`, "u") : null,
    capitalised: vocab.capitalised ?? false,
    unspaced,
  };
}
