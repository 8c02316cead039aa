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
  /** The vocabulary word of each word of the name. */
  wordIds: number[];
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
  /** Records of the names ending at each node; read them through `recordsAt` (a precompiled vocabulary makes them at first need). */
  terminals: (NameRecord[] | undefined)[];
  /** A precompiled vocabulary's records not made yet: the node's records, or undefined for none (see vocabulary-codec.ts). */
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
export function pendingNames(entries: readonly GazetteerEntry[], packs: readonly LanguagePack[]): PendingName[] {
  const names: PendingName[] = [];
  entries.forEach((entry, index) => {
    for (const [field, kind] of FIELDS) {
      const byLang = entry[field];
      if (!byLang) continue;
      for (const lang in byLang) {
        byLang[lang]!.forEach((name, order) => names.push({ name: name.trim(), entity: index, kind, lang, role: undefined, order }));
      }
    }
  });
  for (const pack of packs) {
    for (const [role, nouns] of Object.entries(pack.roles ?? {})) {
      nouns.forEach((noun, order) => names.push({ name: noun.trim(), entity: -1, kind: "role", lang: pack.code, role, order }));
    }
  }
  return names;
}

/**
 * The vocabulary of the names, and for each name the record it added (null: no words,
 * or the same name already there).
 */
export function compileNames(names: readonly PendingName[], entries: readonly GazetteerEntry[]): { vocab: Vocabulary; records: (NameRecord | null)[] } {
  const vocab = emptyVocabulary(entries, names.length * 2);
  // Every name in one string, folded in one pass (a fold per name was a fifth of the build).
  const all = names.map((n) => n.name).join("\n");
  const folded = foldText(all);
  const buffer = new TokenBuffer(16);
  const records: (NameRecord | null)[] = [];
  let from = 0;
  for (const name of names) {
    records.push(addName(vocab, buffer, all, folded, from, name));
    from += name.name.length + 1;
  }
  // A name not added repeats one with the same words, entity, kind and language.
  markLanguages(vocab, names, (i, mark) => records[i]?.wordIds.forEach(mark));
  return { vocab, records };
}

/**
 * A bit for every language of the names, in the order of first use. Those past the 31st
 * get all bits: their words go into every index, and their own indexes take every word.
 */
function languageBits(names: readonly PendingName[]): Map<string, number> {
  const bits = new Map<string, number>();
  for (const n of names) if (!bits.has(n.lang)) bits.set(n.lang, bits.size < 31 ? 1 << bits.size : ALL_LANGUAGES);
  return bits;
}

const ALL_LANGUAGES = 0xffffffff;

/** Fills `vocab.wordLanguages` (and its bits): `wordsOf(i, mark)` calls `mark` with every word id of name `i`. */
export function markLanguages(vocab: Vocabulary, names: readonly PendingName[], wordsOf: (i: number, mark: (word: number) => void) => void): void {
  const bits = languageBits(names);
  const langs = new Uint32Array(vocab.words.length);
  let bit = 0;
  const mark = (word: number) => {
    langs[word]! |= bit;
  };
  for (let i = 0; i < names.length; i++) {
    bit = bits.get(names[i]!.lang)!;
    wordsOf(i, mark);
  }
  vocab.wordLanguages = langs;
  vocab.languageBits = bits;
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

/** A name of the gazetteer or a role noun of a pack, before it is tokenised. */
export interface PendingName {
  /** Trimmed. */
  name: string;
  entity: number;
  kind: RecordKind;
  lang: string;
  role: string | undefined;
  order: number;
}

/** Longest word in capitals that counts as an acronym colliding with common words ("PO", "Ko", "ЕС"); longer ones ("COVID") are also written in title case. */
const SHORT_ACRONYM = 3;

/** Adds the name at `all[from, from + name.length)` (`folded` is `foldText(all)`); returns its record, null when it added none. */
function addName(vocab: Vocabulary, buffer: TokenBuffer, all: string, folded: string, from: number, pending: PendingName): NameRecord | null {
  const { name: trimmed, entity, kind, lang, role, order } = pending;
  const period = trimmed.endsWith(".");
  const tokens = scanTokens(all, folded, from, from + trimmed.length, buffer);
  if (tokens.count === 0) return null;
  let node = 0;
  let upperMask = 0;
  let capsMask = 0;
  const wordIds: number[] = [];
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
    wordIds.push(word);
    let child = vocab.edges.get(node, word);
    if (child < 0) {
      child = vocab.nodeCount++;
      vocab.edges.set(node, word, child);
      vocab.terminals.push(undefined);
    }
    node = child;
  }
  // Sentence-case names ("Пакистански върховен съд", "Evropská unie") are often written
  // lowercase in running text; their first capital is significant only in one-word names
  // and in names whose other words are capitalised too ("Korea Północna").
  if (tokens.count > 1 && (upperMask & ~1) === 0) upperMask = 0;
  const record: NameRecord = { entity, kind, role, base: trimmed, lang, words: tokens.count, upperMask, capsMask, wordIds, order, exact: kind === "abbreviation" ? exact : undefined, period, alone: undefined };
  if (tokens.count > vocab.maxWords) vocab.maxWords = tokens.count;
  const list = (vocab.terminals[node] ??= []);
  if (list.some((r) => r.entity === record.entity && r.kind === record.kind && r.base === record.base && r.lang === record.lang)) return null;
  list.push(record);
  return record;
}

/** The child of `node` along `word`, or -1. */
export function childOf(vocab: Vocabulary, node: number, word: number): number {
  return vocab.edges.get(node, word);
}
