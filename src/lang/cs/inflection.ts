/**
 * Czech inflection of names: suffix rules for the declension of nouns
 * (masculine hard, soft and velar stems, -a of both genders, soft feminines in
 * -e/-ie, neuters in -o/-í/-um, plurals), adjectives (inside names, demonyms,
 * -ová surnames, foreign names in -í and -yj; capitalised ones keep their gender,
 * lowercase demonyms take all), possessives of people ("Putinův", "Johnsonovy")
 * and a plugin for the fleeting e ("Liberec" → "Liberce") and ů/o ("dům" → "domu").
 *
 * Words arrive folded (lowercase, no diacritics), so "ě"/"é"/"e", "ř"/"r",
 * "ů"/"ú"/"u" are one letter here: "Londýně", "Petře", "Evropské" need no
 * alternation. Only the velars change before -e: k → c, h/g → z, ch → š.
 * Vocatives are left out (rare in news, and they would catch more common words).
 */
import type { InflectionData, Paradigm, SuffixRule } from "../types.js";

/** Hard adjective endings after the stem, every gender, case and number. */
const ADJ = ["y", "eho", "emu", "em", "ym", "a", "e", "ou", "u", "i", "ych", "ymi"];
/** Capitalised adjectives keep their gender (surnames, words of a name whose noun fixes it). */
const ADJ_MASC = ["y", "eho", "emu", "em", "ym", "i", "ych", "ymi"];
/** Soft adjective (-í) endings: Severní → Severního, Severním, Severními. */
const ADJ_SOFT = ["i", "iho", "imu", "im", "imi", "ich"];
/** Masculine consonant stems: gen. -a/-u, dat./loc. -u/-ovi, loc. -ě, instr. -em. */
const MASC = ["", "a", "u", "ovi", "em", "e"];

/** Possessive adjectives of people: Putinův, Putinova návštěva, Johnsonovy vlády, Prymulových. */
const POSSESSIVE = ["uv", "ova", "ovo", "ovy", "ovu", "ove", "ovou", "ovych", "ovym", "ovymi"];

const rules: SuffixRule[] = [
  // --- Possessives of personal names (before the declension proper) --------------------
  {
    suffix: ["b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "x", "z"],
    case: "upper",
    strip: 0,
    endings: POSSESSIVE,
    more: true,
    note: "Putin → Putinův, Putinova; Johnson → Johnsonovy",
  },
  { suffix: ["a"], case: "upper", strip: 1, endings: POSSESSIVE, more: true, note: "Prymula → Prymulův, Prymulova" },
  { suffix: ["e", "y"], case: "upper", strip: 0, endings: ["ho", "mu", "m", "ovi", "a", "uv", "ova", "ovy", "ovo", "ovych"], more: true, note: "foreign names in -e/-y: Farage → Farageovi, Wigmorea; Harry → Harryho" },

  // --- Indeclinable ------------------------------------------------------------------
  { suffix: ["ii", "ai", "oi", "ei", "ui", "au", "ou", "eu", "iu"], strip: 0, endings: [""], note: "foreign vowel-final names: Hanoi, Šojgu stay as they are" },

  { suffix: ["um"], strip: 2, minStem: 3, endings: ["um", "a", "u", "em", "ech"], note: "Latin -um drops its ending: Centrum → Centra, Centru, Centrem; muzeum → muzea" },

  // --- Adjectives and adjectival nouns --------------------------------------------------
  { suffix: ["sky", "cky"], case: "upper", strip: 2, endings: [...ADJ_MASC.map((e) => "k" + e), "ti", "ci"], note: "Korejský → Korejského; a -ský surname is not its -ská wife" },
  { suffix: ["ky"], case: "upper", strip: 2, endings: [...ADJ_MASC.map((e) => "k" + e), "ci"], more: true },
  { suffix: ["sky", "cky"], case: "lower", strip: 2, endings: [...ADJ.map((e) => "k" + e), "ti", "ci"], note: "čínský → čínského, čínská, čínští; americký → američtí" },
  { suffix: ["ky"], case: "lower", strip: 2, endings: [...ADJ.map((e) => "k" + e), "ci"], more: true },
  { suffix: ["yj"], strip: 2, endings: [...ADJ_MASC, "yj", "yje", "yji", "yjovi", "yjem"], note: "Zelenskyj → Zelenského, Zelenskému (and Zelenskyje)" },
  {
    suffix: ["ove"],
    strip: 3,
    endings: ["ove", "u", "um", "y", "ech", "eho", "emu", "em", "ym", "ych", "ymi", "a", "ou"],
    note: "personal plurals (Britové → Britů, Britům, Brity) and neuter adjectives (Nové → Nového)",
  },
  { suffix: ["y"], case: "upper", strip: 1, endings: [...ADJ_MASC, "u", "um", "ech", "ach", "am", "ami"], more: true, note: "Bílý → Bílého; Spojené státy → států" },
  {
    suffix: ["y"],
    case: "lower",
    strip: 1,
    endings: [...ADJ, "um", "ech", "ach", "am", "ami"],
    more: true,
    note: "hard adjectives (Spojený, Bílý) and hard plurals (státy → států, státech)",
  },
  { suffix: ["y"], strip: 1, minStem: 4, endings: ["y", ""], note: "feminine plurals: Filipíny → Filipín" },
  { suffix: ["ci"], strip: 2, minStem: 3, endings: ["ci", "ku", "kum", "ky", "cich"], more: true, note: "Poláci → Poláků, Polákům" },
  { suffix: ["si"], strip: 2, minStem: 3, endings: ["si", "chu", "chum", "chy"], more: true, note: "Češi → Čechů" },
  { suffix: ["i"], strip: 1, minStem: 3, endings: [...ADJ_SOFT, "u", "um", "ech", "y", "e"], note: "soft adjectives (Severní → Severního), foreign -í names (Rizví → Rizvího), plurals (Britové/Brité → Britů)" },

  // --- Feminine and neuter soft -e / -ie ------------------------------------------------
  { suffix: ["ie"], strip: 1, endings: ["e", "i", "ich", "im", "emi"], note: "Francie → Francii, Francií; Evropská unie → Evropské unii" },
  { suffix: ["ice", "ce"], strip: 1, minStem: 4, endings: ["e", ""], more: true, note: "plural place names: Pardubice → Pardubic; Vánoce → Vánoc" },
  {
    suffix: ["e"],
    strip: 1,
    minStem: 3,
    endings: ["e", "i", "eho", "emu", "em", "ym", "ych", "ymi", "ou", "a", "y", "u", "um", "ech", "ich", "im", "emi"],
    note: "neuter adjectives (Spojené → Spojeného), soft nouns (komise → komisi, moře → mořem), plurals in -é (labouristé → labouristů)",
  },

  // --- -a: feminines, masculines (předseda), feminine adjectives ------------------------
  { suffix: ["ea"], strip: 1, endings: ["a", "je", "ji", "u", "ou", "e", "y", "i"], note: "Korea → Koreje, Koreji, Koreu, Koreou" },
  { suffix: ["ia"], strip: 1, endings: ["a", "e", "i", "u", "ou", "ie"], note: "Asia → Asie, Asii, Asiu" },
  { suffix: ["ka"], strip: 2, endings: ["ka", "ky", "ce", "ku", "kou", "ke", "kovi"], note: "Amerika → Americe; Evropská → Evropské" },
  { suffix: ["cha"], strip: 3, endings: ["cha", "chy", "se", "chu", "chou", "che", "chovi"] },
  { suffix: ["ha", "ga"], strip: 1, endings: ["a", "y", "u", "ou", "e", "ovi"], more: true, note: "Praha → Prahy, Prahu; (Praze: next rule)" },
  { suffix: ["ha", "ga"], strip: 2, endings: ["ze"] },
  { suffix: ["a"], strip: 1, endings: ["a", "y", "e", "u", "ou", "ovi"], note: "Čína → Číny, Číně, Čínu, Čínou; Mayová → Mayové, Mayovou; předseda → předsedovi" },

  // --- Neuter -o ------------------------------------------------------------------------
  { suffix: ["ko", "ho", "go", "cho"], strip: 1, endings: ["o", "a", "u", "em"], note: "Rusko → Ruska, Rusku, Ruskem" },
  { suffix: ["o"], strip: 1, endings: ["o", "a", "u", "em", "e"], note: "Kosovo → Kosova, Kosově" },

  // --- Masculine consonant stems --------------------------------------------------------
  { suffix: ["k"], strip: 1, endings: ["k", "ka", "ku", "kovi", "kem", "ci", "kum", "ky"], note: "velars take loc. -u: Peking → Pekingu; Polák → Poláci" },
  { suffix: ["g", "h"], strip: 0, endings: ["", "a", "u", "ovi", "em", "e"], note: "Peking → Pekingu, Pekingem; Si Ťin-pching → Ťin-pchingem" },
  { suffix: ["ch"], strip: 0, endings: ["", "a", "u", "ovi", "em"] },
  { suffix: ["us"], strip: 2, minStem: 3, endings: ["us", "u", "a", "em", "ovi", "e", "y", "um", "ech"], more: true, note: "Latin -us drops: koronavirus → koronaviru, koronavirem; Kristus → Krista" },
  { suffix: ["s", "z", "l", "j", "c", "x", "r"], strip: 0, endings: [...MASC, "i"], note: "soft or ambiguous stems: Brusel → Bruselu, Izrael → Izraeli, Babiš → Babiše, Dmitrij → Dmitrije" },
  {
    suffix: ["b", "d", "f", "m", "n", "p", "t", "v", "w", "q"],
    strip: 0,
    endings: [...MASC, "i"],
    note: "hard stems: Putin → Putina, Putinovi, Putinem; Londýn → Londýně; soft feminines ť, ď, ň: Bukurešť → Bukurešti",
  },
];

/**
 * The fleeting e ("Liberec" → "Liberce", "Pavel" → "Pavla", "Zdeněk" → "Zdeňka", "Den vítězství" → "Dne vítězství")
 * and ů → o in the last syllable ("dům" → "domu", "Bílý dům" → "Bílého domu").
 * @example czechParadigms("liberec") // [{ stem: "liberc", endings: ["e", "i", "em", ...] }]
 */
export function czechParadigms(word: string): Paradigm[] {
  const out: Paradigm[] = [];
  const n = word.length;
  // Three-letter words only before n ("den" → "dne"): "del" → "dle" would be the preposition.
  if ((n >= 4 && /[^aeiouy]e[kclnr]$/.test(word)) || /^[^aeiouy]en$/.test(word)) {
    const stem = word.slice(0, -2) + word.slice(-1);
    out.push({ stem, endings: ["a", "u", "ovi", "em", "e", "i", "y", "um"] });
  }
  if (n >= 3 && n <= 5 && /u[mlrzd]$/.test(word)) {
    out.push({ stem: word.slice(0, -2) + "o" + word.slice(-1), endings: ["u", "a", "e", "em", "ovi"] });
  }
  return out;
}

export const inflection: InflectionData = {
  rules,
  invariant: ["a", "i", "v", "ve", "na", "s", "se", "z", "ze", "do", "o", "od", "pro", "pod", "nad", "pri", "za", "k", "ku", "ii", "iii", "osn", "eu"],
  abbreviationEndings: ["u", "a", "em", "ovi", "ce", "ky", "ku", "kou", "ka", "ek"],
};
