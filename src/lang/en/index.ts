/** English: identification profile, inflection, relation words, roles and triggers. */
import type { LanguagePack } from "../types.js";
import { dateSupport } from "./dates.js";
import { inflection } from "./inflection.js";
import { roles } from "./roles.js";
import { triggers } from "./triggers.js";
import { commonWords, delegationLedBy, honorifics, sentenceRules, words } from "./words.js";

export const en: LanguagePack = {
  code: "en",
  name: "English",
  iso6393: "eng",
  scripts: ["latin"],
  stopwords: ["the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "as", "was", "by", "at", "he", "it", "from", "his", "said", "an", "be", "are", "have", "has", "had", "were", "which", "this", "their", "they", "its", "not", "but", "after", "who", "will", "would", "been", "also", "two", "between", "during", "than", "into", "over", "about"],
  letters: "w",
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
