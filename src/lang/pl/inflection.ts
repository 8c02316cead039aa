/**
 * Polish inflection of names: suffix rules for the declension of nouns
 * (masculine consonant stems with their locative softening, feminine and
 * masculine -a, neuter -o/-e, plurale tantum), adjectives of all genders
 * (inside names, demonyms, -ski surnames) and foreign names, plus a plugin
 * for what suffixes cannot say (fleeting e, ą/ę and a/e alternations, the
 * genitive plural with an inserted vowel).
 *
 * Words arrive folded (lowercase, no diacritics, ł → l), so "ą"/"a" and
 * "ó"/"o" are one letter here and the Kraków → Krakowa alternation is free.
 * Vocatives are left out on purpose: rare in news, and "Polsko", "Koreo"
 * would otherwise catch the first half of compounds ("polsko-chiński").
 */
import type { InflectionData, Paradigm, SuffixRule, WordInfo } from "../types.js";

/** Adjective endings after a hard stem, every gender, case and number (virile plural apart). */
const ADJ_HARD = ["y", "ego", "emu", "ym", "a", "ej", "e", "ych", "ymi"];
/** After k/g (and soft stems): -i- instead of -y-. */
const ADJ_SOFT = ["i", "iego", "iemu", "im", "ia", "iej", "ie", "ich", "imi"];

/** Masculine consonant stems: genitive (-a animate, -u inanimate), dative, instrumental. */
const MASC = ["", "a", "u", "owi", "em"];
/** Plural of a masculine noun (used where names name a group: "Talibów", "Chińczyków"). */
const MASC_PLURAL = ["ow", "om", "ami", "ach"];

/**
 * Capitalised adjectives are surnames ("Zełenski") or words of a name whose noun fixes
 * the gender ("Sąd Najwyższy", "Daleki Wschód"): they keep their gender, so that
 * "Ołena Zełenska" is not a form of "Zełenski". Lowercase adjectives (demonyms:
 * "chiński" → "Chińska delegacja") take every gender.
 */
const ADJ_HARD_MASC = ["y", "ego", "emu", "ym", "ych", "ymi"];

/** The endings of a velar-stem adjective (chiński, europejska, Polska) after the k/g. */
function velarAdjective(k: "k" | "g"): string[] {
  const virile = k === "k" ? "cy" : "dzy";
  return [...ADJ_SOFT.map((e) => k + e).filter((e) => e !== k + "ia"), k + "a", virile];
}

const rules: SuffixRule[] = [
  // --- Indeclinable -----------------------------------------------------------------
  { suffix: ["um"], strip: 0, endings: [""], note: "Latin neuters do not inflect in the singular: Forum, Centrum, Kolegium" },
  { suffix: ["ii", "yi", "ai", "oi", "ui", "ei"], strip: 0, endings: [""], note: "foreign names in vowel + i: Hanoi, Dubai" },
  { suffix: ["kio", "hio", "rio", "eo", "ao", "uo"], strip: 0, endings: [""], note: "foreign names in -io and vowel + o do not decline: Tokio, Ohio, Ontario (but Radio → Radia: rule -io)" },

  // --- Adjectives: capitalised ones keep their gender, lowercase ones (demonyms) take all ---
  { suffix: ["ki"], case: "upper", strip: 2, endings: ["ki", "kiego", "kiemu", "kim", "kich", "kimi", "cy"], note: "Zełenski → Zełenskiego, Zełenskim; Daleki → Dalekiego" },
  { suffix: ["gi"], case: "upper", strip: 2, endings: ["gi", "giego", "giemu", "gim", "gich", "gimi", "dzy"] },
  { suffix: ["ki"], strip: 2, endings: velarAdjective("k"), note: "chiński → chińskiego, chińska, chińscy" },
  { suffix: ["gi"], strip: 2, endings: velarAdjective("g"), note: "drogi → drogiego, drodzy" },
  { suffix: ["kie"], strip: 3, endings: velarAdjective("k"), note: "neuter and plural: chińskie → chińskiego święta" },
  { suffix: ["gie"], strip: 3, endings: velarAdjective("g") },
  {
    suffix: ["ni"],
    strip: 1,
    endings: [...ADJ_SOFT, "ych", "ym", "ymi", "ow", "om", "ami", "ach"],
    note: "soft adjectives (Wschodni → Wschodniej), virile plurals of -ny (Liberalni → Liberalnych) and of -n nouns (Litwini → Litwinów)",
  },
  { suffix: ["li"], case: "upper", strip: 1, endings: ["i", "ego", "emu", "m"], more: true, note: "foreign names in -li: Ali → Alego" },
  { suffix: ["ri", "di", "ti", "si", "zi", "mi", "bi", "pi", "wi", "fi", "hi"], case: "upper", strip: 0, endings: ["", "ego", "emu", "m"], more: true, note: "foreign names in -i decline like adjectives: Qadri → Qadriego, Lashari → Lashariemu" },
  { suffix: ["acy", "ecy"], strip: 1, endings: ADJ_HARD, more: true, note: "participles used as nouns: przewodniczący → przewodniczącego" },
  {
    suffix: ["cy"],
    strip: 2,
    endings: ["cy", "cow", "com", "cami", "cach", "czech", "kow", "kom", "kami", "kach"],
    note: "plurals in -cy from -k or -c: Brytyjczycy → Brytyjczyków, Niemcy → Niemcom, Niemczech (Niemiec: plugin)",
  },
  { suffix: ["rzy"], strip: 3, endings: ["rzy", "row", "rom", "rami", "rach"], more: true, note: "virile plurals of -r: Bułgarzy → Bułgarów" },
  { suffix: ["dzi"], strip: 3, endings: ["dzi", "dow", "dom", "dami", "dach"], note: "virile plurals of -d: Szwedzi → Szwedów" },
  { suffix: ["ci"], strip: 2, endings: ["ci", "tow", "tom", "tami", "tach"], note: "virile plurals of -t: Demokraci → Demokratów, laburzyści → laburzystów" },
  { suffix: ["si"], strip: 2, endings: ["si", "sow", "som", "sami", "sach", "chow", "chom", "chami", "chach"], note: "torysi → torysów, Włosi → Włochów" },
  { suffix: ["owie"], strip: 4, endings: ["owie", "ow", "om", "ami", "ach"], note: "personal plurals: Talibowie → Talibów" },
  { suffix: ["y"], case: "upper", strip: 1, endings: ADJ_HARD_MASC, more: true, note: "Najwyższy → Najwyższego, Biały → Białego (and not Chiny → *China)" },
  { suffix: ["y"], case: "lower", strip: 1, endings: ADJ_HARD, more: true, note: "hard adjectives of every gender: wojskowy → wojskowa, wojskowej" },
  {
    suffix: ["ry", "chy"],
    strip: 1,
    endings: ["y", "", "ow", "om", "ami", "ach"],
    more: true,
    minStem: 3,
    note: "plurals with a locative in -ech follow (Węgry → Węgrzech, Włochy → Włoszech)",
  },
  { suffix: ["ry"], strip: 1, endings: ["zech"] },
  { suffix: ["chy"], strip: 3, endings: ["chy", "szech"] },
  {
    suffix: ["y"],
    strip: 1,
    endings: ["y", "", "ow", "om", "ami", "ach"],
    minStem: 3,
    note: "plurale tantum: Chiny → Chin, Chinom, Chinami, Chinach; Stany → Stanów",
  },

  // --- Neuter -e and adjectives in -e ------------------------------------------------
  {
    suffix: ["ie"],
    strip: 2,
    endings: ["ie", "ia", "iu", "iem", "", "iego", "iemu", "im", "ich", "imi", "ii", "iom", "iami", "iach", "ow", "om", "ami", "ach"],
    note: "neuter nouns (Zagłębie, Porozumienie), soft adjectives (Wschodnie), plurals (Indie → Indii, Amerykanie → Amerykanów)",
  },
  { suffix: ["je"], strip: 1, endings: ["e", "ow", "om", "ami", "ach"], note: "plurals in -je: Himalaje → Himalajów" },
  { suffix: ["rze", "cze", "sze", "dze"], strip: 1, endings: ["e", "a", "u", "em"], note: "neuter soft nouns: morze → morza, Pomorzu" },
  {
    suffix: ["ice", "yce"],
    strip: 1,
    endings: ["e", "", "om", "ami", "ach"],
    note: "plural place names: Katowice → Katowic, Katowicach",
  },
  { suffix: ["ce"], strip: 1, endings: ["e", "a", "u", "em", "", "om", "ami", "ach"], note: "serce; Kielce → Kielc" },
  {
    suffix: ["ne", "we", "te", "de", "le", "me", "pe", "be", "se", "ze", "re", "he", "ke", "ge", "fe"],
    strip: 1,
    minStem: 3,
    endings: ["e", "ego", "emu", "ym", "ych", "ymi", "em"],
    note: "neuter and plural adjectives (Zjednoczone → Zjednoczonych, Nowe → Nowego) and foreign -e surnames (Goethe → Goethego)",
  },
  { suffix: ["e"], strip: 1, case: "upper", endings: ["e", "ego", "emu", "em"], note: "foreign names in a pronounced -e: Abe → Abego" },

  // --- Feminine (and masculine) -a ---------------------------------------------------
  { suffix: ["ia"], strip: 1, endings: ["a", "i", "e", "ej", ""], note: "Brazylia → Brazylii, Brazylię; Wschodnia → Wschodniej; Asia → Asi" },
  { suffix: ["ja"], strip: 1, endings: ["a", "i", "e"], note: "Rosja → Rosji, Rosję, Rosją" },
  { suffix: ["ea"], strip: 1, endings: ["a", "i", "e", "ej"], note: "Korea → Korei, Koreę" },
  { suffix: ["ska", "cka", "dzka"], strip: 2, endings: ["ka", "kiej", "ki", "ce", "ke"], note: "Polska → Polski, Polsce; Europejska → Europejskiej" },
  { suffix: ["ka"], strip: 2, endings: ["ka", "ki", "ce", "ke", "kiej"], note: "Ameryka → Ameryce" },
  { suffix: ["ga"], strip: 2, endings: ["ga", "gi", "dze", "ge", "giej"], note: "Praga → Pradze" },
  { suffix: ["cha"], strip: 3, endings: ["cha", "chy", "sze", "che", "chej"] },
  { suffix: ["ta"], strip: 2, endings: ["ta", "ty", "cie", "te", "tej"], note: "Malta → Malcie, Wspólnota → Wspólnocie" },
  { suffix: ["da"], strip: 2, endings: ["da", "dy", "dzie", "de", "dej"], note: "Kanada → Kanadzie" },
  { suffix: ["ra"], strip: 2, endings: ["ra", "ry", "rze", "re", "rej"], note: "Matsegora → Matsegorze" },
  { suffix: ["la"], strip: 2, endings: ["la", "ly", "li", "le", "lej"], note: "Bruksela → Brukseli; Wisła → Wiśle; Biała → Białej" },
  { suffix: ["ca", "cza", "sza", "rza", "dza"], strip: 1, endings: ["a", "y", "e", "ej"], note: "przywódca → przywódcy, Kambodża → Kambodży" },
  { suffix: ["za"], strip: 1, endings: ["a", "y", "ie", "e", "ej"], note: "Gaza → Gazie; ż: Kambodża → Kambodży" },
  { suffix: ["na", "ma", "pa", "ba", "wa", "fa", "sa", "ya"], strip: 1, endings: ["a", "y", "ie", "e", "ej"], note: "Moskwa → Moskwy, Moskwie, Moskwę; Północna → Północnej" },
  { suffix: ["a"], strip: 1, endings: ["a", "y", "e", "ie", "ej"] },

  // --- Neuter -o -------------------------------------------------------------------
  { suffix: ["nko", "czko", "szko"], case: "upper", strip: 2, endings: ["ko", "ka", "ku", "kiem", "ki", "ce", "ke"], note: "Ukrainian and Belarusian -ko surnames decline like -ka: Jakowienko → Jakowienkę, Kliczko → Kliczce" },
  { suffix: ["ko"], strip: 2, endings: ["ko", "ka", "ku", "kiem"], note: "loc. -ku: wojsko → wojsku" },
  { suffix: ["go"], strip: 2, endings: ["go", "ga", "gu", "giem"] },
  { suffix: ["cho"], strip: 3, endings: ["cho", "cha", "chu", "chem"] },
  { suffix: ["to"], strip: 2, endings: ["to", "ta", "tu", "tem", "cie"], note: "święto → święta, święcie" },
  { suffix: ["do"], strip: 2, endings: ["do", "da", "du", "dem", "dzie"] },
  { suffix: ["ro"], strip: 2, endings: ["ro", "ra", "ru", "rem", "rze"], note: "Biuro → Biurze" },
  { suffix: ["lo"], strip: 2, endings: ["lo", "la", "lu", "lem", "le"] },
  { suffix: ["co", "czo", "szo", "rzo", "zo", "io"], strip: 1, endings: ["o", "a", "u", "em"], note: "Radio → Radia, Radiu" },
  { suffix: ["o"], strip: 1, endings: ["o", "a", "u", "em", "ie"], note: "Królestwo → Królestwa, Królestwie; Kosowo → Kosowie" },

  // --- Masculine consonant stems, with the locative in -e and its softening -----------
  { suffix: ["k"], strip: 1, endings: ["k", "ka", "ku", "kowi", "kiem", "cy", "kow", "kom", "kami", "kach"], note: "velars: Pak → Pakiem; Chińczyk → Chińczycy, Chińczyków" },
  { suffix: ["g"], strip: 0, endings: ["", "a", "u", "owi", "iem"], note: "Pjongjang → Pjongjangiem, Li Qiang → Qiangiem" },
  { suffix: ["ch"], strip: 0, endings: MASC },
  { suffix: ["ey", "ay", "oy", "uy"], strip: 0, endings: MASC, note: "English names in a vowel + y: Stanley → Stanleya, Stanleyem" },
  { suffix: ["rz", "sz", "cz", "dz", "dż", "j", "x"], strip: 0, endings: [...MASC, ...MASC_PLURAL, "y"], note: "soft and hardened stems take -u in the locative; feminines in -ż/-cz take -y (podróż → podróży)" },
  { suffix: ["t"], strip: 1, endings: ["t", "ta", "tu", "towi", "tem", "cie", "tow"], note: "Brexit → Brexicie, Egipt → Egipcie" },
  { suffix: ["d"], strip: 1, endings: ["d", "da", "du", "dowi", "dem", "dzie", "dow"], note: "Islamabad → Islamabadzie" },
  { suffix: ["r"], strip: 1, endings: ["r", "ra", "ru", "rowi", "rem", "rze", "row"], note: "Władimir → Władimirze, Singapur → Singapurze" },
  { suffix: ["l"], strip: 0, endings: [...MASC, "e", "ow"], note: "l: Izrael → Izraelu; ł: Michał → Michale" },
  { suffix: ["n"], strip: 0, endings: [...MASC, "ie", "ow", "ia", "iu", "iem", "iowi"], note: "Pekin → Pekinie; ń (folded to n): Poznań → Poznaniu" },
  { suffix: ["s", "c", "z"], strip: 0, endings: [...MASC, "ie", "ow", "i", "y", "ia", "iu", "iem", "iowi"], note: "Soros → Sorosie, Kaukaz → Kaukazie, Paryż → Paryżu; soft ś/ć/ź: Białoruś → Białorusi, Kuź → Kuzia; Wielkanoc → Wielkanocy" },
  { suffix: ["m", "p", "b", "w", "f", "h", "v"], strip: 0, endings: [...MASC, "ie", "iu", "ow"], note: "hard stems: Trump → Trumpie, Krym → Krymie, Kijów → Kijowie; -iu: Wrocław → Wrocławiu, Radom → Radomiu" },
];

/** Consonants (folded). */
const CONSONANT = /[bcdfghjklmnpqrstvwxz]$/;
const VOWEL = /[aeiouy]/;

/**
 * What suffixes cannot say: fleeting e ("Marek" → "Marka", "Niemiec" → "Niemca",
 * "Paweł" → "Pawła", "minister" → "ministra", "Wiedeń" → "Wiednia"), ą/ę and
 * a/e in the last syllable ("urząd" → "urzędu", "świat" → "świecie") and the
 * genitive plural with an inserted vowel ("Niemcy" → "Niemiec", "Węgry" → "Węgier").
 * @example polishParadigms("niemcy", { upper: true }) // [{ stem: "niem", endings: ["iec"] }]
 */
export function polishParadigms(word: string, info: WordInfo): Paradigm[] {
  const out: Paradigm[] = [];
  const n = word.length;
  if (n >= 4 && /[^aeiouy]i?ek$/.test(word)) {
    out.push({ stem: word.slice(0, word.endsWith("iek") ? -3 : -2) + "k", endings: ["a", "u", "owi", "iem", "i", "ow"] });
  }
  if (n >= 5 && /[^aeiouy]iec$|[^aeiouy]ec$/.test(word)) {
    out.push({ stem: word.slice(0, word.endsWith("iec") ? -3 : -2) + "c", endings: ["a", "u", "owi", "em", "y", "ow"] });
  }
  if (n >= 5 && /[^aeiouy]el$/.test(word)) {
    out.push({ stem: word.slice(0, -2) + "l", endings: ["a", "u", "owi", "em", "e"] });
  }
  if (n >= 5 && /(st|nd|t)er$/.test(word)) {
    out.push({ stem: word.slice(0, -2), endings: ["ra", "rowi", "rem", "rze", "rowie", "row"] });
  }
  // ę for ą when the syllable opens ("urząd" → "urzędu"); e for a after i in the locative ("świat" → "świecie").
  if (n >= 4 && /[^aeiouy]a[dbgzk]$/.test(word)) {
    out.push({ stem: word.slice(0, -2) + "e" + word.slice(-1), endings: ["u", "a", "owi", "em", "iem", "ie"] });
  }
  if (n >= 4 && /ia[td]$/.test(word)) {
    out.push({ stem: word.slice(0, -2) + "e", endings: word.endsWith("t") ? ["cie"] : ["dzie"] });
  }
  // "dzień" (in names of days: "Dzień Zwycięstwa") loses its e and its soft dz: "Dnia", "Dniu", "Dniem".
  if (word.endsWith("dzien")) out.push({ stem: word.slice(0, -5) + "dn", endings: ["ia", "iu", "iem", "i", "iach", "iami"] });
  // Fleeting e before a soft n: "Wiedeń" → "Wiednia", "Wiedniu".
  if (n >= 5 && /[^aeiouy]en$/.test(word)) {
    out.push({ stem: word.slice(0, -2) + "n", endings: ["ia", "iu", "iem", "iowi"] });
  }
  // Plurale tantum: genitive plural with an inserted e ("Niemcy" → "Niemiec", "Węgry" → "Węgier").
  if (info.upper && n >= 5 && /[^aeiouy][crn]y$/.test(word) && !VOWEL.test(word[n - 3]!)) {
    const stem = word.slice(0, -1);
    const last = stem.slice(-1);
    if (CONSONANT.test(stem.slice(-2, -1))) out.push({ stem: stem.slice(0, -1), endings: ["ie" + last, "e" + last] });
  }
  return out;
}

export const inflection: InflectionData = {
  rules,
  invariant: ["i", "w", "na", "z", "ze", "do", "o", "od", "dla", "pod", "nad", "przy", "ds", "im", "ii", "iii", "ue", "onz"],
  abbreviationEndings: ["u", "a", "owi", "em", "iem", "ie", "etu", "etem", "ecie", "y", "e", "ę", "ą", "ach", "ów", "om", "ami"],
};
