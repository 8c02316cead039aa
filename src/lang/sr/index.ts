/** Serbian (Cyrillic and Latin script): identification profile, inflection, relation words, roles and triggers. */
import type { LanguagePack } from "../types.js";
import { dateSupport } from "./dates.js";
import { inflection, serbianParadigms } from "./inflection.js";
import { roles } from "./roles.js";
import { serbianTriggers } from "./triggers.js";
import { wordData } from "./words.js";

export const sr: LanguagePack = {
  code: "sr",
  name: "Serbian",
  iso6393: "srp",
  scripts: ["cyrillic", "latin"],
  stopwords: ["је", "и", "у", "на", "да", "се", "за", "су", "од", "са", "који", "која", "које", "што", "као", "ће", "не", "из", "о", "а", "али", "или", "то", "би", "до", "по", "како", "није", "био", "била", "било", "према", "када", "већ", "још", "само", "између", "године", "рекао", "такође", "након", "током", "где", "председник",
    // Latin script: the common words Serbian shares with Croatian (each of the two gets half a point), then the
    // ekavian forms and words Croatian writes otherwise ("posle" / "poslije", "predsednik" / "predsjednik",
    // "hiljada" / "tisuća"), which decide between them.
    "je", "i", "u", "na", "da", "se", "za", "su", "od", "sa", "koji", "koja", "koje", "kao", "će", "ne", "iz", "o", "a", "ali", "ili", "to", "bi", "do", "po", "kako", "nije", "bio", "bila", "bilo", "prema", "kada", "već", "još", "samo", "između", "godine", "rekao", "nakon",
    "takođe", "tokom", "gde", "ovde", "posle", "pre", "dve", "uvek", "vreme", "juče", "sreda", "sredu", "nedelja", "nedelje", "hiljada", "hiljade", "šta", "saopštio", "saopštilo", "saopštila",
    "predsednik", "predsednika", "predsedniku", "predsednikom", "severnokorejski", "severnokorejskog", "severnokorejskim", "severnokorejska", "severne", "severnoj"],
  letters: "ђћџљњ",
  inflection,
  paradigms: serbianParadigms,
  ...wordData,
  roles,
  // splitTitles: "šef ruske diplomatije", the adjective inside the title (src/resolve/split-roles.ts).
  syntax: { titleAgrees: true, splitTitles: true },
  get triggers() {
    return serbianTriggers();
  },
  ...dateSupport,
};
