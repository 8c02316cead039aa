/** Polish: identification profile, inflection, relation words, roles and triggers. */
import type { LanguagePack } from "../types.js";
import { dateSupport } from "./dates.js";
import { inflection, polishParadigms } from "./inflection.js";
import { roles } from "./roles.js";
import { triggers } from "./triggers.js";
import { wordsOfPack } from "./words.js";

export const pl: LanguagePack = {
  code: "pl",
  name: "Polish",
  iso6393: "pol",
  scripts: ["latin"],
  stopwords: ["i", "w", "na", "z", "że", "się", "do", "nie", "to", "o", "jest", "jak", "po", "co", "od", "za", "przez", "dla", "oraz", "ale", "jego", "jej", "ich", "tym", "tego", "który", "która", "które", "także", "również", "już", "tylko", "przy", "pod", "nad", "ze", "we", "czy", "być", "był", "była", "było", "są", "będzie", "może", "między", "podczas", "według", "roku", "lat", "obok", "kraju", "tak", "gdy", "aby", "ten", "ta", "te", "tej", "którą", "jako", "jednak"],
  letters: "ąęłńśźżó",
  inflection,
  paradigms: polishParadigms,
  ...wordsOfPack,
  roles,
  // splitTitles: "szef rosyjskiej dyplomacji", the adjective inside the title (src/resolve/split-roles.ts).
  syntax: { titleAgrees: true, splitTitles: true },
  triggers,
  ...dateSupport,
};
