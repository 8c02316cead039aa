/**
 * Bulgarian inflection of the words of names. Nouns and adjectives have no
 * cases, but take the definite article: masculine "-ът/-а" ("комитетът",
 * "комитета") or "-ят/-я" ("секретарят", "Денят"), masculine adjectives
 * "-ият/-ия" ("Централният", "Корейския"), feminine "-та" ("партията",
 * "Корейската", "общността"), neuter "-то" ("Японското", "морето"), plural
 * "-те" ("щатите", "Съединените"). In a phrase only the first word takes the
 * article ("Организацията на обединените нации"); each word is matched on its
 * own, so the rules give every word its articled forms.
 *
 * Words are folded before matching (й → и), so "Европейски" is "европеиски".
 */
import type { InflectionData, Paradigm } from "../types.js";

/** Masculine nouns that take the soft article ("-ят/-я"): "секретар", "председател", "ден", "път". */
const SOFT_MASCULINE = ["ар", "яр", "тел", "ден", "път", "кон", "цар", "крал", "зет", "сън", "огън"];
const CONSONANTS = ["б", "в", "г", "д", "ж", "з", "к", "л", "м", "н", "п", "р", "с", "т", "ф", "х", "ц", "ч", "ш", "щ", "ь"];

export const inflection: InflectionData = {
  rules: [
    // Feminine nouns in -ия and -а/-я; feminine adjectives in -а: "партията", "Корейската".
    { suffix: "ия", strip: 2, endings: ["ия", "ията", "ии", "иите"], note: "комисия → комисията; партии → партиите" },
    { suffix: "а", strip: 1, endings: ["а", "ата"], note: "Корейска → Корейската" },
    { suffix: "я", strip: 1, endings: ["я", "ята"] },
    // Neuter nouns and adjectives: "Японско → Японското", "море → морето", "интервю → интервюто".
    { suffix: "о", strip: 1, endings: ["о", "ото"] },
    { suffix: "е", strip: 1, endings: ["е", "ето"] },
    { suffix: ["у", "ю"], strip: 0, endings: ["", "то"] },
    // Masculine adjectives in -ски/-цки/-шки (all forms: the gazetteer gives adjectives of countries in this form);
    // other words in -и are plurals, which take only "-те" ("българи" → "българите", never "България").
    { suffix: ["ски", "цки", "шки", "жки", "чки"], strip: 1, endings: ["и", "ия", "ият", "а", "ата", "о", "ото", "ите"], note: "китайски → китайското" },
    { suffix: "и", strip: 1, endings: ["и", "ите"], note: "британци → британците; Съединени → Съединените" },
    // Masculine in -й: "музей → музея, музеят".
    { suffix: "й", strip: 1, endings: ["й", "я", "ят", "и", "ите"] },
    // Masculine adjectives with a fleeting vowel: "Централен → Централния", "добър → добрия".
    { suffix: "ен", strip: 2, minStem: 3, endings: ["ен", "ния", "ният", "на", "ната", "но", "ното", "ни", "ните"], more: true },
    { suffix: "ър", strip: 2, minStem: 2, endings: ["ър", "рия", "рият"], more: true },
    // Feminine nouns in a consonant: "общност → общността", "помощ → помощта"; some are masculine ("мост → моста").
    { suffix: ["ост", "ест", "аст", "ст", "щ", "ов"], strip: 0, endings: ["", "та"], more: true },
    // Masculine nouns with the soft article, then all other consonant-final words (nouns and adjectives).
    { suffix: SOFT_MASCULINE, strip: 0, endings: ["", "я", "ят", "а", "ът"] },
    // Lowercase words may be adjectives ("нов → новия"); a capitalised one is a noun or a name,
    // and "-ия" would make other names of it ("Виктор" is not "Виктория", "Мар" not "Мария").
    { suffix: CONSONANTS, case: "lower", strip: 0, minStem: 3, endings: ["", "а", "ът", "ия", "ият"], note: "комитет → комитета; нов → новия" },
    { suffix: CONSONANTS, case: "upper", strip: 0, minStem: 3, endings: ["", "а", "ът"], note: "Брекзит → Брекзитът" },
  ],
  // The article joins an abbreviation with a hyphen: "БДЖ-то", "МОЛ-овете", "ЕС-а".
  abbreviationEndings: ["а", "ът", "то", "та", "те", "ове", "овете"],
  // Prepositions and conjunctions inside names ("Организация на обединените нации").
  invariant: ["на", "за", "и", "в", "във", "с", "със", "от", "до", "по", "при", "към", "между", "срещу", "без", "над", "под", "пред", "през", "след", "чрез", "де", "фон", "дер"],
};

const VOWELS = new Set([..."аеиоуъюя"]);

/**
 * The я of a last syllable becomes е before the endings -и, -ия, -ият
 * ("Бял дом" → "Белия дом", "голям" → "големия").
 * @example paradigms("бял") // [{ stem: "бел", endings: ["и", "ия", "ият", "ите"] }]
 */
export function paradigms(word: string): Paradigm[] {
  const m = /^(.*[^аеиоуъюя])я([^аеиоуъюя]+)$/.exec(word);
  if (!m || VOWELS.has(m[2]![0]!)) return [];
  return [{ stem: `${m[1]}е${m[2]}`, endings: ["и", "ия", "ият", "ите"] }];
}
