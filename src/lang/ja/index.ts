/** Japanese: identification profile (the other parts of the pack live beside it). */
import type { LanguagePack } from "../types.js";
import { dateSupport } from "./dates.js";

export const ja: LanguagePack = {
  code: "ja",
  name: "Japanese",
  iso6393: "jpn",
  scripts: ["kana", "han"],
  stopwords: ["の", "に", "は", "を", "が", "と", "で", "も", "た", "し", "て", "い", "です", "ます"],
  ...dateSupport,
};
