/** Serbian: identification profile (the other parts of the pack live beside it). */
import type { LanguagePack } from "../types.js";
import { dateSupport } from "./dates.js";

export const sr: LanguagePack = {
  code: "sr",
  name: "Serbian",
  iso6393: "srp",
  scripts: ["cyrillic", "latin"],
  stopwords: ["је", "и", "у", "на", "да", "се", "за", "су", "од", "са", "који", "која", "које", "што", "као", "ће", "не", "из", "о", "а", "али", "или", "то", "би", "до", "по", "како", "није", "био", "била", "било", "према", "када", "већ", "још", "само", "између", "године", "рекао", "такође", "након", "током", "где", "председник", "takođe", "tokom", "gde", "predsednik", "rekao", "između"],
  letters: "ђћџљњ",
  ...dateSupport,
};
