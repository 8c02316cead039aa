/**
 * chrono-node as a second parser for the languages it covers: it reads one
 * stretch of text, and its results are cut to the date words (no prepositions,
 * no punctuation) and turned into parts, so that the document-date semantics of
 * ./values.ts apply to them as to the grammar's own matches.
 */
import type * as chrono from "chrono-node";
import type { LanguagePack } from "../lang/types.js";
import { chronoParser } from "./chrono-parsers.js";
import { isDateTrigger, type DateGrammar } from "./grammar.js";
import type { DateParts, DocDate } from "./values.js";

type Locale = NonNullable<LanguagePack["chronoLocale"]>;

export interface ChronoHit {
  start: number;
  end: number;
  parts: DateParts;
}

/** A reference for chrono when the document has no date: only what the text says is used then. */
const NO_DATE = new Date(Date.UTC(2000, 0, 1, 12));

/**
 * The dates chrono finds in `text[from, to)`, cut and read as parts; [] on any failure.
 * @example parseWithChrono("en", text, 0, text.length, doc, grammar, folded) // [{ start: 57, end: 63, parts: { weekday: 4 } }]
 */
export function parseWithChrono(
  locale: Locale,
  text: string,
  from: number,
  to: number,
  doc: DocDate | null,
  g: DateGrammar,
  folded: string,
): ChronoHit[] {
  const parse = chronoParser(locale);
  if (!parse) return [];
  const instant = doc ? new Date(Date.UTC(doc.year, doc.month - 1, doc.day, 12)) : NO_DATE;
  let results: chrono.ParsedResult[];
  try {
    results = parse(text.slice(from, to), { instant, timezone: 0 }, { forwardDate: false });
  } catch {
    return [];
  }
  const out: ChronoHit[] = [];
  for (const r of results) {
    if (r.end) continue; // a range ("mardi à mercredi"): the grammar reads its ends
    const span = cut(folded, from + r.index, from + r.index + r.text.length, g);
    if (!span) continue;
    const parts = partsOf(r.start, folded.slice(span[0], span[1]), doc, g);
    if (parts) out.push({ start: span[0], end: span[1], parts });
  }
  return out;
}

/** Drops punctuation, spaces and prepositions around chrono's text ("on Friday," → "Friday"). */
function cut(folded: string, a: number, b: number, g: DateGrammar): [number, number] | null {
  for (;;) {
    while (a < b && !/[\p{L}\p{N}]/u.test(folded[a]!)) a++;
    const prep = g.leadingPreposition?.exec(folded.slice(a, b));
    if (!prep) break;
    a += prep[0].length;
  }
  while (b > a && !/[\p{L}\p{N}.]/u.test(folded[b - 1]!)) b--;
  while (b > a && folded[b - 1] === "." && !/\p{L}\.$/u.test(folded.slice(a, b))) b--;
  return b > a ? [a, b] : null;
}

/** chrono's certain components as parts; null when nothing in the text is a date word or a number. */
function partsOf(c: chrono.ParsedComponents, span: string, doc: DocDate | null, g: DateGrammar): DateParts | null {
  const certain = (k: chrono.Component) => c.isCertain(k);
  const words = span.match(/[\p{L}\p{N}]+/gu) ?? [];
  const digits = /\d/.test(span);
  if (!digits && !words.some((w) => isDateTrigger(g, w))) return null;
  const year = certain("year") ? c.get("year")! : undefined;
  if (year !== undefined && !span.includes(String(year))) return null; // "in 14 years", "2015年之后" read as 4040
  if (certain("day") && certain("month")) {
    if (digits) return { year, month: c.get("month")!, day: c.get("day")! };
    if (!doc) return {};
    const serial = Math.round(Date.UTC(c.get("year")!, c.get("month")! - 1, c.get("day")!) / 86_400_000);
    return { relDay: serial - doc.serial };
  }
  if (certain("weekday")) {
    const parts: DateParts = { weekday: (c.get("weekday")! + 6) % 7 };
    if (words.some((w) => g.last.has(w))) parts.direction = -1;
    else if (words.some((w) => g.next.has(w))) parts.direction = 1;
    return parts;
  }
  if (certain("month")) return { year, month: c.get("month")! };
  if (year !== undefined) return { year };
  return null;
}
