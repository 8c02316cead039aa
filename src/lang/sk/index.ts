/** Slovak: identification profile, inflection, relation words, roles and triggers. */
import type { LanguagePack } from "../types.js";
import { dateSupport } from "./dates.js";
import { inflection, slovakParadigms } from "./inflection.js";
import { roles } from "./roles.js";
import { triggers } from "./triggers.js";
import { wordsOfPack } from "./words.js";

export const sk: LanguagePack = {
  code: "sk",
  name: "Slovak",
  iso6393: "slk",
  scripts: ["latin"],
  stopwords: ["a", "sa", "na", "v", "je", "že", "s", "z", "do", "o", "k", "to", "by", "pre", "ako", "ale", "sú", "bol", "bola", "bolo", "ktoré", "ktorý", "ktorá", "jeho", "ich", "tiež", "podľa", "po", "pri", "od", "za", "zo", "medzi", "už", "len", "i", "alebo", "tak", "aby", "keď", "ešte", "táto", "tento", "má", "majú", "bude", "budú", "povedal", "uviedol", "roku", "proti", "pred", "však", "sme", "som", "nie", "čo"],
  letters: "ľĺŕäô",
  inflection,
  paradigms: slovakParadigms,
  ...wordsOfPack,
  roles,
  // splitTitles: "šéf ruskej diplomacie", the adjective inside the title (src/resolve/split-roles.ts).
  syntax: { titleAgrees: true, splitTitles: true },
  triggers,
  ...dateSupport,
};
