/** Croatian: identification profile, inflection, relation words, roles and triggers. */
import type { LanguagePack } from "../types.js";
import { dateSupport } from "./dates.js";
import { croatianParadigms, inflection } from "./inflection.js";
import { roles } from "./roles.js";
import { triggers } from "./triggers.js";
import { wordData } from "./words.js";

export const hr: LanguagePack = {
  code: "hr",
  name: "Croatian",
  iso6393: "hrv",
  scripts: ["latin"],
  stopwords: ["je", "i", "u", "na", "da", "se", "za", "su", "od", "s", "sa", "koji", "koja", "koje", "što", "kao", "će", "ne", "iz", "o", "a", "ali", "ili", "to", "bi", "do", "po", "kako", "te", "nije", "biti", "bio", "bila", "bilo", "prema", "kad", "kada", "već", "još", "samo", "između", "godine", "rekao", "izjavio", "također", "nakon", "tijekom", "gdje", "svoj", "tko", "sve", "predsjednik",
    // Ijekavian forms and words Serbian writes otherwise ("poslije" / "posle", "tisuća" / "hiljada"): the Serbian pack lists
    // the shared common words in Latin script too, and these decide between the two.
    "poslije", "prije", "dvije", "uvijek", "vrijeme", "jučer", "srijeda", "srijedu", "tjedan", "tjedna", "tisuća", "tisuće", "priopćio", "priopćilo", "priopćila",
    "predsjednika", "predsjedniku", "predsjednikom", "sjevernokorejski", "sjevernokorejskog", "sjevernokorejskim", "sjevernokorejska", "sjeverne", "sjevernoj"],
  letters: "đ",
  inflection,
  paradigms: croatianParadigms,
  ...wordData,
  roles,
  // splitTitles: "šef ruske diplomacije", the adjective inside the title (src/resolve/split-roles.ts).
  syntax: { titleAgrees: true, splitTitles: true },
  triggers,
  ...dateSupport,
};
