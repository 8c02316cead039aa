/** Slovenian: identification profile, inflection, relation words, roles and triggers. */
import type { LanguagePack } from "../types.js";
import { dateSupport } from "./dates.js";
import { inflection, slovenianParadigms } from "./inflection.js";
import { roles } from "./roles.js";
import { triggers } from "./triggers.js";
import { wordData } from "./words.js";

export const sl: LanguagePack = {
  code: "sl",
  name: "Slovenian",
  iso6393: "slv",
  scripts: ["latin"],
  stopwords: ["je", "in", "da", "so", "za", "na", "se", "ki", "pa", "tudi", "ne", "bo", "po", "iz", "ter", "kot", "pri", "bi", "sem", "smo", "ali", "še", "že", "kar", "lahko", "ima", "bil", "bila", "bilo", "sta", "jih", "jo", "mu", "ga", "to", "ta", "od", "do", "o", "v", "z", "s", "k", "med", "proti", "pred", "nad", "pod", "zaradi", "vendar", "saj", "če", "kjer", "ko", "kako", "zdaj", "danes", "leta", "letu", "dejal", "dejala", "oziroma", "njegov", "tako", "več", "tem", "tej", "teh"],
  inflection,
  paradigms: slovenianParadigms,
  ...wordData,
  roles,
  // splitTitles: "vodja ruske diplomacije", the adjective inside the title (src/resolve/split-roles.ts).
  syntax: { titleAgrees: true, splitTitles: true },
  triggers,
  ...dateSupport,
};
