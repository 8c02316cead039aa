/**
 * Korean: names do not inflect, but particles (josa) and the copula are
 * written on the same spaced word ("중국을", "김정은과의", "외무상이며"), so
 * they are the endings of a paradigm whose stem is the whole name word.
 * The particle's form depends on the last syllable: after a vowel "는/가/를/와/로",
 * after a consonant "은/이/을/과/으로" (after ㄹ "로"). That depends on a syllable,
 * not a suffix, so the `paradigms` plugin says it (suffix rules would need a list
 * of 399 syllables per class). One-syllable words never take endings: a bare
 * surname ("김", "최") is written before its title, never with a particle
 * ("최 외무상은"). The adnominal copula "인" is
 * not an ending: "중국인", "러시아인" are demonyms (nouns of their own), and the
 * role nouns list their "-인" forms themselves ("총비서인 김 위원장"). Nor is the
 * contracted "자" after a vowel ("로마자" is "Roman letters"); "이자" is.
 */
import type { InflectionData, Paradigm, WordInfo } from "../types.js";

/** Particles whose form does not depend on the last syllable, with their usual combinations. */
const SHARED = [
  "의", "도", "만", "까지", "부터", "보다", "처럼", "만큼", "조차", "마저", "뿐", "하고",
  "에", "에는", "에도", "에만", "에의", "에선",
  "에서", "에서는", "에서도", "에서의", "에서만", "에서부터",
  // "에서" contracted, as headlines write it: "원산서", "베이징서".
  "서",
  "에게", "에게는", "에게도", "에게만", "에게서", "에게로",
  "한테", "한테서", "께", "께서", "께서는", "께서도", "께는", "께도",
  "만의", "만이", "만을", "만은", "까지는", "까지도", "까지의", "부터는", "부터의", "보다는", "보다도",
  "하고는", "하고도", "하고의",
  // "측" (side) is a bound noun often written on the name: "북한측", "러시아측은".
  "측", "측은", "측이", "측의", "측에", "측에서", "측과", "측도", "측으로부터",
];

/** "-(으)로" and its combinations, without the vowel "으". */
const RO = ["로", "로서", "로써", "로는", "로도", "로의", "로부터", "로만", "로서의", "로서는"];

/** After a final consonant. The copula keeps its "이": "총비서이자", "중국이며". */
const AFTER_CONSONANT = [
  "은", "이", "을", "과", "과의", "과는", "과도", "과만",
  "이나", "이든", "이랑", "이야", "이다", "이며", "이고", "이자", "이라고", "이라는", "이라며", "이라면",
  "이었다", "이었던", "이던", "이지만", "이면", "입니다",
];

/** After a vowel: the short forms, and the copula with or without "이". */
const AFTER_VOWEL = [
  "는", "가", "를", "와", "와의", "와는", "와도", "와만",
  "나", "든", "랑", "야", "다", "이다", "며", "이며", "이고", "이자", "라고", "이라고", "라는", "이라는", "라며", "이라며", "라면",
  "였다", "이었다", "였던", "던", "이던", "지만", "이지만", "면", "입니다",
];

const EU_RO = RO.map((p) => "으" + p);

/** Every particle and copula ending, both forms (for trigger patterns and relation words). */
export const PARTICLES: readonly string[] = [...new Set([...SHARED, ...AFTER_CONSONANT, ...AFTER_VOWEL, ...RO, ...EU_RO])].sort(
  (a, b) => b.length - a.length,
);

const SYLLABLE_FIRST = 0xac00;
const SYLLABLE_COUNT = 11172;
/** Index of ㄹ among the final consonants (jongseong); 0 is none. */
const FINAL_RIEUL = 8;
const VOWEL_FINAL = [...SHARED, ...AFTER_VOWEL, ...RO];
const RIEUL_FINAL = [...SHARED, ...AFTER_CONSONANT, ...RO];
const CONSONANT_FINAL = [...SHARED, ...AFTER_CONSONANT, ...EU_RO];

/**
 * The particles that may follow `word`, chosen by its last syllable.
 * @example particlesAfter("서울").includes("로") && !particlesAfter("서울").includes("으로")
 */
export function particlesAfter(word: string): string[] {
  const code = word.charCodeAt(word.length - 1) - SYLLABLE_FIRST;
  if (code >= 0 && code < SYLLABLE_COUNT) {
    const final = code % 28;
    if (final === 0) return VOWEL_FINAL;
    return final === FINAL_RIEUL ? RIEUL_FINAL : CONSONANT_FINAL;
  }
  // Other scripts take no particles here: Latin abbreviations ("APEC은") are matched
  // case-sensitively without endings by the core, and Han or Cyrillic never carry them.
  return [];
}

/** No suffix rules: the particles depend on the last syllable, which `paradigms` reads. */
export const inflection: InflectionData = { rules: [] };

/**
 * The paradigm of a Korean name word: the word itself followed by its particles.
 * One-syllable words take none ("김", "최" are written bare before a title).
 * @example paradigms("중국", { upper: false }) // [{ stem: "중국", endings: ["의", …, "을", "과", "으로", …] }]
 */
export function paradigms(word: string, _info: WordInfo): Paradigm[] {
  if (word.length < 2) return [];
  const endings = particlesAfter(word);
  return endings.length > 0 ? [{ stem: word, endings }] : [];
}
