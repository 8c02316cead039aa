/** Ukrainian function words for relation arguments, sentence abbreviations and honorifics. */
import type { LanguagePack, RelationWords } from "../types.js";

export const words: RelationWords = {
  with: ["з", "із", "зі"],
  to: ["до"],
  and: ["і", "й", "та", "а також"],
  // The genitive needs no preposition ("міністр закордонних справ КНДР").
  of: [],
  in: ["в", "у", "на", "во"],
  from: ["від"],
  reciprocal: ["один одного", "одна одну", "один одному", "один з одним", "взаємно", "взаємну", "взаємної"],
  bothLeaders: ["обидва лідери", "два лідери", "обох лідерів", "лідери двох країн", "лідерів двох країн", "двох лідерів"],
  bothLeadersAfter: ["лідерів двох країн", "двох лідерів", "обох лідерів"],
  bothSides: ["обидві країни", "дві країни", "обох країн", "двох країн", "обидві сторони", "обох сторін"],
  reporting: ["повідомило", "повідомляє", "повідомила", "повідомив", "передає", "за даними", "за повідомленням", "пише", "з посиланням на", "цитує"],
  sidelines: ["на полях", "у кулуарах"],
  that: ["що", "щоб"],
  relative: ["який", "яка", "яке", "які", "коли"],
  leaders: ["лідери", "лідерів", "лідерам", "лідерами", "керівники", "керівників"],
  // A companion of those who attend or visit.
  together: ["разом із", "разом з", "разом зі"],
  // Those "among them" attended: "… přihlíželo dvacet lídrů, mezi nimi i Robert Fico".
  among: ["серед них", "зокрема"],
};

export const abbreviations: string[] = [
  "р.", "рр.", "т.зв.", "т.д.", "т.п.", "т.ч.", "ім.", "вул.", "просп.", "ген.", "млн.", "млрд.", "тис.", "грн.", "дол.",
  "див.", "ст.", "обл.", "проф.", "акад.", "напр.", "св.", "пп.", "ред.",
];

export const honorifics: string[] = ["товариш", "пан", "пані", "панові"];

/** Capitalised short names that are also Ukrainian words ("Ким" Kim in Russian spelling / "ким" by whom). */
export const commonWords: string[] = ["ким", "сі", "лі"];

export const delegationLedBy: string[] = ["на чолі з", "на чолі із", "делегація на чолі з", "очолювана", "очолюваної", "очолювану", "під керівництвом"];

export const sentenceRules: Pick<LanguagePack, "abbreviations" | "ordinalPeriod"> = { abbreviations, ordinalPeriod: false };
