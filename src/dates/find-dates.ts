/**
 * The dates stage: date expressions of the language ("четвъртък вечерта",
 * "1 października", "4 settembre", "2025-10-12"), each with its ISO value
 * resolved against the document date, never overlapping an entity mention.
 * The language's date grammar (./grammar.ts, from its pack's vocabulary) finds
 * them; where the pack names a chrono-node locale, chrono reads the numeric
 * dates the grammar leaves (./chrono.ts).
 */
import type { CompiledLanguage } from "../lang/compile.js";
import type { LanguagePack } from "../lang/types.js";
import { makeFound, type Found } from "../resolve/types.js";
import type { Span } from "../schema/result.js";
import { tableMap } from "../table-map.js";
import type { Tokens } from "../text/tokens.js";
import { parseWithChrono } from "./chrono.js";
import { anchorKey, compileDateGrammar, isDateTrigger, type DateGrammar, type RuleKind } from "./grammar.js";
import { isInsideUrl, scanDates, type DateMatch } from "./scan.js";
import { dateValue, docDate, type DocDate } from "./values.js";
import { SAME_DAY, type DateVocabulary } from "./vocabulary.js";

export interface DateInput {
  text: string;
  folded: string;
  tokens: Tokens;
  tokenSentence: Int32Array;
  sentences: Span[];
  language: CompiledLanguage;
  /** Document date (yyyy-mm-dd) or null. */
  date: string | null;
  /** Entity mentions already found: dates never overlap them. */
  taken: Found[];
  /** WordClass bits of every token (`WordClass.DateTrigger` is what the scan starts from). */
  classes: Uint8Array;
}

/** Without a pack, only numeric dates ("2025-10-12", "12.10.2025") are found. */
const NO_VOCABULARY: DateVocabulary = { months: [], weekdays: [] };
const grammars = new WeakMap<object, DateGrammar>();

/**
 * Whether a folded word can anchor a date in the pack's language (the test behind
 * `WordClass.DateTrigger`).
 * @example dateTriggerTest(pl)("piatek") === true
 */
export function dateTriggerTest(pack: LanguagePack | undefined): (key: string) => boolean {
  const g = grammarOf(pack);
  return (key) => isDateTrigger(g, key);
}

/**
 * A test of whether a folded word may open a date rule (an `openers` key), for the word classifier.
 * @example dateOpenerTest(en)("september") === true
 */
export function dateOpenerTest(pack: LanguagePack | undefined): (key: string) => boolean {
  const g = grammarOf(pack);
  return (key) => g.openers.has(anchorKey(g, key));
}

/** The compiled grammar of a pack, built once. */
function grammarOf(pack: LanguagePack | undefined): DateGrammar {
  const key = pack ?? NO_VOCABULARY;
  let g = grammars.get(key);
  if (!g) {
    g = compileDateGrammar(pack, (pack?.dates as DateVocabulary | undefined) ?? NO_VOCABULARY);
    grammars.set(key, g);
  }
  return g;
}

const CONFIDENCE_OF: Record<RuleKind | "chrono", number> = {
  numeric: 0.95,
  full: 0.9,
  range: 0.9,
  month: 0.85,
  year: 0.85,
  bareYear: 0.75,
  weekday: 0.85,
  relative: 0.85,
  day: 0.8,
  chrono: 0.7,
};
const CONFIDENCE = tableMap(CONFIDENCE_OF);
/** A value that names one day of a known year. */
const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Finds the date mentions of a text, in text order.
 * @example findDates({ ...stages, date: "2025-10-12" }).map((f) => f.value) // ["2025-10-12", "2025-10-01", "2025-10-10", "2025-09"]
 */
export function findDates(input: DateInput): Found[] {
  const pack = input.language.pack;
  const g = grammarOf(pack);
  const doc = docDate(input.date);
  const { matches, unread } = scanDates(input, g);
  const hits: { start: number; end: number; sentence: number; value: string | undefined; confidence: number; sameDay?: boolean }[] = matches.map((m) => ({
    start: m.start,
    end: m.end,
    sentence: m.sentence,
    value: dateValue(m.parts, doc),
    confidence: m.parts.year !== undefined || m.kind === "numeric" ? Math.max(CONFIDENCE.get(m.kind)!, 0.9) : CONFIDENCE.get(m.kind)!,
    sameDay: m.parts.relDay === SAME_DAY,
  }));
  if (pack?.chronoLocale) {
    for (const h of chronoDates(input, g, pack.chronoLocale, doc, matches, unread)) hits.push({ ...h, confidence: CONFIDENCE.get("chrono")! });
    hits.sort((a, b) => a.start - b.start);
  }
  // "同日", "当天下午", "이날": the day of the last full date before it.
  let lastDay: string | undefined;
  for (const h of hits) {
    if (h.sameDay && lastDay !== undefined) h.value = lastDay;
    else if (h.value !== undefined && FULL_DAY.test(h.value)) lastDay = h.value;
  }

  const { tokens } = input;
  const taken = isSorted(input.taken) ? input.taken : [...input.taken].sort((a, b) => a.start - b.start);
  const out: Found[] = [];
  let k = 0; // taken is in text order
  for (const h of hits) {
    while (k < taken.length && taken[k]!.end <= h.start) k++;
    if (overlapsAny(taken, k, h.start, h.end)) continue;
    const first = lowerBound(tokens.start, tokens.count, h.start);
    const last = Math.max(first, lowerBound(tokens.start, tokens.count, h.end) - 1);
    out.push(makeFound(h.start, h.end, first, last, h.sentence, -1, "date", "date", h.confidence, undefined, h.value));
  }
  return out;
}

function isSorted(found: Found[]): boolean {
  for (let i = 1; i < found.length; i++) if (found[i]!.start < found[i - 1]!.start) return false;
  return true;
}

function overlapsAny(taken: Found[], from: number, start: number, end: number): boolean {
  for (let i = from; i < taken.length && taken[i]!.start < end; i++) if (taken[i]!.end > start) return true;
  return false;
}

/** First index whose value is >= x. */
function lowerBound(values: Int32Array, count: number, x: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How far around an unread numeric date chrono reads (clipped to the sentence, at spaces). */
const CHRONO_WINDOW = 48;

/**
 * chrono around each numeric date ("12/10/2025", "4.9.") the grammar left
 * unread; its results that cover one and overlap nothing are kept.
 */
function chronoDates(
  input: DateInput,
  g: DateGrammar,
  locale: NonNullable<LanguagePack["chronoLocale"]>,
  doc: DocDate | null,
  matches: DateMatch[],
  unread: number[],
): { start: number; end: number; sentence: number; value: string | undefined }[] {
  const { text, folded, tokens, tokenSentence, sentences } = input;
  const out: { start: number; end: number; sentence: number; value: string | undefined }[] = [];
  let read = 0;
  for (const t of unread) {
    const s = tokenSentence[t]!;
    const a = tokens.start[t]!;
    const b = tokens.end[t]!;
    if (a < read) continue;
    const sentence = sentences[s]!;
    let from = Math.max(sentence.start, a - CHRONO_WINDOW);
    let to = Math.min(sentence.end, b + CHRONO_WINDOW);
    while (from > sentence.start && from < a && !/\s/.test(text[from - 1]!)) from++;
    while (to < sentence.end && to > b && !/\s/.test(text[to]!)) to--;
    read = to;
    for (const hit of parseWithChrono(locale, text, from, to, doc, g, folded)) {
      if (hit.start > a || hit.end < b) continue;
      if (matches.some((x) => x.start < hit.end && x.end > hit.start) || isInsideUrl(text, hit.start, hit.end)) continue;
      out.push({ start: hit.start, end: hit.end, sentence: s, value: dateValue(hit.parts, doc) });
    }
  }
  return out;
}
