/**
 * Slovak inflection of names: suffix rules for the declension of nouns
 * (masculine hard, soft and velar stems, -a of both genders, -ia, neuters in
 * -o/-e/-ie/-um, plurals), adjectives (inside names, demonyms, -ová surnames;
 * capitalised ones keep their gender, lowercase demonyms take all),
 * possessives of people (Putinov, Putinova) and a plugin for
 * the fleeting vowels ("Kremeľ" → "Kremľa", "Peter" → "Petra", "sviatok" → "sviatku").
 *
 * Words arrive folded (lowercase, no diacritics): "ä"/"a", "ô"/"o", "ľ"/"l",
 * "ú"/"u" are one letter here. Unlike Czech, Slovak feminines keep their
 * consonant before -e ("Amerika" → "Amerike", "Praha" → "Prahe"), and the
 * instrumental is -om / -ou. Vocatives are left out.
 */
import type { InflectionData, Paradigm, SuffixRule } from "../types.js";

/** Hard adjective endings, every gender, case and number: čínsky → čínskeho, čínskej, čínsku, čínskou. */
const ADJ = ["y", "eho", "emu", "om", "ym", "a", "ej", "u", "ou", "e", "i", "ych", "ymi"];
/** Capitalised adjectives keep their gender (surnames, words of a name whose noun fixes it). */
const ADJ_MASC = ["y", "eho", "emu", "om", "ym", "i", "ych", "ymi"];
/** Soft adjective endings (-í): cudzí → cudzieho, cudzej, cudziu. */
const ADJ_SOFT = ["i", "ieho", "iemu", "om", "im", "ia", "ej", "iu", "ou", "ie", "ich", "imi"];
/** Masculine consonant stems: gen. -a/-u, dat. -u/-ovi, loc. -e/-i/-u/-ovi, instr. -om; plural -ov, -och, -mi. */
const MASC = ["", "a", "u", "ovi", "om", "e", "i", "ov", "och", "mi"];
/** Possessive adjectives of people: Putinov, Putinova, Putinovho, Putinovej, Putinových. */
const POSSESSIVE = ["ov", "ova", "ovo", "ovi", "ove", "ovho", "ovmu", "ovom", "ovym", "ovej", "ovu", "ovou", "ovych", "ovymi"];

const rules: SuffixRule[] = [
  // --- Possessives of personal names (before the declension proper) --------------------
  {
    suffix: ["b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "x", "z"],
    case: "upper",
    strip: 0,
    endings: POSSESSIVE,
    more: true,
    note: "Putin → Putinov, Putinova; Trump → Trumpovej",
  },
  { suffix: ["a"], case: "upper", strip: 1, endings: POSSESSIVE, more: true, note: "masculine -a names: Kuba → Kubov, Kubova" },
  { suffix: ["o"], case: "upper", strip: 1, endings: ["a", "ovi", "om", "ov", "ova", "ovo", "ovej", "ovho", "ovych"], more: true, note: "masculine -o names: Fico → Fica, Ficovi, Ficom, Ficova" },
  { suffix: ["e", "y"], case: "upper", strip: 0, endings: ["ho", "mu", "m", "ovi", "a", "om", "ov", "ova", "ovej", "ovho"], more: true, note: "foreign names in -e/-y: Farage → Faragea, Farageovi; Harry → Harryho" },

  // --- Indeclinable ------------------------------------------------------------------
  { suffix: ["ii", "ai", "oi", "ei", "ui", "au", "ou", "eu", "iu"], strip: 0, endings: [""], note: "foreign vowel-final names: Hanoi, Šojgu" },

  { suffix: ["um"], strip: 2, minStem: 3, endings: ["um", "a", "u", "e", "om", "ach"], note: "Latin -um drops its ending: centrum → centra, centre, centrom" },

  // --- Adjectives and adjectival nouns -------------------------------------------------
  { suffix: ["ky"], case: "upper", strip: 2, endings: [...ADJ_MASC.map((e) => "k" + e), "ci"], more: true, note: "Kórejský → Kórejského; a -ský surname is not its -ská wife" },
  { suffix: ["ky"], case: "lower", strip: 2, endings: [...ADJ.map((e) => "k" + e), "ci"], more: true, note: "čínsky → čínskeho, čínskej, čínskom; ruský → ruskí" },
  { suffix: ["yj"], strip: 2, endings: [...ADJ_MASC, "yj", "yja", "yjovi", "yjom"], note: "Zelenskyj → Zelenského, Zelenskému (and Zelenskyja)" },
  { suffix: ["y"], case: "upper", strip: 1, endings: [...ADJ_MASC, "ov", "och", "mi", "am", "ach", "ami"], more: true, note: "Biely → Bieleho; Spojené štáty → štátov" },
  {
    suffix: ["y"],
    case: "lower",
    strip: 1,
    endings: [...ADJ, "ov", "och", "mi", "am", "ach", "ami"],
    more: true,
    note: "hard adjectives (Spojený, Biely) and plurals (štáty → štátov, štátoch, štátmi)",
  },
  { suffix: ["y"], strip: 1, minStem: 4, endings: ["y", ""], note: "feminine plurals: Filipíny → Filipín" },
  { suffix: ["ovia"], strip: 4, endings: ["ovia", "ov", "om", "mi", "och"], note: "personal plurals: Briti/Britovia → Britov" },
  { suffix: ["ci"], strip: 2, minStem: 3, endings: ["ci", "kov", "kom", "kmi", "koch"], more: true, note: "Poliaci → Poliakov, Slováci → Slovákov" },
  {
    suffix: ["i"],
    strip: 1,
    minStem: 3,
    endings: [...ADJ_SOFT, "ov", "mi", "och"],
    note: "soft adjectives (cudzí → cudzieho), foreign -í names (Rizví → Rizvího), plurals (Briti → Britov, Britoch)",
  },

  // --- Neuter -ie / -e, feminine -ia ----------------------------------------------------
  { suffix: ["ie"], strip: 2, endings: ["ie", "ia", "iu", "i", "im", "iam", "iach", "iami"], note: "námestie → námestia, námestí; plural of -ia: Británie" },
  { suffix: ["ce", "ice"], strip: 1, minStem: 4, endings: ["e", "", "iach", "ach", "iam", "am", "ami"], more: true, note: "plural place names: Košice → Košíc, Košiciach" },
  {
    suffix: ["e"],
    strip: 1,
    minStem: 3,
    endings: ["e", "a", "u", "i", "om", "eho", "emu", "ym", "ych", "ymi", "ej", "ou"],
    note: "neuter nouns (more → mora, mori, morom) and neuter adjectives (Spojené → Spojeného, Japonské → Japonskom)",
  },
  { suffix: ["ia"], strip: 2, endings: ["ia", "ie", "ii", "iu", "iou", "ov", "om", "mi", "och"], note: "Británia → Británie, Británii, Britániu, Britániou; únia → únie; Američania → Američanov" },
  { suffix: ["ea"], strip: 1, endings: ["a", "y", "i", "u", "ou", "ej", "e"], note: "Kórea → Kórey, Kórei, Kóreu, Kóreou" },
  { suffix: ["a"], strip: 1, endings: ["a", "y", "e", "u", "ou", "ej", "i", "ovi", "om"], note: "Čína → Číny, Číne, Čínu, Čínou; Severná → Severnej, Severnú; predseda → predsedovi, predsedom; ulica → ulici" },

  // --- Neuter -o -------------------------------------------------------------------------
  { suffix: ["ko", "ho", "go", "cho"], strip: 1, endings: ["o", "a", "u", "om"], note: "Rusko → Ruska, Rusku, Ruskom" },
  { suffix: ["o"], strip: 1, endings: ["o", "a", "u", "om", "e"], note: "Kosovo → Kosova, Kosove" },

  // --- Masculine consonant stems --------------------------------------------------------
  { suffix: ["k"], strip: 1, endings: ["k", "ka", "ku", "kovi", "kom", "ci", "kov", "koch", "kmi"], note: "velars take loc. -u: Slovák → Slováka, Slováci" },
  { suffix: ["g", "h", "ch"], strip: 0, endings: ["", "a", "u", "ovi", "om", "ov"], note: "Peking → Pekingu, Pekingom; Si Ťin-pching → Ťin-pchingom" },
  { suffix: ["b", "c", "d", "f", "j", "l", "m", "n", "p", "r", "s", "t", "v", "w", "x", "z", "q"], strip: 0, endings: MASC, note: "Putin → Putina, Putinovi, Putinom; Londýn → Londýne; Brusel → Bruseli" },
];

/**
 * The fleeting vowel of the last syllable ("Kremeľ" → "Kremľa", "Peter" → "Petra",
 * "sviatok" → "sviatku", "Lučenec" → "Lučenca", "Deň víťazstva" → "Dňa víťazstva").
 * @example slovakParadigms("kremel") // [{ stem: "kreml", endings: ["a", "i", "u", "om", ...] }]
 */
export function slovakParadigms(word: string): Paradigm[] {
  const out: Paradigm[] = [];
  // Three-letter words only before n ("deň" → "dňa").
  if ((word.length >= 4 && /[^aeiouy][eo][klcnr]$/.test(word)) || /^[^aeiouy]en$/.test(word)) {
    out.push({ stem: word.slice(0, -2) + word.slice(-1), endings: ["a", "u", "i", "e", "ovi", "om", "ov", "och", "mi"] });
  }
  return out;
}

export const inflection: InflectionData = {
  rules,
  invariant: ["a", "i", "v", "vo", "na", "s", "so", "z", "zo", "do", "o", "od", "pre", "pod", "nad", "pri", "za", "k", "ku", "ii", "iii", "osn", "eu"],
  abbreviationEndings: ["u", "a", "om", "ovi", "ke", "ky", "ku", "kou", "ka"],
};
