/** Japanese: identification profile, function words, roles and triggers (names do not inflect). */
import type { LanguagePack } from "../types.js";
import { dateSupport } from "./dates.js";
import { roles } from "./roles.js";
import { triggers } from "./triggers.js";
import { wordsOfPack } from "./words.js";

export const ja: LanguagePack = {
  code: "ja",
  name: "Japanese",
  iso6393: "jpn",
  scripts: ["kana", "han"],
  stopwords: ["の", "に", "は", "を", "が", "と", "で", "も", "た", "し", "て", "い", "です", "ます"],
  ...wordsOfPack,
  roles,
  triggers,
  syntax: {
    unspaced: true,
    postpositions: true,
    titlesAfterName: true,
    verbFinal: true,
    subject: ["は", "が", "も"],
    object: ["を"],
    genitive: ["の"],
    together: ["ともに", "共に", "一緒に"],
    planned: { endings: ["する", "れる", "る", "の"], words: ["予定", "意向", "見通し", "方針", "計画", "考え"] },
    // "朝日" is the Asahi Shimbun, "中米" Central America, "日中に" "in the daytime", "今日中" "within today".
    compoundAbbreviations: { suffixes: ["側"], prefixes: ["訪"], never: ["朝日", "中米", "今日中", "日中に", "日中は"] },
  },
  ...dateSupport,
};
