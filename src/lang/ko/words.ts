/**
 * Korean function words. Korean marks the role of a noun phrase with a particle
 * written ON its last word ("시진핑 국가주석과", "평양에", "김 위원장에게"), so most
 * relation words here are particles: the matcher finds them as the `ending` of a
 * name or role word, and the relation finder reads it after the mention
 * (`syntax.postpositions`, src/relations/arguments.ts). The spaced words ("및",
 * "함께") work as they are.
 */
import type { LanguagePack, RelationWords } from "../types.js";

export const words: RelationWords = {
  // Particles on the partner: "시진핑 국가주석과 정상회담", "푸틴 대통령과도 회담했다".
  with: ["과", "와", "과의", "와의", "과는", "와는", "과도", "와도", "하고", "이랑", "랑"],
  // Recipient or destination: "김 위원장에게", "평양에 도착", "모스크바로 초청".
  to: ["에게", "에게는", "께", "한테", "에", "로", "으로", "에게로"],
  // Coordination between spaced words and by the middle dot: "A 및 B", "경제·통상".
  and: ["및", "그리고", "또는", "·"],
  // The genitive particle: "중국의 시진핑 국가주석".
  of: ["의"],
  // Place: "인민대회당에서", "리마에서".
  in: ["에서", "에서는", "에서의", "에서도"],
  // Sender or agent: "러시아로부터", "시 주석에게서".
  from: ["로부터", "으로부터", "에게서", "한테서"],
  reciprocal: ["서로", "상호"],
  // "두 정상은 … 회담을 열었다", "양국은 … 협력을 강화": the two people or countries just named.
  bothLeaders: ["두 정상", "양 정상"],
  // With its particle: the subject or the genitive of the act ("양국은 … 협력", "양국의 협력"), not a modifier ("양국 관계 발전에 … 의미").
  bothSides: ["양국은", "양국이", "양국도", "양국의", "두 나라는", "두 나라가"],
};

/** Korean sentences end with "."; no abbreviation ends with one. */
export const abbreviations: string[] = [];

/**
 * Honorifics and forms of address. Korean writes them AFTER the name, as a
 * separate word ("김정은 동지", "리설주 여사"); they are never part of the name.
 */
export const honorifics: string[] = ["동지", "씨", "님", "여사", "선생", "각하", "귀하"];

/**
 * One-syllable surnames (short names in a gazetteer) that are also common words:
 * "이" (this; the subject particle), "시" (city, o'clock, poem), "장" (head, chapter),
 * "조" (trillion, article), "문" (door), "주" (week, state), "안" (inside), "양" (both),
 * "한" (one), "정" (affection), "박" (counter of nights).
 */
export const commonWords: string[] = ["이", "시", "장", "조", "문", "주", "안", "양", "한", "정", "박"];

/**
 * A delegation's leader is named BEFORE the phrase in Korean: "최룡해를 단장으로 하는
 * 대표단". The "…" stands for the name. Not read yet: `compileLanguage` only reads
 * phrases that precede the name (known gap).
 */
export const delegationLedBy: string[] = [
  "…을 단장으로 하는 대표단",
  "…를 단장으로 하는 대표단",
  "…이 이끄는 대표단",
  "…가 이끄는 대표단",
  "…이 인솔하는 대표단",
  "…가 인솔하는 대표단",
];

export const wordsOfPack: Pick<LanguagePack, "words" | "abbreviations" | "honorifics" | "commonWords" | "delegationLedBy"> = {
  words,
  abbreviations,
  honorifics,
  commonWords,
  delegationLedBy,
};
