/** Bulgarian function words for relation arguments, sentence abbreviations and honorifics. */
import type { LanguagePack, RelationWords } from "../types.js";

export const words: RelationWords = {
  with: ["с", "със"],
  // "на" marks the recipient ("предаде на Путин") as well as the genitive ("лидерът на КНДР"):
  // a mention after it is never the subject, which holds for both readings.
  to: ["към", "до", "на"],
  and: ["и", "както и"],
  of: ["на"],
  // The reflexive possessive clitic inside a title: "китайския си колега Ван И" (his Chinese counterpart).
  determiners: ["си"],
  in: ["в", "във"],
  from: ["от"],
  reciprocal: ["взаимно", "взаимна", "взаимната", "един друг", "един с друг", "помежду си"],
  bothLeaders: ["двамата лидери", "двамата ръководители", "двамата президенти"],
  bothSides: ["двете страни", "двете държави"],
  reporting: ["съобщи", "съобщава", "според", "по данни на", "информира", "цитирана от", "цитиран от"],
  sidelines: ["в кулоарите", "в рамките на"],
  that: ["че"],
  relative: ["който", "която", "което", "които", "когато"],
  leaders: ["лидерите", "лидери", "ръководителите", "държавните ръководители"],
  // A companion of those who attend or visit.
  together: ["заедно с", "заедно със"],
  // Those "among them" attended: "… přihlíželo dvacet lídrů, mezi nimi i Robert Fico".
  among: ["сред тях", "включително"],
};

export const abbreviations: string[] = [
  "г.", "гг.", "т.нар.", "напр.", "т.е.", "т.н.", "т.к.", "гр.", "ул.", "бул.", "пл.", "обл.", "проф.", "акад.", "ген.", "млн.", "млрд.",
  "хил.", "лв.", "в.", "вж.", "чл.", "ал.", "св.", "доц.", "ред.",
];

export const honorifics: string[] = ["другарят", "другарю", "другар", "господин", "господине", "госпожа", "г-н", "г-жа"];

/** Capitalised short names that are also Bulgarian words ("Си" Xi / "си" reflexive pronoun, "Ли" Li / "ли" particle). */
export const commonWords: string[] = ["си", "ли"];

export const delegationLedBy: string[] = ["водена от", "начело с", "делегация начело с", "делегация, водена от", "оглавявана от", "предвождана от", "ръководена от"];

export const sentenceRules: Pick<LanguagePack, "abbreviations" | "ordinalPeriod"> = { abbreviations, ordinalPeriod: false };
