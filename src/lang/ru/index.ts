/** Russian: identification profile (the other parts of the pack live beside it). */
import type { LanguagePack } from "../types.js";
import { dateSupport } from "./dates.js";

export const ru: LanguagePack = {
  code: "ru",
  name: "Russian",
  iso6393: "rus",
  scripts: ["cyrillic"],
  stopwords: ["и", "в", "не", "на", "что", "с", "по", "как", "это", "из", "за", "для", "от", "о", "к", "его", "но", "он", "она", "они", "также", "году", "был", "была", "были", "который", "которая", "которые", "уже", "только", "при", "между", "после", "во", "со", "же", "бы", "или", "так", "ее", "её", "их", "об", "будет", "может", "чтобы", "заявил", "сообщил", "время", "этом", "этого", "лет", "над", "под", "до"],
  letters: "ыэё",
  ...dateSupport,
};
