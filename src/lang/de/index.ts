/** German: identification profile, inflection, relation words, roles and triggers. */
import type { LanguagePack } from "../types.js";
import { dateSupport } from "./dates.js";
import { inflection, paradigms } from "./inflection.js";
import { roles } from "./roles.js";
import { triggers } from "./triggers.js";
import { commonWords, delegationLedBy, honorifics, sentenceRules, words } from "./words.js";

export const de: LanguagePack = {
  code: "de",
  name: "German",
  iso6393: "deu",
  scripts: ["latin"],
  stopwords: ["der", "die", "und", "in", "den", "von", "zu", "das", "mit", "sich", "des", "auf", "für", "ist", "im", "dem", "nicht", "ein", "eine", "als", "auch", "es", "an", "werden", "aus", "er", "hat", "dass", "sie", "nach", "wird", "bei", "einer", "um", "am", "sind", "noch", "wie", "einem", "über", "einen", "so", "zum", "war", "haben", "nur", "oder", "aber", "vor", "zur", "bis", "mehr", "durch", "man", "sagte", "seit", "beim", "wurde", "gegen", "unter", "zwischen", "sein", "seine"],
  letters: "äöüß",
  inflection,
  paradigms,
  ...sentenceRules,
  commonWords,
  honorifics,
  roles,
  triggers,
  words,
  delegationLedBy,
  ...dateSupport,
};
