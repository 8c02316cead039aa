/**
 * Compiles a gazetteer (and the role nouns of the language packs) into a
 * language-independent token trie over distinct folded words. Built once per
 * extractor; the cost of matching does not depend on how many names it holds.
 */
import type { GazetteerEntry } from "../schema/gazetteer.js";
import type { LanguagePack } from "../lang/types.js";
import { foldText } from "../text/chars.js";
import { TokenBuffer, TokenFlag, scanTokens } from "../text/tokens.js";
import { EdgeTable } from "./edge-table.js";
import { attachNames, type PlacedNames } from "./lazy-records.js";
import { precompiledVocabulary } from "./vocabulary-codec.js";

export type RecordKind = "name" | "short" | "abbreviation" | "adjective" | "descriptor" | "role";

/** What a path in the trie names. */
export interface NameRecord {
  /** Index of the gazetteer entry; -1 for a role noun. */
  entity: number;
  kind: RecordKind;
  /** For role nouns: the normalised English role. */
  role?: string;
  /** The name as written in the gazetteer (its base form). */
  base: string;
  /** Language key of the name ("*" = any). */
  lang: string;
  /** Number of words. */
  words: number;
  /** Bit t set: word t must be capitalised in the text. */
  upperMask: number;
  /** Bit t set: word t is a short acronym ("PO", "ЕС", "EMA") that only matches text in capitals ("Po" is not "PO"). */
  capsMask: number;
  /** The vocabulary word of each word of the name (the path to its node: one list shared by the node's records). */
  wordIds: readonly number[];
  /** Position of the name in its list (entry, field, language): the first is the entry's main name there. */
  order: number;
  /** Case-sensitive (abbreviations): the text must show exactly these words. */
  exact?: string[];
  /** The name ends with a period that the text must show too ("Korea Płn."). */
  period: boolean;
  /** `[this record]`, made once and shared by the matches it alone makes (see find-names.ts). */
  alone: readonly NameRecord[] | undefined;
}

export interface Vocabulary {
  /** Distinct folded words; a word's id is its index. */
  words: string[];
  wordIds: Map<string, number>;
  /** Per word: 1 if capitalised in some name, 2 if lowercase in some name. */
  wordCase: number[];
  /** (node, word) → child node. Node 0 is the root. */
  edges: EdgeTable;
  /** Records of the names ending at each node; read them through `recordsAt`, which makes them at first need (./lazy-records.ts). */
  terminals: (NameRecord[] | undefined)[];
  /** Makes a node's records not made yet: the node's records, or undefined for none (see ./lazy-records.ts). */
  unread?: (node: number) => NameRecord[] | undefined;
  nodeCount: number;
  /** Longest name, in words. */
  maxWords: number;
  entries: readonly GazetteerEntry[];
  /**
   * Per word: the languages of the names it is a word of, as the bits of `languageBits`
   * (see `languageMask`). A language's stem index holds only the words of its own names
   * and of the names for every language ("*"). A path through any other word ends only at
   * other languages' records, which `accepts` (find-names.ts) takes only as written: each
   * token its word exactly, which the lookup in `wordIds` finds without a stem.
   */
  wordLanguages: Uint32Array;
  languageBits: ReadonlyMap<string, number>;
}

const FIELDS = [
  ["aliases", "name"],
  ["short", "short"],
  ["abbreviations", "abbreviation"],
  ["adjectives", "adjective"],
  ["descriptors", "descriptor"],
] as const;

/**
 * Builds the vocabulary of a validated gazetteer and the packs' role nouns.
 * @example buildVocabulary(defaultGazetteer, builtinLanguages).words.length > 0
 */
export function buildVocabulary(entries: readonly GazetteerEntry[], packs: readonly LanguagePack[]): Vocabulary {
  const names = pendingNames(entries, packs);
  // The default gazetteer's vocabulary is precompiled at build time (./vocabulary-codec.ts).
  const precompiled = precompiledVocabulary(names, entries);
  if (precompiled) return precompiled;
  return compileNames(names, entries).vocab;
}

/**
 * Every name to learn, in order: the entries' names field by field and language by
 * language, then the packs' role nouns.
 */
export function pendingNames(entries: readonly GazetteerEntry[], packs: readonly LanguagePack[]): PendingNames {
  const names: PendingNames = { name: [], entity: [], kind: [], lang: [], role: [], order: [] };
  const add = (name: string, entity: number, kind: RecordKind, lang: string, role: string | undefined, order: number) => {
    names.name.push(name.trim());
    names.entity.push(entity);
    names.kind.push(kind);
    names.lang.push(lang);
    names.role.push(role);
    names.order.push(order);
  };
  // Korean one-syllable abbreviations are found inside compound words, never as a word of their own
  // (src/resolve/compound-abbreviations.ts): matched alone they were only dropped again (~0.9 % of a pass).
  const inWordsOnly = new Set<string>();
  for (const pack of packs) if (pack.syntax?.compoundAbbreviations?.words) inWordsOnly.add(pack.code);
  for (let e = 0; e < entries.length; e++) {
    const entry = entries[e]!;
    for (const [field, kind] of FIELDS) {
      const byLang = entry[field];
      if (!byLang) continue;
      for (const lang in byLang) {
        const list = byLang[lang]!;
        const skipSingles = kind === "abbreviation" && inWordsOnly.has(lang);
        for (let order = 0; order < list.length; order++) if (!(skipSingles && list[order]!.trim().length === 1)) add(list[order]!, e, kind, lang, undefined, order);
      }
    }
  }
  for (const pack of packs) {
    for (const [role, nouns] of Object.entries(pack.roles ?? {})) {
      for (let order = 0; order < nouns.length; order++) add(nouns[order]!, -1, "role", pack.code, role, order);
    }
  }
  return names;
}

/**
 * The vocabulary of the names, and where each name went in its trie; the records are
 * made when a text first reaches their node (./lazy-records.ts).
 */
export function compileNames(names: PendingNames, entries: readonly GazetteerEntry[]): { vocab: Vocabulary; placed: PlacedNames } {
  const count = names.name.length;
  const vocab = emptyVocabulary(entries, count * 2);
  // Every name in one string, folded in one pass (a fold per name was a fifth of the build).
  const all = names.name.join("\n");
  const folded = foldText(all);
  const state: Placing = {
    vocab,
    buffer: new TokenBuffer(16),
    node: new Int32Array(count),
    upperMask: new Int32Array(count),
    capsMask: new Int32Array(count),
    exact: new Map(),
    parent: [],
    word: [],
    firstAt: [-1],
    nextAt: new Int32Array(count),
  };
  let from = 0;
  for (let i = 0; i < count; i++) {
    addName(state, names, i, all, folded, from);
    from += names.name[i]!.length + 1;
  }
  const { node, upperMask, capsMask, exact } = state;
  const placed: PlacedNames = { node, upperMask, capsMask, exact, parent: Int32Array.from(state.parent), word: Int32Array.from(state.word) };
  attachNames(vocab, names, placed);
  return { vocab, placed };
}

/**
 * The bits of the words a document in `code` may find in an inflected form: those of its own names and of "*".
 * @example vocab.wordLanguages[vocab.wordIds.get("pekin")!]! & languageMask(vocab, "pl")
 */
export function languageMask(vocab: Vocabulary, code: string): number {
  return (vocab.languageBits.get("*") ?? 0) | (vocab.languageBits.get(code) ?? 0);
}

/**
 * The records of the names that end at trie node `node`, or undefined.
 * @example recordsAt(vocab, childOf(vocab, 0, vocab.wordIds.get("xi")!))?.[0]?.base // "Xi"
 */
export function recordsAt(vocab: Vocabulary, node: number): NameRecord[] | undefined {
  const list = vocab.terminals[node];
  return list !== undefined || vocab.unread === undefined ? list : vocab.unread(node);
}

/** A vocabulary without words; `edges` is sized for about `edgeCount` edges. */
export function emptyVocabulary(entries: readonly GazetteerEntry[], edgeCount: number): Vocabulary {
  return { words: [], wordIds: new Map(), wordCase: [], edges: new EdgeTable(edgeCount), terminals: [undefined], nodeCount: 1, maxWords: 0, entries, wordLanguages: new Uint32Array(0), languageBits: new Map() };
}

/**
 * The names of the gazetteer and the role nouns of the packs, before they are tokenised:
 * name i is `name[i]`, `entity[i]`… Columns, not an object per name: the objects were
 * most of what building the names cost in a fresh process (its code still interpreted),
 * and a tenth of a large extractor's heap, which keeps them for the records it makes later.
 */
export interface PendingNames {
  /** Trimmed. */
  name: string[];
  /** The entry's index; -1 for a role noun. */
  entity: number[];
  kind: RecordKind[];
  lang: string[];
  /** A role noun's role. */
  role: (string | undefined)[];
  order: number[];
}

/** Longest word in capitals that counts as an acronym colliding with common words ("PO", "Ko", "ЕС"); longer ones ("COVID") are also written in title case. */
const SHORT_ACRONYM = 3;

/** What placing the names builds besides the vocabulary: see `PlacedNames`; the names at each node as linked lists. */
interface Placing {
  vocab: Vocabulary;
  buffer: TokenBuffer;
  node: Int32Array;
  upperMask: Int32Array;
  capsMask: Int32Array;
  exact: Map<number, string[]>;
  parent: number[];
  word: number[];
  /** Per node: the first name placed there, -1 for none; then `nextAt` per name. */
  firstAt: number[];
  nextAt: Int32Array;
}

/** Places name `i` (at `all[from, from + name.length)`; `folded` is `foldText(all)`) in the trie; node -1 when it adds no record. */
function addName(state: Placing, names: PendingNames, i: number, all: string, folded: string, from: number): void {
  const { vocab } = state;
  const trimmed = names.name[i]!;
  const entity = names.entity[i]!;
  const kind = names.kind[i]!;
  const lang = names.lang[i]!;
  state.node[i] = -1;
  const tokens = scanTokens(all, folded, from, from + trimmed.length, state.buffer);
  if (tokens.count === 0) return;
  let node = 0;
  let upperMask = 0;
  let capsMask = 0;
  const exact: string[] = [];
  for (let t = 0; t < tokens.count; t++) {
    const key = tokens.keys[t]!;
    const flags = tokens.flags[t]!;
    const upper = (flags & (TokenFlag.Upper | TokenFlag.AllCaps)) !== 0;
    if (upper && t < 31 && kind !== "role" && kind !== "adjective") upperMask |= 1 << t;
    if (flags & TokenFlag.AllCaps && t < 31 && key.length <= SHORT_ACRONYM && kind !== "role" && kind !== "adjective") capsMask |= 1 << t;
    if (kind === "abbreviation") exact.push(all.slice(tokens.start[t]!, tokens.end[t]!));
    let word = vocab.wordIds.get(key);
    if (word === undefined) {
      word = vocab.words.length;
      vocab.words.push(key);
      vocab.wordIds.set(key, word);
      vocab.wordCase.push(0);
    }
    vocab.wordCase[word]! |= upper ? 1 : 2;
    let child = vocab.edges.get(node, word);
    if (child < 0) {
      child = vocab.nodeCount++;
      vocab.edges.set(node, word, child);
      state.parent.push(node);
      state.word.push(word);
      state.firstAt.push(-1);
    }
    node = child;
  }
  if (tokens.count > vocab.maxWords) vocab.maxWords = tokens.count;
  // The same name of the same entry, kind and language is there already.
  let last = -1;
  for (let j = state.firstAt[node]!; j >= 0; j = state.nextAt[j]!) {
    if (names.entity[j] === entity && names.kind[j] === kind && names.name[j] === trimmed && names.lang[j] === lang) return;
    last = j;
  }
  state.nextAt[i] = -1;
  if (last < 0) state.firstAt[node] = i;
  else state.nextAt[last] = i;
  // Sentence-case names ("Пакистански върховен съд", "Evropská unie") are often written
  // lowercase in running text; their first capital is significant only in one-word names
  // and in names whose other words are capitalised too ("Korea Północna").
  if (tokens.count > 1 && (upperMask & ~1) === 0) upperMask = 0;
  state.node[i] = node;
  state.upperMask[i] = upperMask;
  state.capsMask[i] = capsMask;
  if (kind === "abbreviation") state.exact.set(i, exact);
}

/** The child of `node` along `word`, or -1. */
export function childOf(vocab: Vocabulary, node: number, word: number): number {
  return vocab.edges.get(node, word);
}
