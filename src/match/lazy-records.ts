/**
 * The records of a vocabulary's names, made when a text first reaches their trie node.
 * A text reaches few of the nodes: made at build, the records were three objects per
 * name (the record, its word list, its node's list), most of a 1M-name extractor's heap
 * (~1.2 KB a name), which every young collection of a long run then paid for; for the
 * default gazetteer, making all ~8,000 was a tenth of start-up. Both ways of building a
 * vocabulary end here: compiling names (./vocabulary.ts) and reading the precompiled
 * default (./vocabulary-codec.ts).
 */
import type { NameRecord, PendingNames, Vocabulary } from "./vocabulary.js";

/** Where each name went in the trie, and the trie's links to parents. */
export interface PlacedNames {
  /** Per name: the node of its record; -1 when it has none (no words, or the same name already there). */
  node: Int32Array;
  /** Per name: bit t set when word t must be capitalised in the text (see `NameRecord.upperMask`). */
  upperMask: Int32Array;
  /** Per name: bit t set when word t is a short acronym (see `NameRecord.capsMask`). */
  capsMask: Int32Array;
  /** Per abbreviation with a record, by name index: its words as written. */
  exact: ReadonlyMap<number, string[]>;
  /** Per node from 1 (index node - 1): its parent node and the word of the edge to it. */
  parent: Int32Array;
  word: Int32Array;
}

/**
 * Sets the vocabulary's languages of words and its records, made at first need from `names`
 * and `placed` (both kept).
 * @example attachNames(vocab, names, placed); recordsAt(vocab, node)?.[0]?.base // "Xi"
 */
export function attachNames(vocab: Vocabulary, names: PendingNames, placed: PlacedNames): void {
  const { node: nodeOf, parent, word } = placed;
  const count = vocab.nodeCount;
  const nameCount = names.name.length;
  vocab.terminals = new Array<NameRecord[] | undefined>(count).fill(undefined);
  // The names of each node, in name order (a counting sort).
  const first = new Int32Array(count + 1);
  for (let i = 0; i < nameCount; i++) if (nodeOf[i]! >= 0) first[nodeOf[i]! + 1]!++;
  for (let n = 0; n < count; n++) first[n + 1]! += first[n]!;
  const byNode = new Int32Array(first[count]!);
  const fill = first.slice(0, count);
  for (let i = 0; i < nameCount; i++) if (nodeOf[i]! >= 0) byNode[fill[nodeOf[i]!]!++] = i;
  markLanguages(vocab, names, placed);
  const made = new Uint8Array(count);
  vocab.unread = (node) => {
    if (made[node]) return vocab.terminals[node];
    made[node] = 1;
    if (first[node] === first[node + 1]) return undefined;
    // The node's path, one list for all its records (they only read it).
    const wordIds: number[] = [];
    for (let x = node; x !== 0; x = parent[x - 1]!) wordIds.push(word[x - 1]!);
    wordIds.reverse();
    const list: NameRecord[] = [];
    for (let k = first[node]!; k < first[node + 1]!; k++) {
      const i = byNode[k]!;
      const kind = names.kind[i]!;
      const base = names.name[i]!;
      list.push({
        entity: names.entity[i]!,
        kind,
        role: names.role[i],
        base,
        lang: names.lang[i]!,
        words: wordIds.length,
        upperMask: placed.upperMask[i]!,
        capsMask: placed.capsMask[i]!,
        wordIds,
        order: names.order[i]!,
        exact: kind === "abbreviation" ? placed.exact.get(i) : undefined,
        period: base.endsWith("."),
        alone: undefined,
      });
    }
    return (vocab.terminals[node] = list);
  };
}

/**
 * A bit for every language of the names, in the order of first use. Those past the 31st
 * get all bits: their words go into every index, and their own indexes take every word.
 */
function languageBits(names: PendingNames): Map<string, number> {
  const bits = new Map<string, number>();
  for (const lang of names.lang) if (!bits.has(lang)) bits.set(lang, bits.size < 31 ? 1 << bits.size : ALL_LANGUAGES);
  return bits;
}

const ALL_LANGUAGES = 0xffffffff;

/**
 * Fills `vocab.wordLanguages` and its bits: each word gets the bits of the languages of the
 * names it is a word of (a name's words are the edges on the path to its node).
 */
function markLanguages(vocab: Vocabulary, names: PendingNames, placed: PlacedNames): void {
  const { node: nodeOf, parent, word } = placed;
  const bits = languageBits(names);
  const langs = new Uint32Array(vocab.words.length);
  for (let i = 0; i < names.lang.length; i++) {
    const bit = bits.get(names.lang[i]!)!;
    for (let x = nodeOf[i]!; x > 0; x = parent[x - 1]!) langs[word[x - 1]!]! |= bit;
  }
  vocab.wordLanguages = langs;
  vocab.languageBits = bits;
}
