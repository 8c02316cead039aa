/**
 * Finds the names of the vocabulary in the tokens of a text: for each token the
 * base words it can be a form of (via the stem index), then the longest valid
 * path through the trie from each token, leftmost first, never overlapping.
 */
import { CharClass, PROP_CLASS, charProps } from "../text/chars.js";
import { ownString } from "../text/own-string.js";
import { TokenFlag, type Tokens } from "../text/tokens.js";
import type { ClassifyWord } from "../text/word-class.js";
import { HEAD, type StemIndex } from "./stem-index.js";
import { childOf, recordsAt, type NameRecord, type Vocabulary } from "./vocabulary.js";

/** A name found in the text, before resolution. */
export interface NameMatch {
  /** Token range [firstToken, lastToken). */
  firstToken: number;
  lastToken: number;
  /** UTF-16 offsets in the input. */
  start: number;
  end: number;
  /** The records (entities, roles) this span can be; all passed the checks. Shared lists: never changed. */
  records: readonly NameRecord[];
  /** Per record: the text shows the name exactly as written in the gazetteer (folded), no inflection. */
  verbatim: readonly boolean[];
  /** Per record: its name is itself an inflected form of another name of the same entity and language here ("Unii" of "Unia"). */
  derived: readonly boolean[];
  /** The ending found on the last word ("" when written in base form). */
  ending: string;
}

const ALL_TRUE: (readonly boolean[])[] = [];
const ALL_FALSE: (readonly boolean[])[] = [];

/** A shared, frozen list of `n` copies of `flag`. */
function sameFlags(flag: boolean, n: number): readonly boolean[] {
  const cache = flag ? ALL_TRUE : ALL_FALSE;
  return (cache[n] ??= Object.freeze(new Array<boolean>(n).fill(flag)));
}

/** Kinds of records that belong to one language (names and abbreviations work across languages). */
const LANGUAGE_BOUND = new Set(["short", "adjective", "descriptor", "role"]);

/** Every token's name candidates, and its word's classes (WordClass bits) for the other stages. */
export interface TokenWords {
  /** One shared list per distinct word (never copied per token): an empty one for most tokens. */
  cand: WordCandidates[];
  classes: Uint8Array;
}

/** No classes asked: what `findNames` reads when not given the words. */
const NO_CLASSES: ClassifyWord = () => 0;

/**
 * The candidate base words of every token and the classes of its word, both computed once
 * per distinct word and language and kept together: one lookup per token for the names,
 * the titles' linkers and the dates' anchors (`classify` is the language's, the same
 * function every time; see lang/word-classes.ts).
 * @example readWords(tokens, vocab, language.stems, classifierOf(language)).classes[3] & WordClass.Linker
 */
export function readWords(tokens: Tokens, vocab: Vocabulary, index: StemIndex, classify: ClassifyWord): TokenWords {
  const cand = new Array<WordCandidates>(tokens.count);
  const classes = new Uint8Array(tokens.count);
  const memo = memoOf(index, classify);
  let units: Int32Array | undefined;
  let unitClasses: Int16Array | undefined;
  for (let i = 0; i < tokens.count; i++) {
    const key = tokens.keys[i]!;
    if (tokens.flags[i]! & TokenFlag.Ideograph) {
      // One character (a pair of surrogates for CJK extensions, read through the map), its classes by code unit.
      const code = key.length === 1 ? key.charCodeAt(0) : -1;
      const w = code >= 0 ? (units ??= unitWords(vocab))[code]! - 1 : (vocab.wordIds.get(key) ?? -1);
      cand[i] = w < 0 ? NONE : wordItself(vocab, w);
      if (code < 0) classes[i] = classify(key);
      else {
        unitClasses ??= unitClassesOf(classify);
        const known = unitClasses[code]!;
        classes[i] = known >= 0 ? known : (unitClasses[code] = classify(key));
      }
      continue;
    }
    // News repeats its words: the candidates of a word are computed once per language and kept.
    let known = memo.get(key);
    if (known === undefined) {
      known = candidatesOf(key, index, vocab, classify(key));
      if (memo.size >= MEMO_LIMIT) memo.clear();
      // The key is a slice of this text: the memo keeps a copy, not a view that keeps the text.
      memo.set(ownString(key), known);
    }
    cand[i] = known;
    classes[i] = known.classes;
  }
  return { cand, classes };
}

/** The base words one text word can be a form of, each with the ending found and whether the word is that base word as written. */
interface WordCandidates {
  words: number[];
  endings: string[];
  /** The text word is the vocabulary word itself (folded), no ending and no other stem. */
  exact: boolean[];
  /** The word's classes in the memo's language (WordClass bits); not read from `NONE` or an ideograph's shared candidates. */
  classes: number;
}

/** No candidates: one shared object per combination of class bits, made at first need. */
const NONE_BY_CLASSES: WordCandidates[] = [];
const noCandidates = (classes: number) => (NONE_BY_CLASSES[classes] ??= { words: [], endings: [], exact: [], classes });
const NONE = noCandidates(0);
/** Distinct words remembered per language before the memo starts over (a few MB). */
const MEMO_LIMIT = 200_000;
const memos = new WeakMap<StemIndex, WeakMap<ClassifyWord, Map<string, WordCandidates>>>();
const itselves = new WeakMap<Vocabulary, WordCandidates[]>();

function memoOf(index: StemIndex, classify: ClassifyWord): Map<string, WordCandidates> {
  let byClassifier = memos.get(index);
  if (!byClassifier) {
    byClassifier = new WeakMap();
    memos.set(index, byClassifier);
  }
  let memo = byClassifier.get(classify);
  if (!memo) {
    memo = new Map();
    byClassifier.set(classify, memo);
  }
  return memo;
}

const unitClassTables = new WeakMap<ClassifyWord, Int16Array>();

/** A classifier's answers for one-unit words (Han and kana tokens), by code unit; -1 until asked. */
function unitClassesOf(classify: ClassifyWord): Int16Array {
  let table = unitClassTables.get(classify);
  if (!table) {
    table = new Int16Array(0x10000).fill(-1);
    unitClassTables.set(classify, table);
  }
  return table;
}

const unitTables = new WeakMap<Vocabulary, Int32Array>();

/**
 * 1 + the id of every one-unit vocabulary word by its code unit, 0 for none: Han and
 * kana text is one token per character, and a map lookup per character was the
 * matcher's largest cost on Chinese and Japanese.
 */
function unitWords(vocab: Vocabulary): Int32Array {
  let table = unitTables.get(vocab);
  if (!table) {
    table = new Int32Array(0x10000);
    vocab.words.forEach((word, id) => {
      if (word.length === 1) table![word.charCodeAt(0)] = id + 1;
    });
    unitTables.set(vocab, table);
  }
  return table;
}

/** The one candidate of an ideograph that is a vocabulary word: itself. */
function wordItself(vocab: Vocabulary, w: number): WordCandidates {
  let list = itselves.get(vocab);
  if (!list) {
    list = [];
    itselves.set(vocab, list);
  }
  return (list[w] ??= { words: [w], endings: [""], exact: [true], classes: 0 });
}

function candidatesOf(key: string, index: StemIndex, vocab: Vocabulary, classes: number): WordCandidates {
  const none = noCandidates(classes);
  const { stems, endings, endingSets, maxEnding } = index;
  const n = key.length;
  // No stem starts like this word (a stem is never longer than the word): most words stop here.
  if (!index.heads.has(key.slice(0, HEAD)) && !(n > 1 && index.heads.has(key.slice(0, 2))) && !index.heads.has(key.slice(0, 1))) return none;
  const word: number[] = [];
  const ending: string[] = [];
  const limit = Math.min(maxEnding, n - 1);
  const add = (w: number, end: string) => {
    for (let q = 0; q < word.length; q++) if (word[q] === w && ending[q] === end) return;
    word.push(w);
    ending.push(end);
  };
  for (let k = 0; k <= limit; k++) {
    const end = k === 0 ? "" : key.slice(n - k);
    if (k > 0 && !endings.has(end)) continue;
    const list = stems.get(k === 0 ? key : key.slice(0, n - k));
    // The word itself in base form, in word order among the stems' words (see StemIndex.stems).
    let self = k === 0 ? index.wordIds.get(key) : undefined;
    if (list !== undefined) {
      for (let p = 0; p < list.length; p += 2) {
        const w = list[p]!;
        if (self !== undefined && self <= w) {
          add(self, "");
          self = undefined;
        }
        if (endingSets[list[p + 1]!]!.has(end)) add(w, end);
      }
    }
    if (self !== undefined) add(self, "");
  }
  return word.length === 0 ? none : { words: word, endings: ending, exact: word.map((w) => vocab.words[w] === key), classes };
}

/** How two consecutive words may join in a name: not, as words of it, or across an opening quote ("площад „Ким Ир Сен“"). */
const enum Join {
  No = 0,
  Yes = 1,
  Quoted = 2,
}

/** Opening quotes a name may cross in its middle: „ « “ " ‹ ‚ */
function isOpeningQuote(code: number): boolean {
  return code === 0x201e || code === 0xab || code === 0x201c || code === 0x22 || code === 0x2039 || code === 0x201a;
}

/** Closing quotes that end a name an opening quote ran into: “ ” » " › ‘ ’ */
function isClosingQuote(code: number): boolean {
  return code === 0x201c || code === 0x201d || code === 0xbb || code === 0x22 || code === 0x203a || code === 0x2018 || code === 0x2019;
}

/**
 * Whether the words `a` and `b` (consecutive tokens) may be parts of one name. A quote may open
 * right before `b` (Bulgarian writes the name of a square or a street in quotes after its noun:
 * "площад „Ким Ир Сен“"); the name must then end at its closing quote (see `walkFrom`).
 */
function joinable(text: string, tokens: Tokens, a: number, b: number, props: Uint8Array): Join {
  const gapStart = tokens.end[a]!;
  const gapEnd = tokens.start[b]!;
  const ideoA = (tokens.flags[a]! & TokenFlag.Ideograph) !== 0;
  const ideoB = (tokens.flags[b]! & TokenFlag.Ideograph) !== 0;
  if (ideoA && ideoB) return gapEnd === gapStart || (gapEnd - gapStart === 1 && (text.charCodeAt(gapStart) === 0x30fb || text.charCodeAt(gapStart) === 0xb7)) ? Join.Yes : Join.No; // 金正恩, キム・ジョンウン, 弗拉基米尔·普京
  if (gapEnd - gapStart > 3) return Join.No;
  // Across an opening quote: a space, then the quote right before the word.
  if (gapEnd - gapStart >= 2 && isOpeningQuote(text.charCodeAt(gapEnd - 1)) && !ideoA && !ideoB) {
    for (let i = gapStart; i < gapEnd - 1; i++) if ((props[text.charCodeAt(i)]! & PROP_CLASS) !== CharClass.Space) return Join.No;
    return Join.Quoted;
  }
  let hasSeparator = gapEnd > gapStart || ideoA !== ideoB;
  // After a number or an initial, a period or a degree sign belongs to the name ("80. rocznica", "80° anniversario", "J. Smith").
  const numeric = (tokens.flags[a]! & TokenFlag.Numeric) !== 0;
  const initial = tokens.end[a]! - tokens.start[a]! === 1;
  for (let i = gapStart; i < gapEnd; i++) {
    const code = text.charCodeAt(i);
    const c = props[code]! & PROP_CLASS;
    if (c === CharClass.Space || c === CharClass.Hyphen || c === CharClass.Apostrophe || code === 0xb7 || code === 0x26) continue;
    if (code === 0x2e && i === gapStart && (numeric || initial)) continue;
    if ((code === 0xb0 || code === 0xba) && i === gapStart && numeric) continue;
    return Join.No;
  }
  return hasSeparator ? Join.Yes : Join.No;
}

/** True if text[start, end) is two or more capitals followed by a lowercase ending of at most three letters ("МИДа", "ГУМе"). */
function capitalsThenEnding(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && text[i] !== text[i]!.toLowerCase()) i++;
  if (i - start < 2 || end - i > 3) return false;
  for (let k = i; k < end; k++) if (text[k] !== text[k]!.toLowerCase()) return false;
  return true;
}

/**
 * Checks a record against the text tokens it would cover. Names of another language
 * match only as written: the document's inflection rules are not theirs ("Londýn" is
 * not found in Polish "Londynie" as a Czech name).
 */
function accepts(record: NameRecord, text: string, tokens: Tokens, first: number, lastEnding: string, docLang: string, verbatim: boolean): boolean {
  const foreign = record.lang !== "*" && docLang !== "und" && record.lang !== docLang;
  if (foreign && (LANGUAGE_BOUND.has(record.kind) || !verbatim)) return false;
  for (let t = 0; t < record.words && t < 31; t++) {
    const f = tokens.flags[first + t]!;
    if (record.upperMask & (1 << t) && f & TokenFlag.Cased && !(f & (TokenFlag.Upper | TokenFlag.AllCaps))) return false;
    // A short acronym matches only capitals: "PO" is not "Po", "ЕС" is not "Ес"; the last word may take a lowercase ending ("МИДа").
    if (record.capsMask & (1 << t) && f & TokenFlag.Cased && !(f & TokenFlag.AllCaps)) {
      if (t < record.words - 1 || !capitalsThenEnding(text, tokens.start[first + t]!, tokens.end[first + t]!)) return false;
    }
  }
  if (record.exact) {
    if (lastEnding !== "") return false;
    for (let t = 0; t < record.words; t++) {
      const s = tokens.start[first + t]!;
      if (text.slice(s, tokens.end[first + t]!) !== record.exact[t]) return false;
    }
  }
  if (record.period && text.charCodeAt(tokens.end[first + record.words - 1]!) !== 0x2e) return false;
  // Katakana is read one character at a time: a katakana name inside a longer katakana word is not it ("プーチンスキー").
  const start = tokens.start[first]!;
  const end = tokens.end[first + record.words - 1]!;
  if ((isKatakana(text.charCodeAt(start)) && isKatakana(text.charCodeAt(start - 1))) || (isKatakana(text.charCodeAt(end - 1)) && isKatakana(text.charCodeAt(end)))) return false;
  return true;
}

/** Katakana letters and the prolonged sound mark (not the middle dot "・", which separates words). */
function isKatakana(code: number): boolean {
  return (code >= 0x30a1 && code <= 0x30fa) || code === 0x30fc;
}

/**
 * All names in the tokens, leftmost-longest, non-overlapping.
 * @example findNames(text, tokens, vocab, index, "pl") // [{ start: 60, end: 73, records: [...] }]
 */
export function findNames(text: string, tokens: Tokens, vocab: Vocabulary, index: StemIndex, docLang: string, words?: TokenWords): NameMatch[] {
  const cand = (words ?? readWords(tokens, vocab, index, NO_CLASSES)).cand;
  const walk: Walk = { text, tokens, vocab, cand, props: charProps(), docLang, first: 0, bestEnd: -1, bestRecords: [], bestVerbatim: [], owned: false, bestEnding: "", bestQuoted: false };
  const first = firstWords(vocab);
  const out: NameMatch[] = [];
  let i = 0;
  while (i < tokens.count) {
    // Most candidates are inner words of names ("of", "na", "Party"): no name starts with them.
    let starts = false;
    const words = cand[i]!.words;
    for (let c = 0; c < words.length && !starts; c++) starts = first[words[c]!] === 1;
    if (!starts) {
      i++;
      continue;
    }
    walk.first = i;
    walk.bestEnd = -1;
    walk.bestEnding = "";
    walk.bestQuoted = false;
    walk.owned = false;
    walkFrom(walk, 0, i, 0, true, false);
    let bestEnd = walk.bestEnd;
    const bestRecords = walk.bestRecords;
    if (bestEnd < 0) {
      i++;
      continue;
    }
    let end = tokens.end[bestEnd - 1]!;
    if (walk.bestQuoted) end++; // its closing quote
    else if (bestRecords.some((r) => r.period)) end++;
    else if (bestRecords.every((r) => r.exact) && text.charCodeAt(end) === 0x2d && bestEnd < tokens.count && tokens.start[bestEnd] === end + 1) {
      // An inflected abbreviation: "ONZ-etu".
      if (index.abbreviationEndings.has(tokens.keys[bestEnd]!)) {
        end = tokens.end[bestEnd]!;
        bestEnd++;
      }
    }
    const derived = bestRecords.length === 1 ? sameFlags(false, 1) : derivedOf(bestRecords, vocab, index);
    out.push({ firstToken: i, lastToken: bestEnd, start: tokens.start[i]!, end, records: bestRecords, verbatim: walk.bestVerbatim, derived, ending: walk.bestEnding });
    i = bestEnd;
  }
  return out;
}

const firstWordTables = new WeakMap<Vocabulary, Uint8Array>();

/**
 * 1 for every vocabulary word that starts a name (an edge from the root), by word id: a
 * few kilobytes read for every candidate of every token, instead of a probe into the
 * edge table of the whole trie (hundreds of kilobytes, a cache miss when texts of many
 * languages alternate). Made once per vocabulary, which is complete when built (as for
 * `unitWords`).
 */
function firstWords(vocab: Vocabulary): Uint8Array {
  let table = firstWordTables.get(vocab);
  if (!table) {
    table = new Uint8Array(vocab.words.length);
    vocab.edges.forEach((node, word) => {
      if (node === 0) table![word] = 1;
    });
    firstWordTables.set(vocab, table);
  }
  return table;
}

/** The state of the trie walk from one token: its input and the longest match so far. */
interface Walk {
  text: string;
  tokens: Tokens;
  vocab: Vocabulary;
  cand: WordCandidates[];
  props: Uint8Array;
  docLang: string;
  /** The token the walk starts at. */
  first: number;
  bestEnd: number;
  /** The records of the longest match so far, and per record whether it is verbatim; read only once `bestEnd` >= 0. */
  bestRecords: readonly NameRecord[];
  bestVerbatim: readonly boolean[];
  /** The two lists above are this walk's own copies (more records may be pushed), not shared ones. */
  owned: boolean;
  bestEnding: string;
  /** The longest match crossed an opening quote, and ends at the closing one. */
  bestQuoted: boolean;
}

/**
 * Follows every candidate word of token `j` from trie node `node`, keeping the longest
 * accepted records in `w`. A record's words are the path's, so it is verbatim when
 * every token on the path is its word as written (`exact`).
 */
function walkFrom(w: Walk, node: number, j: number, depth: number, exact: boolean, quoted: boolean): void {
  const { vocab, tokens } = w;
  const here = w.cand[j]!;
  // Past an opening quote, a name ends only at the closing one.
  const mayEnd = !quoted || isClosingQuote(w.text.charCodeAt(tokens.end[j]!));
  for (let c = 0; c < here.words.length; c++) {
    const child = childOf(vocab, node, here.words[c]!);
    if (child < 0) continue;
    const verbatim = exact && here.exact[c]!;
    const records = recordsAt(vocab, child);
    // Every path that reaches the longest end counts: "Unii" is the name "Unii" and a form of "Unia".
    if (records && mayEnd && j + 1 >= w.bestEnd) {
      const longer = j + 1 > w.bestEnd;
      let taken = 0;
      for (const r of records) {
        if (!accepts(r, w.text, tokens, w.first, here.endings[c]!, w.docLang, verbatim)) continue;
        if (j + 1 > w.bestEnd) {
          // A longer match: shared one-record lists (a document's matches stay alive to its end,
          // and their lists were most of what a long text's young-generation GC copied).
          w.bestEnd = j + 1;
          w.bestRecords = (r.alone ??= [r]);
          w.bestVerbatim = sameFlags(verbatim, 1);
          w.owned = false;
          w.bestEnding = here.endings[c]!;
          w.bestQuoted = quoted;
          taken = 1;
          continue;
        }
        if (w.bestRecords.includes(r)) continue;
        // A second record for the same span. The lists may be shared: copied once into lists
        // of this walk's own (a spread per record was most of what the walk allocated), never changed.
        // Spread, not `slice`: the flags are frozen, and V8 slices a frozen array ~12x slower (228 vs 18 ns).
        if (!w.owned) {
          w.bestRecords = [...w.bestRecords];
          w.bestVerbatim = [...w.bestVerbatim];
          w.owned = true;
        }
        (w.bestRecords as NameRecord[]).push(r);
        (w.bestVerbatim as boolean[]).push(verbatim);
        taken++;
      }
      // The node's records, every one taken (the usual case for a name several entries share):
      // the node's own list and a shared list of flags stand for the copies.
      if (longer && taken === records.length && taken > 1) {
        w.bestRecords = records;
        w.bestVerbatim = sameFlags(verbatim, taken);
        w.owned = false;
      }
    }
    if (j + 1 < tokens.count && depth + 1 < vocab.maxWords) {
      const join = joinable(w.text, tokens, j, j + 1, w.props);
      // One quote a name: a second opening one is no part of it.
      if (join === Join.Yes || (join === Join.Quoted && !quoted)) walkFrom(w, child, j + 1, depth + 1, verbatim, quoted || join === Join.Quoted);
    }
  }
}

const derivedCache = new WeakMap<StemIndex, WeakMap<readonly NameRecord[], readonly boolean[]>>();

/**
 * Per record of a span: is its name an inflected form of another's here? Kept per list
 * when the list is a trie node's own (the same names meet again and again).
 */
function derivedOf(records: readonly NameRecord[], vocab: Vocabulary, index: StemIndex): readonly boolean[] {
  let byList = derivedCache.get(index);
  if (!byList) derivedCache.set(index, (byList = new WeakMap()));
  const known = byList.get(records);
  if (known) return known;
  // Two names that are forms of each other ("Асия"/"Асии" once й is folded to и): the one listed first is the base.
  const derived = Object.freeze(records.map((r) => records.some((o) => o !== r && isFormOf(r, o, vocab, index) && (o.order < r.order || !isFormOf(o, r, vocab, index)))));
  byList.set(records, derived);
  return derived;
}

/** True if the name of `a` is an inflected form of the name of `b` (same entity, language and length) by the document's rules. */
function isFormOf(a: NameRecord, b: NameRecord, vocab: Vocabulary, index: StemIndex): boolean {
  if (a.entity !== b.entity || a.lang !== b.lang || a.words !== b.words || a.base === b.base) return false;
  let changed = false;
  for (let t = 0; t < a.words; t++) {
    const wa = a.wordIds[t]!;
    const wb = b.wordIds[t]!;
    if (wa === wb) continue;
    if (!isWordFormOf(vocab.words[wa]!, wb, index)) return false;
    changed = true;
  }
  return changed;
}

/** True if the folded word `key` is stem + ending of a paradigm of vocabulary word `word`. */
function isWordFormOf(key: string, word: number, index: StemIndex): boolean {
  const n = key.length;
  for (let k = 0; k <= Math.min(index.maxEnding, n - 1); k++) {
    const end = k === 0 ? "" : key.slice(n - k);
    const list = index.stems.get(key.slice(0, n - k));
    if (list === undefined) continue;
    for (let p = 0; p < list.length; p += 2) if (list[p] === word && index.endingSets[list[p + 1]!]!.has(end)) return true;
  }
  return false;
}
