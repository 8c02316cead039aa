/** Russian function words for relation arguments, sentence abbreviations and honorifics. */
import type { LanguagePack, RelationWords } from "../types.js";

export const words: RelationWords = {
  with: ["с", "со"],
  to: ["к", "ко"],
  and: ["и", "а также"],
  // The genitive needs no preposition ("министр иностранных дел КНДР").
  of: [],
  in: ["в", "во", "на"],
  from: ["от", "из"],
  reciprocal: ["друг друга", "друг другу", "друг с другом", "взаимно", "взаимную", "взаимной"],
  bothLeaders: ["оба лидера", "два лидера", "обоих лидеров", "лидеры двух стран", "лидеров двух стран", "двух лидеров"],
  bothLeadersAfter: ["лидеров двух стран", "двух лидеров", "обоих лидеров"],
  bothSides: ["обе страны", "две страны", "обеих стран", "двух стран", "обе стороны", "обеих сторон"],
  reporting: ["сообщило", "сообщает", "сообщил", "сообщила", "передает", "передаёт", "передало", "по данным", "по сообщению", "пишет", "заявило", "со ссылкой на", "цитирует"],
  sidelines: ["на полях", "в кулуарах"],
  that: ["что", "чтобы"],
  relative: ["который", "которая", "которое", "которые", "когда"],
  leaders: ["лидеры", "лидеров", "лидерам", "лидерами", "руководители", "руководителей"],
  // A companion of those who attend or visit.
  together: ["вместе с", "вместе со"],
  // Those "among them" attended: "… přihlíželo dvacet lídrů, mezi nimi i Robert Fico".
  among: ["среди них", "в том числе"],
};

export const abbreviations: string[] = [
  "г.", "гг.", "т.е.", "т.д.", "т.п.", "т.к.", "т.н.", "им.", "ул.", "пр.", "р.", "ген.", "тов.", "млн.", "млрд.", "тыс.",
  "руб.", "долл.", "см.", "др.", "напр.", "ст.", "обл.", "респ.", "проф.", "акад.", "чл.", "корр.", "зам.", "ред.", "св.",
];

export const honorifics: string[] = ["товарищ", "господин", "госпожа", "г-н", "г-жа", "мистер", "миссис"];

/** Capitalised short names that are also Russian words ("Ли" Li / "ли" particle). */
export const commonWords: string[] = ["ли", "си", "но", "ван"];

export const delegationLedBy: string[] = [
  "во главе с",
  "делегация во главе с",
  "возглавляемая",
  "возглавляемой",
  "возглавляемую",
  "под руководством",
];

export const sentenceRules: Pick<LanguagePack, "abbreviations" | "ordinalPeriod"> = { abbreviations, ordinalPeriod: false };
