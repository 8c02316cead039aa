/**
 * German inflection of names: the genitive -s/-es of nouns and names
 * ("Chinas", "Xis", "Zentralkomitees", "Krieges"), weak nouns ("Präsidenten"),
 * the -n of plurals ("Leitern"), and the declension of adjectives inside names
 * and of country adjectives ("chinesisch" → "chinesische", "Kommunistische
 * Partei Chinas" → "Kommunistischen Partei Chinas").
 */
import type { InflectionData, Paradigm, WordInfo } from "../types.js";

export const inflection: InflectionData = {
  rules: [
    {
      suffix: ["s", "x", "z", "ß"],
      case: "upper",
      strip: 0,
      endings: ["", "es"],
      note: "no -s after a sibilant: the genitive is -es (Ausschusses, Platzes) or an apostrophe (Paris')",
    },
    {
      suffix: ["ent", "ant", "ist"],
      case: "upper",
      strip: 0,
      endings: ["", "en", "s"],
      note: "weak masculine nouns: der Präsident, des/dem/den Präsidenten",
    },
    { suffix: ["e"], case: "upper", strip: 0, endings: ["", "s", "n"], note: "Zentralkomitee(s), Russe(n)" },
    { suffix: ["er", "el"], case: "upper", strip: 0, endings: ["", "s", "n"], note: "Leiter(s), dative plural Leitern" },
    { suffix: ["a", "i", "o", "u", "y", "ä", "ö", "ü"], case: "upper", strip: 0, endings: ["", "s"], note: "China(s), Xi(s), Politbüro(s)" },
    { suffix: "", case: "upper", strip: 0, endings: ["", "s", "es"], note: "Pjöngjang(s), Krieg(e)s, Sekretariat(s)" },
  ],
  invariant: [
    "der", "die", "das", "des", "dem", "den", "von", "vom", "und", "für", "zu", "zur", "zum", "im", "in", "an", "am",
    "auf", "über", "gegen", "mit", "bei", "aus", "nach", "unter", "zwischen", "of", "the", "and",
  ],
};

/** Adjective endings of the strong, weak and mixed declension. */
const ADJECTIVE_ENDINGS = ["", "e", "en", "er", "es", "em"];

/**
 * Stems that are adjectives by their suffix (words arrive folded: "är" is "ar"):
 * -isch, -lich, -ig, -al, -är, -ell, -iv, -ös, participles, superlatives.
 */
const ADJECTIVE_STEM = /(?:isch|lich|ig|al|ar|ell|iv|end|iert|igt|eint|eilt|os|bar|sam|haft|[sß]t)$/;

/** Short adjectives that no suffix gives away ("Großer Vaterländischer Krieg", "Roter Platz"). */
const SIMPLE_ADJECTIVES = new Set([
  "groß", "rot", "gelb", "weiß", "fern", "kalt", "neu", "alt", "hoch", "nah", "schwarz", "grün", "blau", "frei", "heilig",
  "erst", "zweit", "dritt", "viert", "fünft", "sechst", "siebt", "oberst", "vereint", "vereinigt",
].map((w) => w.normalize("NFD").replace(/[\u0300-\u036f]/g, "")));

/**
 * Adjectives inside names decline ("Kommunistische" → "Kommunistischen"); the
 * base may be the bare stem ("chinesisch") or any declined form ("Ständiger").
 * @example paradigms("kommunistische", { upper: true }) // [{ stem: "kommunistisch", endings: ["", "e", "en", "er", "es", "em"] }]
 */
export function paradigms(word: string, _info: WordInfo): Paradigm[] {
  for (const ending of ["em", "en", "er", "es", "e", ""]) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, word.length - ending.length);
    if (SIMPLE_ADJECTIVES.has(stem) || (stem.length >= 4 && ADJECTIVE_STEM.test(stem))) return [{ stem, endings: ADJECTIVE_ENDINGS }];
  }
  return [];
}
