/** Chinese: identification profile, function words, roles and triggers (names do not inflect). */
import type { LanguagePack } from "../types.js";
import { dateSupport } from "./dates.js";
import { roles } from "./roles.js";
import { triggers } from "./triggers.js";
import { wordsOfPack } from "./words.js";

export const zh: LanguagePack = {
  code: "zh",
  name: "Chinese",
  iso6393: "cmn",
  scripts: ["han"],
  stopwords: ["的", "了", "在", "是", "和", "与", "也", "对", "将", "就", "中", "为"],
  ...wordsOfPack,
  roles,
  triggers,
  syntax: {
    unspaced: true,
    titlesAfterName: true,
    compoundAbbreviations: { suffixes: ["方"], prefixes: ["访", "訪", "来"], never: ["日中"] },
    clausesShareSubject: true,
    // "请李强转达", "委托外长转交", "托他转达": asked, entrusted someone to convey.
    pivots: ["请", "委托", "托"],
  },
  ...dateSupport,
};
