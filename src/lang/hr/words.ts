/** Croatian function words for relations, sentence abbreviations, honorifics and common words. */
import type { LanguagePack, RelationWords } from "../types.js";

export const words: RelationWords = {
  with: ["s", "sa"],
  // Not "prema": in news it mostly means "according to" ("prema agenciji KCNA"), which would make the agency a recipient.
  to: ["k", "ka"],
  and: ["i", "te"],
  // The genitive says "of" without a word ("predsjednik Kine").
  of: [],
  in: ["u", "na"],
  from: ["od"],
  reciprocal: ["uzajamno", "uzajamne", "uzajamnih", "međusobno", "međusobne", "međusobnih", "jedni druge", "jedni drugima", "jedni s drugima", "jedan drugoga", "jedan drugog", "jedan drugome", "jedan s drugim"],
  bothLeaders: ["dvojica čelnika", "oba čelnika", "dvojica vođa"],
  bothSides: ["obje zemlje", "dvije zemlje", "obje strane"],
  reporting: ["javlja", "javila", "izvijestila", "izvješćuje", "prema", "piše", "navodi"],
  sidelines: ["na marginama"],
  that: ["da"],
  relative: ["koji", "koja", "koje"],
  // A companion of those who attend or visit.
  together: ["zajedno s", "zajedno sa"],
  // Those "among them" attended: "… přihlíželo dvacet lídrů, mezi nimi i Robert Fico".
  among: ["među njima", "uključujući"],
};

export const wordData: Pick<LanguagePack, "words" | "abbreviations" | "ordinalPeriod" | "honorifics" | "commonWords" | "delegationLedBy"> = {
  words,
  abbreviations: ["tzv.", "npr.", "itd.", "tj.", "odn.", "g.", "god.", "gđa.", "gđica.", "sl.", "dr.", "prof.", "mr.", "br.", "str.", "st.", "sv.", "čl.", "mil.", "mlrd.", "tis.", "pr.", "izv.", "engl.", "hrv.", "pok.", "v.d.", "min.", "sj.", "jug.", "zap.", "ist."],
  ordinalPeriod: true,
  honorifics: ["drug", "drugarica", "gospodin", "gospođa", "g.", "gđa."],
  // Spelt like short names: "si" (you are) like Si (Xi), "li" (question particle) like Li, "pak" (yet) like Pak.
  commonWords: ["si", "li", "pak", "ban", "park", "lin", "jo"],
  delegationLedBy: [
    "izaslanstvo predvođeno", "izaslanstvo koje predvodi", "izaslanstvo na čelu s", "izaslanstvo na čelu sa", "izaslanstvom na čelu s", "izaslanstvom na čelu sa",
    "delegacija predvođena", "delegacija koju predvodi", "delegacija na čelu s", "delegacija na čelu sa", "delegacijom na čelu s", "delegacijom na čelu sa", "delegaciju na čelu s", "delegaciju na čelu sa",
  ],
};
