/**
 * A language pack compiled against an extractor's vocabulary: everything the
 * stages need for one language, built once on first use.
 */
import { buildStemIndex, type StemIndex } from "../match/stem-index.js";
import type { Vocabulary } from "../match/vocabulary.js";
import { foldText } from "../text/chars.js";
import type { SentenceRules } from "../text/sentences.js";
import type { LanguagePack } from "./types.js";

export interface CompiledLanguage {
  code: string;
  pack: LanguagePack | undefined;
  stems: StemIndex;
  sentences: SentenceRules;
  /** Folded words that may link the parts of a title: of-words, and-words, determiners. */
  linkers: Set<string>;
  /** Folded "and" words. */
  and: Set<string>;
  /** Folded common words that look like short names. */
  commonWords: Set<string>;
  /** Finds "delegation led by" phrases; the name after one leads the visit. */
  delegation: RegExp | null;
}

const fold = (words: readonly string[] | undefined) => new Set((words ?? []).map((w) => foldText(w.trim())));

/** Escapes a literal for a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Compiles `pack` (undefined: a language without a pack) for `vocab`.
 * @example compileLanguage(pl, vocab).stems.stems.has("pekin")
 */
export function compileLanguage(code: string, pack: LanguagePack | undefined, vocab: Vocabulary): CompiledLanguage {
  const words = pack?.words;
  const and = fold(words?.and);
  const delegation = pack?.delegationLedBy?.length
    ? new RegExp(`(?:${pack.delegationLedBy.map((p) => escapeRegExp(foldText(p)).replace(/\s+/g, "\\s+")).join("|")})\\s*$`)
    : null;
  return {
    code,
    pack,
    stems: buildStemIndex(vocab, pack),
    sentences: {
      abbreviations: new Set((pack?.abbreviations ?? []).map((a) => foldText(a.replace(/\.$/, "")))),
      ordinalPeriod: pack?.ordinalPeriod ?? false,
    },
    linkers: new Set([...fold(words?.of), ...and, ...fold(words?.determiners)]),
    and,
    commonWords: fold(pack?.commonWords),
    delegation,
  };
}
