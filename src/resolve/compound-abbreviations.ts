/**
 * One-character country abbreviations in Chinese and Japanese (中, 朝, 俄, ロ): a
 * character that abbreviates a country only inside a compound ("中朝关系", "日米韓"),
 * before a suffix ("中方"), or after a prefix ("访华"). Anywhere else it is part of
 * an ordinary word ("其中", "朝阳"), so the mention is dropped. Word boundaries come
 * from `Intl.Segmenter` on a few characters around the candidate only ("其中|朝阳" is
 * not "中朝").
 */
import type { SyntaxData } from "../lang/types.js";
import type { Found } from "./types.js";

type Rules = NonNullable<SyntaxData["compoundAbbreviations"]>;

const isSingle = (f: Found) => f.form === "abbreviation" && f.entity >= 0 && f.end - f.start === 1;

/**
 * The mentions without the one-character abbreviations that stand alone.
 * @example keepCompoundAbbreviations(found, "中朝关系", rules) // both kept; in "其中" the "中" is dropped
 */
export function keepCompoundAbbreviations(found: Found[], text: string, rules: Rules | undefined, lang: string): Found[] {
  if (!rules || !found.some(isSingle)) return found;
  const at = new Map<number, Found>();
  for (const f of found) if (isSingle(f)) at.set(f.start, f);
  const keep = new Set<Found>();
  for (const f of at.values()) {
    if (keep.has(f)) continue;
    // The run of adjacent one-character abbreviations this one belongs to.
    let first = f.start;
    while (at.has(first - 1)) first--;
    let end = f.end;
    while (at.has(end)) end++;
    const run = text.slice(first, end);
    const around = text.slice(Math.max(0, first - 2), end + 2);
    if ((rules.never ?? []).some((n) => around.includes(n) && overlaps(around, n, run))) continue;
    const compound = end - first >= 2;
    const suffixed = (rules.suffixes ?? []).some((s) => text.startsWith(s, end));
    const prefixed = (rules.prefixes ?? []).some((p) => first >= p.length && text.startsWith(p, first - p.length));
    if (!compound && !suffixed && !prefixed) continue;
    // Next to punctuation, a space, a Latin letter or a digit a word always ends: the segmenter is asked only between two Han or kana characters.
    let window: SegmentsAround | undefined;
    const cut = (pos: number) => hardBreak(text, pos) || isWordBoundary((window ??= segmentsAround(text, first, end, lang)), pos);
    const stands = (compound && cut(first) && cut(end)) || (suffixed && cut(first)) || (prefixed && cut(end));
    if (stands) for (let i = first; i < end; i++) keep.add(at.get(i)!);
  }
  return found.filter((f) => !isSingle(f) || keep.has(f));
}

/** True if an occurrence of `word` in `around` shares a character with the run it surrounds. */
function overlaps(around: string, word: string, run: string): boolean {
  const runAt = around.indexOf(run);
  for (let i = around.indexOf(word); i >= 0; i = around.indexOf(word, i + 1)) {
    if (i < runAt + run.length && runAt < i + word.length) return true;
  }
  return false;
}

/**
 * True if `pos` is a word boundary whatever the dictionary says: an end of the text,
 * or next to ASCII or CJK punctuation (UAX #29 joins none of them to a Han or kana
 * character). Checked against Intl.Segmenter in test/resolve/compound-abbreviations.test.ts.
 */
export function hardBreak(text: string, pos: number): boolean {
  return pos <= 0 || pos >= text.length || isBreaking(text.charCodeAt(pos - 1)) || isBreaking(text.charCodeAt(pos));
}

/** ASCII, CJK punctuation (、。「」《》【】; not 々〆〇, which join a word), full-width ASCII punctuation (，！？：；（）). */
function isBreaking(code: number): boolean {
  return code < 0x80 || (code >= 0x3000 && code <= 0x3004) || (code >= 0x3008 && code <= 0x3011) || (code >= 0xff01 && code <= 0xff0f) || (code >= 0xff1a && code <= 0xff20);
}

const segmenters = new Map<string, Intl.Segmenter>();

/** The word segments of a few characters around text[first, end), and where they start in the text. */
export interface SegmentsAround {
  from: number;
  segments: Intl.Segments;
}

/** The segments of text[first - 8, end + 8) (read lazily: ask `isWordBoundary`). */
export function segmentsAround(text: string, first: number, end: number, lang: string): SegmentsAround {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: "word" });
    segmenters.set(lang, segmenter);
  }
  const from = Math.max(0, first - 8);
  return { from, segments: segmenter.segment(text.slice(from, end + 8)) };
}

/**
 * True if a word starts (or the window ends) at `pos`, which lies past the window's first
 * character. `containing` asks the segmenter about one position instead of listing every
 * segment of the window (3× faster over the zh/ja fixture texts, the same answers:
 * test/resolve/compound-abbreviations.test.ts).
 */
export function isWordBoundary(around: SegmentsAround, pos: number): boolean {
  const segment = around.segments.containing(pos - around.from);
  return segment === undefined || segment.index === pos - around.from;
}
