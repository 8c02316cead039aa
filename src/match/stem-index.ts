/**
 * The per-language half of the matcher: every word of the vocabulary indexed
 * by the stems of its paradigms, so that an inflected word of the text finds
 * its base word with a few hash lookups ("pekinem" → stem "pekin" + "em").
 */
import type { LanguagePack } from "../lang/types.js";
import { foldText } from "../text/chars.js";
import { compileParadigms } from "./paradigms.js";
import { languageMask, type Vocabulary } from "./vocabulary.js";

/** Length of the stem heads that prefilter the words of a text. */
export const HEAD = 3;

export interface StemIndex {
  code: string;
  /**
   * stem → flat pairs [word, endingSet, word, endingSet, …], in word order, for the words
   * of the names of this language and of "*" (see `Vocabulary.wordLanguages`). The base
   * form of every word (stem = the word, ending "") is not listed: it is the
   * vocabulary's own word map, shared by all languages (at 100k names it was 8 MB a
   * language).
   */
  stems: Map<string, number[]>;
  /** The vocabulary's words (see `stems`). */
  wordIds: ReadonlyMap<string, number>;
  endingSets: Set<string>[];
  /** Every non-empty ending of any paradigm. */
  endings: Set<string>;
  maxEnding: number;
  /** Endings an abbreviation may take after a hyphen. */
  abbreviationEndings: Set<string>;
  /**
   * The first three characters of every stem (the whole stem when shorter): a word
   * whose start is not here has no candidate, and most words of a text are such.
   */
  heads: Set<string>;
}

/**
 * Indexes all words of `vocab` by the paradigms of `pack` (none: exact words only).
 * @example buildStemIndex(vocab, pl).stems.get("pekin")
 */
export function buildStemIndex(vocab: Vocabulary, pack: LanguagePack | undefined): StemIndex {
  const paradigms = compileParadigms(pack);
  const stems = new Map<string, number[]>();
  const setIds = new Map<string, number>();
  const endingSets: Set<string>[] = [];
  const endings = new Set<string>();
  let maxEnding = 0;
  const upperInfo = { upper: true };
  const lowerInfo = { upper: false };
  const added: string[] = [];
  const mask = languageMask(vocab, pack?.code ?? "und");
  for (let word = 0; word < vocab.words.length; word++) {
    // Another language's word is found as written (see `Vocabulary.wordLanguages`).
    if (!(vocab.wordLanguages[word]! & mask)) continue;
    const key = vocab.words[word]!;
    const wordCase = vocab.wordCase[word]!;
    added.length = 0;
    for (let pass = 0; pass < 2; pass++) {
      if (!(wordCase & (pass === 0 ? 1 : 2))) continue;
      for (const p of paradigms(key, pass === 0 ? upperInfo : lowerInfo)) {
        // The base form itself: found through `wordIds`.
        if (p.stem === key && p.endings.length === 1 && p.endings[0] === "") continue;
        const signature = p.endings.length === 1 && p.endings[0] === "" ? "" : p.endings.join("\u0000");
        const seenKey = p.stem + "\u0001" + signature;
        if (added.includes(seenKey)) continue;
        added.push(seenKey);
        let setId = setIds.get(signature);
        if (setId === undefined) {
          setId = endingSets.length;
          endingSets.push(new Set(p.endings));
          setIds.set(signature, setId);
          for (const e of p.endings) {
            if (e.length === 0) continue;
            endings.add(e);
            if (e.length > maxEnding) maxEnding = e.length;
          }
        }
        const list = stems.get(p.stem);
        if (list) list.push(word, setId);
        else stems.set(p.stem, [word, setId]);
      }
    }
  }
  const heads = new Set<string>();
  for (const stem of stems.keys()) heads.add(stem.slice(0, HEAD));
  for (const word of vocab.words) heads.add(word.slice(0, HEAD));
  return {
    code: pack?.code ?? "und",
    heads,
    stems,
    wordIds: vocab.wordIds,
    endingSets,
    endings,
    maxEnding,
    abbreviationEndings: new Set((pack?.inflection?.abbreviationEndings ?? []).map(foldText)),
  };
}
