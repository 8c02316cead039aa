/** Korean: identification profile, particles as endings, function words, roles and triggers. */
import type { LanguagePack } from "../types.js";
import { compoundAbbreviations } from "./abbreviations.js";
import { dateSupport } from "./dates.js";
import { inflection, paradigms } from "./inflection.js";
import { roles } from "./roles.js";
import { triggers } from "./triggers.js";
import { wordsOfPack } from "./words.js";

export const ko: LanguagePack = {
  code: "ko",
  name: "Korean",
  iso6393: "kor",
  scripts: ["hangul"],
  stopwords: ["은", "는", "이", "가", "을", "를", "의", "에", "에서", "과", "와", "도", "으로", "로", "그", "이번", "지난"],
  inflection,
  paradigms,
  ...wordsOfPack,
  roles,
  triggers,
  syntax: {
    attachedParticles: true,
    postpositions: true,
    titlesAfterName: true,
    verbFinal: true,
    subject: ["은", "는", "이", "가", "께서", "께서는", "측은", "측이"],
    object: ["을", "를"],
    genitive: ["의"],
    together: ["함께", "같이"],
    planned: { endings: [], words: ["예정", "계획", "방침", "의향", "전망"] },
    compoundAbbreviations,
  },
  ...dateSupport,
};
