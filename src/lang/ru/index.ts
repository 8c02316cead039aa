/** Russian: identification profile, inflection, relation words, roles and triggers. */
import type { LanguagePack } from "../types.js";
import { dateSupport } from "./dates.js";
import { inflection, paradigms } from "./inflection.js";
import { roles } from "./roles.js";
import { triggers } from "./triggers.js";
import { commonWords, delegationLedBy, honorifics, sentenceRules, words } from "./words.js";

export const ru: LanguagePack = {
  code: "ru",
  name: "Russian",
  iso6393: "rus",
  scripts: ["cyrillic"],
  stopwords: ["и", "в", "не", "на", "что", "с", "по", "как", "это", "из", "за", "для", "от", "о", "к", "его", "но", "он", "она", "они", "также", "году", "был", "была", "были", "который", "которая", "которые", "уже", "только", "при", "между", "после", "во", "со", "же", "бы", "или", "так", "ее", "её", "их", "об", "будет", "может", "чтобы", "заявил", "сообщил", "время", "этом", "этого", "лет", "над", "под", "до"],
  letters: "ыэё",
  inflection,
  paradigms,
  ...sentenceRules,
  commonWords,
  honorifics,
  roles,
  syntax: { titleAgrees: true },
  triggers,
  words,
  delegationLedBy,
  ...dateSupport,
};
