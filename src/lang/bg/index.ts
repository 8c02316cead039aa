/** Bulgarian: identification profile, inflection (the definite article), relation words, roles and triggers. */
import type { LanguagePack } from "../types.js";
import { dateSupport } from "./dates.js";
import { inflection, paradigms } from "./inflection.js";
import { roles } from "./roles.js";
import { triggers } from "./triggers.js";
import { commonWords, delegationLedBy, honorifics, sentenceRules, words } from "./words.js";

export const bg: LanguagePack = {
  code: "bg",
  name: "Bulgarian",
  iso6393: "bul",
  scripts: ["cyrillic"],
  stopwords: ["и", "в", "на", "не", "че", "с", "по", "как", "това", "от", "за", "да", "се", "е", "са", "към", "със", "във", "при", "след", "между", "който", "която", "които", "което", "също", "вече", "само", "той", "тя", "те", "ще", "бъде", "беше", "бяха", "има", "може", "заяви", "каза", "години", "година", "през", "до", "или", "но", "ако", "тези", "този", "тази", "му", "ги", "им", "си", "нейния", "неговия", "двете", "страни"],
  letters: "ъщ",
  inflection,
  paradigms,
  ...sentenceRules,
  commonWords,
  honorifics,
  roles,
  triggers,
  words,
  delegationLedBy,
  ...dateSupport,
};
