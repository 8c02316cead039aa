/** French: identification profile, inflection, relation words, roles and triggers. */
import type { LanguagePack } from "../types.js";
import { dateSupport } from "./dates.js";
import { inflection } from "./inflection.js";
import { roles } from "./roles.js";
import { triggers } from "./triggers.js";
import { commonWords, delegationLedBy, honorifics, sentenceRules, words } from "./words.js";

export const fr: LanguagePack = {
  code: "fr",
  name: "French",
  iso6393: "fra",
  scripts: ["latin"],
  stopwords: ["le", "la", "les", "de", "des", "du", "et", "à", "en", "un", "une", "est", "que", "qui", "dans", "pour", "sur", "par", "avec", "au", "aux", "il", "elle", "ils", "ne", "pas", "a", "ont", "été", "son", "sa", "ses", "leur", "leurs", "ce", "cette", "se", "plus", "mais", "ou", "entre", "lors", "après", "selon", "aussi", "sont", "l", "d", "qu"],
  letters: "éèêçœ",
  inflection,
  ...sentenceRules,
  commonWords,
  honorifics,
  roles,
  // "le ministre russe des Affaires étrangères": the adjective inside the title (src/resolve/split-roles.ts).
  syntax: { splitTitles: true },
  triggers,
  words,
  delegationLedBy,
  ...dateSupport,
};
