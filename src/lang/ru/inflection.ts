/**
 * Russian inflection of the words of names: six cases, two numbers, three
 * genders. Nouns by declension and stem type, adjectives (full forms, all
 * genders, since a name's adjective agrees with its noun: "Северная Корея" →
 * "Северной Кореи", "Европейский союз" → "Европейского союза"), foreign names
 * (consonant-final surnames decline, vowel-final ones do not: "Путин" →
 * "Путиным", "Абэ", "Си", "Шойгу" stay as they are).
 *
 * Words are folded before matching (й → и, ё → е), so "-ий" and "-ия" are told
 * apart by their last letter only; rules for "-ий" list both readings where a
 * word may be a noun ("Дмитрий") or an adjective ("Дальний").
 */
import type { InflectionData, Paradigm } from "../types.js";

/** Hard adjective endings after the stem ("Северн-"). */
const HARD_ADJECTIVE = ["ый", "ого", "ому", "ым", "ом", "ая", "ой", "ую", "ою", "ое", "ые", "ых", "ыми"];
/** Adjective endings after к, г, х ("Российск-"). */
const VELAR_ADJECTIVE = ["ий", "ого", "ому", "им", "ом", "ая", "ой", "ую", "ою", "ое", "ие", "их", "ими"];
/** Adjective endings after ж, ш, ч, щ, stressed or not ("Больш-", "Высш-"). */
const SIBILANT_ADJECTIVE = ["ий", "ой", "его", "ого", "ему", "ому", "им", "ем", "ом", "ая", "ей", "ую", "ею", "ою", "ее", "ое", "ие", "их", "ими"];
/** Soft adjective endings ("Дальн-", "Средн-"). */
const SOFT_ADJECTIVE = ["ий", "его", "ему", "им", "ем", "яя", "ей", "юю", "ею", "ее", "ие", "их", "ими"];

/** Feminine (and masculine) nouns in -а: "Москва", "Европа", "Обама". */
const A_NOUN = ["а", "ы", "е", "у", "ой", "ою", "ам", "ами", "ах"];
/** Nouns in -а after к, г, х: "Америка" → "Америки". */
const VELAR_A_NOUN = ["а", "и", "е", "у", "ой", "ою", "ам", "ами", "ах"];
/** Nouns in -а after ж, ш, ч, щ, ц: "Польша" → "Польши", "Польшей". */
const SIBILANT_A_NOUN = ["а", "и", "ы", "е", "у", "ой", "ей", "ою", "ею", "ам", "ами", "ах"];
/** Masculine nouns ending in a consonant: "Пекин", "союз", "Джонсон". */
const HARD_NOUN = ["", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах"];

export const inflection: InflectionData = {
  rules: [
    // Adjectives, and surnames that decline like them ("Зеленский" → "Зеленского", "Толстой").
    { suffix: ["кий", "гий", "хий", "кая", "гая", "хая", "кое", "гое", "хое", "кие", "гие", "хие", "кой", "гой", "хой"], strip: 2, endings: VELAR_ADJECTIVE, note: "Российский, Великая, Морской" },
    { suffix: ["жий", "ший", "чий", "щий", "жая", "шая", "чая", "щая", "жее", "шее", "чее", "щее", "жое", "шое", "жие", "шие", "чие", "щие", "жой", "шой", "чой"], strip: 2, endings: SIBILANT_ADJECTIVE, note: "Высший, Большой" },
    { suffix: ["няя", "нее"], strip: 2, endings: SOFT_ADJECTIVE, note: "Средняя, Верхнее" },
    { suffix: ["ний", "ние"], strip: 2, endings: SOFT_ADJECTIVE, more: true, note: "Дальний; also a noun: Евгений, управление" },
    { suffix: ["ый", "ая", "ое", "ые"], strip: 2, endings: HARD_ADJECTIVE, note: "Северный, Красная, Японское, Соединённые" },
    { suffix: "ой", strip: 2, endings: HARD_ADJECTIVE, more: true, note: "Мировой; also a noun in -й (Ханой)" },

    // Nouns in -ия, -ие, -ий: "Россия" → "России", "управление" → "управления", "Дмитрий" → "Дмитрия".
    { suffix: "ия", strip: 2, endings: ["ия", "ии", "ие", "ию", "ией", "иею", "ий", "иям", "иями", "иях"], note: "Россия → России; names: Асия → Асие (colloquial dative)" },
    { suffix: "ие", strip: 2, endings: ["ие", "ия", "ию", "ием", "ии", "ий", "иям", "иями", "иях"] },
    { suffix: "ий", strip: 2, endings: ["ий", "ия", "ию", "ием", "ии", "иев", "иям", "иями", "иях"] },
    // Other nouns in -я and -ье: "Корея" → "Кореи", "Корее", "Кореей"; "Приморье" → "Приморья".
    { suffix: "ья", strip: 1, endings: ["я", "и", "е", "ю", "ей", "ею", "ям", "ями", "ях"], note: "статья, Поморья" },
    { suffix: "ье", strip: 1, endings: ["е", "я", "ю", "ем", "ев", "ям", "ями", "ях"] },
    { suffix: "я", strip: 1, endings: ["я", "и", "е", "ю", "ей", "ею", "ям", "ями", "ях"] },
    // Soft sign: masculine "Кремль" → "Кремля", feminine "Беларусь" → "Беларуси", "Беларусью".
    { suffix: "ь", strip: 1, endings: ["ь", "я", "ю", "ем", "е", "и", "ью", "ей", "ям", "ями", "ях"] },
    // Masculine in a vowel + й: "Китай" → "Китая", "Сергей" → "Сергеем".
    { suffix: ["ай", "ей", "уй", "юй", "яй", "эй", "ёй", "ой"], strip: 1, endings: ["й", "я", "ю", "ем", "е", "и", "ев", "ям", "ями", "ях"] },

    // Nouns in -а.
    { suffix: ["ка", "га", "ха"], strip: 1, endings: VELAR_A_NOUN },
    { suffix: ["жа", "ша", "ча", "ща", "ца"], strip: 1, endings: SIBILANT_A_NOUN },
    { suffix: "а", strip: 1, endings: A_NOUN },

    // Neuter nouns in -о and -е decline; capitalised foreign names in -о, -е, -и, -у, -ю, -э do not ("Токио", "Абэ", "Шойгу").
    { suffix: "ство", strip: 1, endings: ["о", "а", "у", "ом", "е", "ами", "ах"], note: "Королевство, агентство" },
    { suffix: "о", case: "lower", strip: 1, endings: ["о", "а", "у", "ом", "е", "ами", "ах"] },
    { suffix: "це", case: "lower", strip: 1, endings: ["е", "а", "у", "ем"] },
    { suffix: ["ане", "яне"], case: "lower", strip: 1, endings: ["е", "", "ам", "ами", "ах"], note: "россияне → россиян" },
    { suffix: "е", case: "lower", strip: 1, endings: ["е", "я", "ю", "ем", "ей", "ям", "ями", "ях"], note: "море → моря" },

    // Plurals: "Штаты" → "Штатов", "Филиппины" → "Филиппин", "силы" → "сил".
    { suffix: "цы", strip: 1, endings: ["ы", "ев", "ам", "ами", "ах"], note: "украинцы → украинцев" },
    { suffix: "ы", strip: 1, endings: ["ы", "", "ов", "ам", "ами", "ах"] },
    { suffix: ["ги", "ки", "хи", "жи", "ши", "чи", "щи"], case: "upper", strip: 1, endings: ["и", "", "ам", "ами", "ах"], note: "Госуслуги → Госуслуг" },
    { suffix: "и", case: "lower", strip: 1, endings: ["и", "", "ей", "ов", "ам", "ям", "ами", "ями", "ах", "ях"] },

    // Consonant-final masculine nouns and foreign surnames.
    { suffix: "ец", strip: 2, endings: ["ец", "ца", "цу", "цем", "цом", "це", "цы", "цев"], more: true, note: "fleeting vowel: Дворец → Дворца" },
    // Stems of two letters do not inflect (acronyms written as names: "ДВ" is not "Два"), except the surname class below ("Ким Чен Ын" → "Ына").
    { suffix: ["ж", "ш", "ч", "щ", "ц"], strip: 0, minStem: 3, endings: ["", "а", "у", "ем", "ом", "е", "и", "ей", "ам", "ами", "ах"], note: "Париж → Парижем" },
    { suffix: ["к", "г", "х"], strip: 0, minStem: 3, endings: ["", "а", "у", "ом", "е", "и", "ов", "ам", "ами", "ах"] },
    { suffix: ["ов", "ев", "ин", "ын"], strip: 0, endings: [...HARD_NOUN, "ым", "ых"], note: "Путин → Путиным (surname), Пекин → Пекином (place)" },
    {
      suffix: ["б", "в", "д", "з", "л", "м", "н", "п", "р", "с", "т", "ф"],
      strip: 0,
      minStem: 3,
      endings: HARD_NOUN,
    },
  ],
  // Prepositions and conjunctions inside names ("Договор о дружбе … между КНР и КНДР").
  invariant: ["и", "в", "во", "на", "о", "об", "по", "для", "при", "с", "со", "из", "у", "к", "от", "до", "за", "без", "над", "под", "между", "против", "через", "имени", "им", "фон", "дер"],
};

/** Folded vowels of Russian (after folding й → и, ё → е). */
const VOWELS = new Set([..."аеиоуыэюя"]);

/**
 * What suffix rules cannot say: the fleeting vowel of "-ок/-ек" nouns
 * ("Восток" keeps it, "замок" → "замка": both readings are offered) and of
 * "-овь" ("церковь" → "церкви"), and the declension of two-letter name
 * syllables ("Ир" → "Иром"), which the rules leave out.
 * @example paradigms("кусок") // [{ stem: "куск", endings: ["а", "у", "ом", "е", "и", "ов", "ам", "ами", "ах"] }]
 */
export function paradigms(word: string): Paradigm[] {
  const n = word.length;
  if (n >= 5 && (word.endsWith("ок") || word.endsWith("ек")) && !VOWELS.has(word[n - 3]!)) {
    return [{ stem: word.slice(0, n - 2) + "к", endings: ["а", "у", "ом", "е", "и", "ов", "ам", "ами", "ах"] }];
  }
  // The fleeting о of "-овь": "церковь" → "церкви", "церковью".
  if (n >= 5 && word.endsWith("овь")) return [{ stem: word.slice(0, n - 3) + "в", endings: ["и", "ью", "ей", "ям", "ями", "ях"] }];
  // A syllable of two letters ending in a consonant declines ("Ким Чен Ир" → "Ким Чен Иром");
  // two consonants are an acronym written as a name ("ДВ" is not "Два").
  if (n === 2 && VOWELS.has(word[0]!) && !VOWELS.has(word[1]!) && word[1] !== "ь") {
    return [{ stem: word, endings: HARD_NOUN }];
  }
  return [];
}
