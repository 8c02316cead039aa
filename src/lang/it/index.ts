/** Italian: identification profile, inflection, relation words, roles and triggers. */
import type { LanguagePack } from "../types.js";
import { dateSupport } from "./dates.js";
import { inflection } from "./inflection.js";
import { roles } from "./roles.js";
import { triggers } from "./triggers.js";
import { commonWords, delegationLedBy, honorifics, sentenceRules, words } from "./words.js";

export const it: LanguagePack = {
  code: "it",
  name: "Italian",
  iso6393: "ita",
  scripts: ["latin"],
  stopwords: ["di", "e", "il", "la", "che", "in", "a", "per", "del", "della", "dei", "delle", "un", "una", "è", "con", "non", "si", "le", "i", "gli", "al", "alla", "da", "dal", "dalla", "nel", "nella", "sono", "ha", "hanno", "anche", "come", "più", "ma", "lo", "tra", "fra", "sul", "sulla", "dopo", "durante", "presso", "stato", "essere", "loro", "suo", "sua", "questo", "questa", "degli", "agli", "ai", "nei"],
  letters: "àèìòù",
  inflection,
  ...sentenceRules,
  commonWords,
  honorifics,
  roles,
  triggers,
  words,
  delegationLedBy,
  ...dateSupport,
};
