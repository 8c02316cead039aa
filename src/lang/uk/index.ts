/** Ukrainian: identification profile (the other parts of the pack live beside it). */
import type { LanguagePack } from "../types.js";
import { dateSupport } from "./dates.js";

export const uk: LanguagePack = {
  code: "uk",
  name: "Ukrainian",
  iso6393: "ukr",
  scripts: ["cyrillic"],
  stopwords: ["і", "й", "в", "у", "не", "на", "що", "з", "із", "зі", "по", "як", "це", "за", "для", "від", "о", "до", "його", "але", "він", "вона", "вони", "також", "році", "був", "була", "були", "який", "яка", "які", "вже", "тільки", "лише", "при", "між", "після", "та", "же", "або", "так", "її", "їх", "про", "буде", "може", "щоб", "заявив", "повідомив", "цьому", "років", "над", "під"],
  letters: "їєґі",
  ...dateSupport,
};
