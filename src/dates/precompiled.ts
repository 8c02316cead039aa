/**
 * The rule sources of a date vocabulary, from the file precompiled at build time
 * (./rules.generated.ts, written by scripts/build-date-rules.ts) when it holds
 * this exact vocabulary, else composed now with XRegExp (./rules.ts). A
 * fingerprint of everything the composition reads keys the file, so an edited
 * pack is never read from a stale entry.
 */
import type { LanguagePack } from "../lang/types.js";
import { PRECOMPILED_DATE_RULES } from "./rules.generated.js";
import { buildDateRules, XREGEXP_VERSION, type DateRuleSources } from "./rules.js";
import type { DateVocabulary } from "./vocabulary.js";

/**
 * What the composition depends on, hashed (FNV-1a, 32 bits, hex): XRegExp's version, the pack's code and scripts, the vocabulary.
 * @example dateRulesFingerprint(pl, pl.dates) // "9c1d0e7a"
 */
export function dateRulesFingerprint(pack: LanguagePack | undefined, vocab: DateVocabulary): string {
  const key = JSON.stringify([XREGEXP_VERSION, pack?.code ?? null, pack?.scripts ?? null, vocab]);
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0") + key.length.toString(16);
}

/**
 * The rule sources of a vocabulary: precompiled when the file has them, composed otherwise.
 * @example dateRuleSources(pl, pl.dates).rules[0].kind === "numeric"
 */
export function dateRuleSources(pack: LanguagePack | undefined, vocab: DateVocabulary): DateRuleSources {
  const fingerprint = dateRulesFingerprint(pack, vocab);
  return Object.hasOwn(PRECOMPILED_DATE_RULES, fingerprint) ? PRECOMPILED_DATE_RULES[fingerprint]! : buildDateRules(pack, vocab);
}
