/**
 * Chinese function words. Chinese is written without spaces and matched one
 * character per token, so each word here is the single character (or the
 * token) right before the mention it marks: "习近平同金正恩举行会谈" (同 → with),
 * "向金正恩致贺电" (向 → to), "在北京" (在 → in). Prepositions come before
 * their noun, as the relation finder expects.
 */
import type { LanguagePack, RelationWords } from "../types.js";

export const words: RelationWords = {
  // "与", "和" are also "and": "中国和朝鲜" coordinates, "习近平和金正恩举行会谈" is a meeting of both.
  // "率": "李强率中国党政代表团抵达平壤" — the delegation goes with its leader, who is the subject.
  with: ["同", "与", "和", "跟", "率"],
  // "向金正恩致贺电", "给普京写信", "对朝鲜进行正式友好访问" (the destination of a visit too).
  to: ["向", "给", "对", "致", "赴"],
  // "、" is the enumeration comma between coordinated names: "中国、俄罗斯和朝鲜".
  // "暨": the formal "and" of titles ("中国人民抗日战争暨世界反法西斯战争").
  and: ["和", "与", "及", "以及", "、", "暨"],
  // "中国的国家主席", "两国之间".
  of: ["的", "之"],
  in: ["在", "于"],
  // "由李强率领的代表团", "从北京出发".
  from: ["由", "从", "自"],
  reciprocal: ["相互", "互相", "彼此"],
  // "两国元首…会谈", "两国…加强合作": the two people or countries just named.
  bothLeaders: ["两国元首", "两国领导人", "两位领导人", "双方领导人"],
  bothSides: ["两国", "两党"],
  // "参加今年红场阅兵的还有巴西总统卢拉、塞尔维亚总统武契奇…": those listed attended.
  attendeesAfter: ["的还有", "的有", "的包括", "的还包括"],
};

/** Chinese sentences end with 。！？; no abbreviation ends with a period. */
export const abbreviations: string[] = [];

/**
 * Forms of address. Chinese writes them AFTER the name ("金正恩同志",
 * "普京总统阁下"); they are separate tokens and never part of the name.
 */
export const honorifics: string[] = ["同志", "先生", "女士", "阁下", "夫人"];

/** No short name of the gazetteer is also a common Chinese word. */
export const commonWords: string[] = [];

/**
 * The leader of a delegation. "以…为团长", "由…率领" put a word before the name (the
 * core reads those); "…率领的代表团", "…率中国党政代表团" put it after, written with
 * "…" for the name. Not read yet: the core reads only what precedes a name (known gap).
 */
export const delegationLedBy: string[] = ["以…为团长的代表团", "由…率领的代表团", "…率领的代表团", "…为团长的代表团", "…率团", "…率代表团", "…率中国党政代表团"];

export const wordsOfPack: Pick<LanguagePack, "words" | "abbreviations" | "honorifics" | "commonWords" | "delegationLedBy"> = {
  words,
  abbreviations,
  honorifics,
  commonWords,
  delegationLedBy,
};
