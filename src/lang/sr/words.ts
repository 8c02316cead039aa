/**
 * Serbian function words for relations, sentence abbreviations, honorifics and
 * common words, in both scripts (written in Latin, transliterated to Cyrillic).
 */
import type { LanguagePack, RelationWords } from "../types.js";
import { bothScripts } from "./inflection.js";

export const words: RelationWords = {
  with: bothScripts(["s", "sa"]),
  // Not "prema": in news it mostly means "according to" ("prema agenciji Tanjug").
  to: bothScripts(["k", "ka"]),
  and: bothScripts(["i", "te"]),
  // The genitive says "of" without a word ("predsednik Kine").
  of: [],
  in: bothScripts(["u", "na"]),
  from: bothScripts(["od"]),
  reciprocal: bothScripts(["uzajamno", "uzajamne", "uzajamnih", "međusobno", "međusobne", "međusobnih", "jedni druge", "jedni drugima", "jedni sa drugima", "jedan drugog", "jedan drugome", "jedan sa drugim"]),
  bothLeaders: bothScripts(["dvojica lidera", "oba lidera", "dvojica čelnika", "dvojica predsednika"]),
  bothSides: bothScripts(["obe zemlje", "dve zemlje", "obe strane", "dveju zemalja"]),
  reporting: bothScripts(["javlja", "javila", "javio", "javilo", "saopštila", "saopštilo", "prema pisanju", "piše", "navodi", "prenosi", "prenela", "prenelo"]),
  sidelines: bothScripts(["na marginama"]),
  that: bothScripts(["da"]),
  relative: bothScripts(["koji", "koja", "koje"]),
  // A companion of those who attend or visit.
  together: bothScripts(["zajedno s", "zajedno sa"]),
  // Those "among them" attended: "… přihlíželo dvacet lídrů, mezi nimi i Robert Fico".
  among: bothScripts(["među njima", "uključujući"]),
};

export const wordData: Pick<LanguagePack, "words" | "abbreviations" | "ordinalPeriod" | "honorifics" | "commonWords" | "delegationLedBy"> = {
  words,
  abbreviations: bothScripts(["npr.", "itd.", "tzv.", "tj.", "odn.", "g.", "god.", "gđa.", "gđica.", "sl.", "dr.", "prof.", "mr.", "br.", "str.", "st.", "sv.", "čl.", "mil.", "mlrd.", "hilj.", "pr.", "izv.", "engl.", "pok.", "v.d.", "min."]),
  ordinalPeriod: true,
  honorifics: bothScripts(["drug", "drugarica", "gospodin", "gospođa", "g.", "gđa."]),
  // Spelt like short names: "si"/"си" (you are) like Си (Xi), "li"/"ли" like Li, "pak"/"пак" (yet) like Pak.
  commonWords: bothScripts(["si", "li", "pak", "ban", "park", "lin", "jo"]),
  delegationLedBy: bothScripts([
    "delegacija predvođena", "delegacija koju predvodi", "delegacija na čelu sa", "delegacija na čelu s", "delegacijom na čelu sa", "delegaciju na čelu sa",
    "delegacijom predvođenom", "delegaciju predvođenu", "izaslanstvo predvođeno", "izaslanstvo na čelu sa",
  ]),
};
