/** Spanish: identification profile, inflection, relation words, roles and triggers. */
import type { LanguagePack } from "../types.js";
import { dateSupport } from "./dates.js";
import { inflection } from "./inflection.js";
import { roles } from "./roles.js";
import { triggers } from "./triggers.js";
import { commonWords, delegationLedBy, honorifics, sentenceRules, words } from "./words.js";

export const es: LanguagePack = {
  code: "es",
  name: "Spanish",
  iso6393: "spa",
  scripts: ["latin"],
  stopwords: ["el", "la", "los", "las", "de", "del", "y", "en", "un", "una", "es", "que", "por", "para", "con", "se", "no", "a", "al", "lo", "su", "sus", "como", "más", "pero", "o", "entre", "tras", "durante", "según", "también", "fue", "ha", "han", "este", "esta", "sobre", "dijo", "sin", "ya", "muy", "cuando", "donde"],
  letters: "ñ¿¡",
  inflection,
  ...sentenceRules,
  commonWords,
  honorifics,
  roles,
  // "el ministro ruso de Asuntos Exteriores": the adjective inside the title (src/resolve/split-roles.ts).
  syntax: { splitTitles: true },
  triggers,
  words,
  delegationLedBy,
  ...dateSupport,
};
