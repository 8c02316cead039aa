/** Ukrainian: identification profile, inflection, relation words, roles and triggers. */
import type { LanguagePack } from "../types.js";
import { dateSupport } from "./dates.js";
import { inflection, paradigms } from "./inflection.js";
import { roles } from "./roles.js";
import { triggers } from "./triggers.js";
import { commonWords, delegationLedBy, honorifics, sentenceRules, words } from "./words.js";

export const uk: LanguagePack = {
  code: "uk",
  name: "Ukrainian",
  iso6393: "ukr",
  scripts: ["cyrillic"],
  stopwords: ["і", "й", "в", "у", "не", "на", "що", "з", "із", "зі", "по", "як", "це", "за", "для", "від", "о", "до", "його", "але", "він", "вона", "вони", "також", "році", "був", "була", "були", "який", "яка", "які", "вже", "тільки", "лише", "при", "між", "після", "та", "же", "або", "так", "її", "їх", "про", "буде", "може", "щоб", "заявив", "повідомив", "цьому", "років", "над", "під"],
  letters: "їєґі",
  inflection,
  paradigms,
  ...sentenceRules,
  commonWords,
  honorifics,
  roles,
  syntax: { titleAgrees: true },
  triggers,
  words,
  delegationLedBy,
  ...dateSupport,
};
