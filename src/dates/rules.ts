/**
 * Composes a language's date rules as regex sources with `XRegExp.build` from
 * named subpatterns ({{day}}, {{month}}, {{year}}, ...) and `XRegExp.union`
 * word lists. Slow (5–40 ms a language, most of it XRegExp), so the built-in
 * languages' sources are precompiled at build time (./precompiled.ts); this
 * runs for a vocabulary the precompiled file does not know.
 */
import XRegExp from "xregexp";
import type { LanguagePack } from "../lang/types.js";
import { foldWord, type DateRuleSource, type DateRuleSources, type Opener, type RuleKind } from "./rule-types.js";
import type { DateOrder, DateVocabulary } from "./vocabulary.js";

export { foldWord, type DateRuleSource, type DateRuleSources, type Opener, type RuleKind } from "./rule-types.js";

/**
 * Stands for "a letter or digit" while XRegExp composes a rule, and becomes the native
 * `[\p{L}\p{N}]` after: XRegExp spelt the class out as ~7 KB of ranges in every rule
 * (the precompiled file was 440 KB, most of it that class, and slow to compile at first use).
 */
const WORD_CHAR = "\uE000";

const S = "[^\\S\\r\\n]+";
const S0 = "[^\\S\\r\\n]*";
const DAYNUM = "(?:3[01]|[12]\\d|0?[1-9])(?!\\d)";
const MONTHNUM = "(?:1[0-2]|0?[1-9])(?!\\d)";
const YEAR = "(?:1\\d{3}|20\\d{2}|21\\d{2})(?!\\d)";
const NEVER = "(?:(?!))";

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

/** The XRegExp version the sources were composed with: precompiled sources are only used with the same one. */
export const XREGEXP_VERSION: string = XRegExp.version;

/** The genitive that joins a relative year to a month in the Romance languages: "del", "de l'", "dello", "dell'", "di". */
const GENITIVE_START = /^(?:(?:de|del|dello|della|di)\s|de l'|dell')/u;

/**
 * Composes the rules of one language.
 * @example buildDateRules(pl, pl.dates).rules.length > 0
 */
export function buildDateRules(pack: LanguagePack | undefined, vocab: DateVocabulary): DateRuleSources {
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
  const end = unspaced ? "" : particles.length > 0 ? `(?=${words(particles)}?(?!${WORD_CHAR}))` : `(?!${WORD_CHAR})`;
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
    relYearAlone: words(Object.keys(vocab.relativeYears ?? {}).filter((p) => !GENITIVE_START.test(p))),
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
    dayStart: vocab.notBeforeDay?.length ? `(?<!${words(vocab.notBeforeDay)}\\s*)` : "",
  };
  // Subpatterns may use the spacing subpatterns themselves.
  subs.linker = XRegExp.build(subs.linker!, { S }).source;
  const build = (pattern: string) => XRegExp.build(pattern.replace(/\s+/g, ""), subs, "dyu");

  // The year after a day and month, or a month: "2019", "2019 roku", "de 1953", "2019. godine".
  const yearPart = "(?<y>{{year}})(?:\\.?{{S0}}(?<yw>{{yearWord}}))?";
  // A relative year before a month, maybe with a preposition between: "loňského března", "loni v červnu".
  const relYearBefore = "(?:(?<ryb>{{relYear}}){{S}}(?:{{preposition}}{{S}})?)?";
  const partAfter = unspaced ? "(?:{{S0}}(?<pa>{{partAfter}}))?" : "(?:{{S}}(?<pa>{{partAfter}}))?";
  const rules: DateRuleSource[] = [];
  const opened = new Map<Opener, number>();
  const add = (kind: RuleKind, pattern: string, openers: Opener[]) => {
    const regex = build(pattern);
    const captureNames = (regex as RegExp & { xregexp?: { captureNames?: (string | null)[] | null } }).xregexp?.captureNames ?? [];
    const names = captureNames.flatMap((name, i): [string, number][] => (name ? [[name, i + 1]] : []));
    for (const o of openers) opened.set(o, (opened.get(o) ?? 0) | (1 << rules.length));
    rules.push({ kind, source: regex.source.replaceAll(WORD_CHAR, "[\\p{L}\\p{N}]"), flags: regex.flags, names });
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
  // A relative year alone, its value a year: "last year", "prošle godine", "去年"; without the genitive
  // that joins one to a month ("marzo del año pasado"): alone the date is "año pasado".
  add("year", "(?<ry>{{relYearAlone}}){{end}}", ["relYear"]);
  // A relative month alone, its value a month: "last month", "上月", "지난달", "先月".
  add("month", "(?<rm>{{relMonth}}){{end}}", ["relMonth"]);
  add(
    "weekday",
    `(?:(?<rw>{{relWeek}}){{S0}}|(?<nb>{{nextBefore}}){{S}})? (?<wd>{{weekday}})
     (?:{{S}}(?<na>{{nextAfter}}))? (?:{{S0}}(?<pa>{{partAfter}}))? {{end}}`,
    ["relWeek", "nextBefore", "weekday"],
  );
  add("relative", `(?<rd>{{relDay}}) (?:{{S0}}(?<pa>{{partAfter}}))? {{end}}`, ["relDay"]);
  if (vocab.daysAlone) {
    add("day", `(?:(?<rm>{{relMonth}}){{S0}}|(?<nb>{{nextBefore}}){{S}})? {{dayStart}}(?<d>{{day}}){{dayStop}} ${partAfter} {{end}}`, ["relMonth", "nextBefore", "digit"]);
  }

  const preps = vocab.prepositions ?? [];
  return {
    rules,
    opened: [...opened],
    prepositionBefore: preps.length ? `(?:^|[^\\p{L}\\p{N}])${words(preps)}${S0}$` : null,
    leadingPreposition: preps.length ? `^${words(preps)}(?:(?<=')|(?![\\p{L}\\p{N}]))${S0}` : null,
  };
}
