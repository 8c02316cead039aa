/** Czech: identification profile, inflection, relation words, roles and triggers. */
import type { LanguagePack } from "../types.js";
import { dateSupport } from "./dates.js";
import { czechParadigms, inflection } from "./inflection.js";
import { roles } from "./roles.js";
import { triggers } from "./triggers.js";
import { wordsOfPack } from "./words.js";

export const cs: LanguagePack = {
  code: "cs",
  name: "Czech",
  iso6393: "ces",
  scripts: ["latin"],
  stopwords: ["a", "se", "na", "v", "je", "že", "s", "z", "do", "o", "k", "to", "by", "pro", "jako", "ale", "jsou", "byl", "byla", "bylo", "které", "který", "která", "jeho", "jejich", "také", "podle", "po", "při", "od", "za", "ze", "mezi", "už", "jen", "i", "či", "nebo", "tak", "aby", "když", "jak", "již", "této", "tento", "tato", "má", "mají", "bude", "budou", "řekl", "uvedl", "roce", "let", "proti", "před", "pak", "však", "jsme", "jsem"],
  letters: "řůě",
  inflection,
  paradigms: czechParadigms,
  ...wordsOfPack,
  roles,
  // splitTitles: "šéf ruské diplomacie", the adjective inside the title (src/resolve/split-roles.ts).
  syntax: { titleAgrees: true, splitTitles: true },
  triggers,
  ...dateSupport,
};
