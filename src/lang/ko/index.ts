/** Korean: identification profile (the other parts of the pack live beside it). */
import type { LanguagePack } from "../types.js";
import { dateSupport } from "./dates.js";

export const ko: LanguagePack = {
  code: "ko",
  name: "Korean",
  iso6393: "kor",
  scripts: ["hangul"],
  stopwords: ["은", "는", "이", "가", "을", "를", "의", "에", "에서", "과", "와", "도", "으로", "로", "그", "이번", "지난"],
  ...dateSupport,
};
