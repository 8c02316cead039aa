/** Chinese: identification profile (the other parts of the pack live beside it). */
import type { LanguagePack } from "../types.js";
import { dateSupport } from "./dates.js";

export const zh: LanguagePack = {
  code: "zh",
  name: "Chinese",
  iso6393: "cmn",
  scripts: ["han"],
  stopwords: ["的", "了", "在", "是", "和", "与", "也", "对", "将", "就", "中", "为"],
  ...dateSupport,
};
