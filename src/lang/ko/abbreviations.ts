/**
 * Korean compounds of one-syllable country abbreviations, written as one spaced word:
 * "북중 관계" (North Korea–China relations), "한미일" (South Korea, the US and Japan), "방중"
 * (a visit to China: 방 is "visit", not a country). The syllables are the gazetteer's Korean
 * abbreviations (북 and 조 North Korea, 한 South Korea, 중 China, 러 Russia, 미 the United States,
 * 일 Japan); alone each is an ordinary word (중 "during", 한 "one", 일 "day").
 *
 * Listed one by one rather than any run of those syllables: some runs are ordinary words.
 * Left out on purpose: 북미 (also North America), 중미 (Central America), 중한 ("serious"),
 * 일조 ("contribution", "sunshine"), 일중 ("daytime"), 미러 ("mirror").
 */
import type { SyntaxData } from "../types.js";
import { PARTICLES } from "./inflection.js";

const PAIRS = ["북중", "중북", "조중", "중조", "북러", "러북", "조러", "러조", "북일", "한미", "미한", "한중", "한일", "일한", "한러", "러한", "미중", "미일", "일미", "중일", "중러", "러중", "러일"];
const TRIPLES = ["북중러", "조중러", "한미일", "한중일", "미중러"];
/** 방 + a country: a visit there ("방중", "방북"). */
const VISITS = ["방중", "방북", "방러", "방미", "방일", "방한"];

export const compoundAbbreviations: NonNullable<SyntaxData["compoundAbbreviations"]> = {
  words: [...PAIRS, ...TRIPLES, ...VISITS],
  particles: PARTICLES,
  // The 하다 forms: "방북했다고", "방중하는", "방한한".
  verbStarts: ["하", "했", "한", "할", "함", "해", "합"],
  // A headline's "러 외무장관", "북 외무상", "중 외교부장", "미 국무장관": not 한 ("one") or 일 ("day", "work").
  alone: ["북", "조", "중", "러", "미"],
  titles: ["외무장관", "외무상", "외교장관", "외교부장", "외교부", "국무장관", "국방장관", "국방상", "국방부", "대통령", "국가주석", "총리", "총비서", "국무위원장", "대사", "정상", "최고지도자", "지도자"],
};
