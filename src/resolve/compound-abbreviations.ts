/**
 * One-character country abbreviations in Chinese and Japanese (中, 朝, 俄, ロ): a
 * character that abbreviates a country only inside a compound ("中朝关系", "日米韓"),
 * before a suffix ("中方"), or after a prefix ("访华"). Anywhere else it is part of
 * an ordinary word ("其中", "朝阳"), so the mention is dropped. Word boundaries come
 * from `Intl.Segmenter` on a few characters around the candidate only ("其中|朝阳" is
 * not "中朝").
 */
import type { SyntaxData } from "../lang/types.js";
import type { GazetteerEntry } from "../schema/gazetteer.js";
import type { Tokens } from "../text/tokens.js";
import { mergeByStart } from "./merge-by-start.js";
import { makeFound, type Found } from "./types.js";

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

/** What `compoundWordMentions` reads besides the mentions. */
export interface CompoundWordInput {
  text: string;
  tokens: Tokens;
  tokenSentence: Int32Array;
  entries: readonly GazetteerEntry[];
  lang: string;
}

/**
 * Korean (`rules.words`): the abbreviations inside the listed compound words, each syllable
 * a mention ("북중" → north-korea, china; "방중에서" → china), added to `found`. The names
 * matcher never finds such a syllable on its own ("회담 중": `pendingNames` leaves them out of
 * the vocabulary). A word that is already (part of) a mention is left alone.
 * @example compoundWordMentions(found, input, ko.syntax.compoundAbbreviations) // + 북 and 중 in "북중 관계"
 */
export function compoundWordMentions(found: Found[], input: CompoundWordInput, rules: Rules | undefined): Found[] {
  if (!rules?.words) return found;
  const sets = compoundWords(rules);
  const firsts = sets.firsts;
  const syllables = syllableAbbreviations(input.entries, input.lang);
  if (syllables.size === 0) return found;
  const { text, tokens } = input;
  const added: Found[] = [];
  let m = 0; // the first found mention that does not end before the token
  for (let t = 0; t < tokens.count; t++) {
    const start = tokens.start[t]!;
    if (!firsts.has(text.charCodeAt(start))) continue;
    const end = tokens.end[t]!;
    while (m < found.length && found[m]!.end <= start) m++;
    if (m < found.length && found[m]!.start < end) continue;
    const word = compoundAt(text, start, end, sets);
    if (word < 0) {
      // Alone before a title, after a person's name or at the start of a sentence: "라브로프 러 외무장관"
      // (not "회담 중 대통령이", during the talks the president).
      const sentence = input.tokenSentence[t];
      const afterName = m > 0 && found[m - 1]!.type === "person" && /^ +$/.test(text.slice(found[m - 1]!.end, start));
      const opens = t === 0 || input.tokenSentence[t - 1] !== sentence;
      if (end - start === 1 && sets.alone.has(text[start]!) && (afterName || opens) && t + 1 < tokens.count && input.tokenSentence[t + 1] === sentence && startsWithAny(text, tokens.start[t + 1]!, sets.titles)) {
        const e = syllables.get(text[start]!);
        if (e !== undefined) added.push(makeFound(start, end, t, t + 1, input.tokenSentence[t]!, e, input.entries[e]!.type, "abbreviation", 0.9, text[start]!));
      }
      continue;
    }
    for (let i = start; i < start + word; i++) {
      const e = syllables.get(text[i]!);
      if (e !== undefined) added.push(makeFound(i, i + 1, t, t + 1, input.tokenSentence[t]!, e, input.entries[e]!.type, "abbreviation", 0.9, text[i]!));
    }
  }
  return added.length === 0 ? found : mergeByStart(found, added);
}

/** The length of the listed compound that text[start, end) is, alone, with a particle after it or as a verb; -1 if none. */
function compoundAt(text: string, start: number, end: number, sets: CompoundWords): number {
  const word = text.slice(start, end);
  if (sets.words.has(word)) return word.length;
  for (const p of sets.particles) if (word.length > p.length && word.endsWith(p) && sets.words.has(word.slice(0, word.length - p.length))) return word.length - p.length;
  for (let n = 2; n < word.length; n++) if (sets.verbStarts.has(word[n]!) && sets.words.has(word.slice(0, n))) return n;
  return -1;
}

interface CompoundWords {
  words: Set<string>;
  firsts: Set<number>;
  particles: readonly string[];
  verbStarts: Set<string>;
  alone: Set<string>;
  titles: readonly string[];
}

function startsWithAny(text: string, at: number, words: readonly string[]): boolean {
  for (const w of words) if (text.startsWith(w, at)) return true;
  return false;
}

const wordSets = new WeakMap<Rules, CompoundWords>();

function compoundWords(rules: Rules): CompoundWords {
  let sets = wordSets.get(rules);
  if (!sets) {
    const words = new Set(rules.words);
    const alone = new Set(rules.alone);
    const firsts = new Set([...words, ...alone].map((w) => w.charCodeAt(0)));
    sets = { words, firsts, particles: rules.particles ?? [], verbStarts: new Set(rules.verbStarts), alone, titles: rules.titles ?? [] };
    wordSets.set(rules, sets);
  }
  return sets;
}

const syllableMaps = new WeakMap<readonly GazetteerEntry[], Map<string, Map<string, number>>>();

/** The one-character abbreviations of `lang` in the gazetteer, by character (a character two entries share is left out). */
function syllableAbbreviations(entries: readonly GazetteerEntry[], lang: string): Map<string, number> {
  let byLang = syllableMaps.get(entries);
  if (!byLang) syllableMaps.set(entries, (byLang = new Map()));
  let map = byLang.get(lang);
  if (!map) {
    map = new Map();
    const shared = new Set<string>();
    entries.forEach((e, i) => {
      for (const a of e.abbreviations?.[lang] ?? []) {
        if (a.length !== 1) continue;
        if (map!.has(a) && map!.get(a) !== i) shared.add(a);
        map!.set(a, i);
      }
    });
    for (const a of shared) map.delete(a);
    byLang.set(lang, map);
  }
  return map;
}
