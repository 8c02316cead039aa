/**
 * Ukrainian inflection of the words of names: seven cases (the vocative
 * included), two numbers, three genders. Nouns by declension and stem type
 * (with the к/г/х → ц/з/с change before -і: "Америка" → "Америці"), adjectives
 * in full forms, foreign names ("Путін" → "Путіним", "Кім Чен Ин" → "Ину"),
 * and, in the plugin, the і → о/е/є change of closed final syllables
 * ("Київ" → "Києва", "Харків" → "Харкова") and the doubled consonant of
 * feminine -ь nouns ("Білорусь" → "Білоруссю").
 *
 * Words are folded before matching (й → и, ї → і; є and ґ stay), so a rule for
 * "-ий" (hard adjective) is written "ий" and one for "-ій" is written "ій".
 * Feminine adjectives end in -а like nouns ("Північна", "Москва"): words in -а,
 * -я, -е also get the adjective endings, which only add forms no noun has.
 */
import type { InflectionData, Paradigm, WordInfo } from "../types.js";

/** Hard adjective endings after the stem ("Північн-", "Європейськ-"). */
const HARD_ADJECTIVE = ["ий", "ого", "ому", "им", "ім", "а", "ої", "ій", "у", "ою", "е", "і", "их", "ими"];
/** Soft adjective endings ("Останн-", "Середн-"). */
const SOFT_ADJECTIVE = ["ій", "ього", "ьому", "ім", "я", "ьої", "ю", "ьою", "є", "і", "іх", "іми"];
/** Nouns in -а: "Москва", "Україна", "Обама". */
const A_NOUN = ["а", "и", "і", "у", "ою", "о", "ам", "ами", "ах"];
/** Nouns in -а after ж, ш, ч, щ, ц: "Польща" → "Польщі", "Польщею". */
const SIBILANT_A_NOUN = ["а", "і", "у", "ею", "е", "ам", "ами", "ах"];
/** Masculine nouns in a consonant: "Пекін", "Лондон", "союз". */
const HARD_NOUN = ["", "а", "у", "ові", "ом", "і", "е", "и", "ів", "ам", "ами", "ах"];

/** The adjective endings of a stem that ends in a velar (к, г, х), written after the velar. */
const velarAdjective = (velar: string) => HARD_ADJECTIVE.map((e) => velar + e);

export const inflection: InflectionData = {
  rules: [
    // Adjectives and adjectival surnames ("Зеленський" → "Зеленського").
    { suffix: "ий", strip: 2, endings: HARD_ADJECTIVE, note: "Європейський → Європейського" },
    { suffix: "ній", strip: 2, endings: SOFT_ADJECTIVE, more: true, note: "Останній; -ій is also a noun" },
    { suffix: "ій", strip: 2, endings: ["ій", "ія", "ію", "ієм", "ієві", "ії", "іїв"], note: "Сергій → Сергія" },

    // Nouns in -я: "Росія" → "Росії", "Корея" → "Кореї", "земля" → "землі", "управління" → "управлінням".
    { suffix: "ія", strip: 2, endings: ["ія", "ії", "ію", "ією", "ій", "іям", "іями", "іях"] },
    { suffix: ["ея", "уя", "оя", "ая", "єя", "юя"], strip: 1, endings: ["я", "ї", "ю", "єю", "й", "ям", "ями", "ях"] },
    { suffix: "ня", strip: 1, endings: SOFT_ADJECTIVE, more: true, note: "Середня (adjective) or земля-type noun" },
    { suffix: "я", strip: 1, endings: ["я", "і", "ю", "ею", "ь", "ям", "ями", "ях"] },

    // Nouns (and feminine adjectives) in -а.
    { suffix: "ка", strip: 2, endings: ["ка", "ки", "ці", "ку", "кою", "ко", "кам", "ками", "ках", ...velarAdjective("к")], note: "Америка → Америці; Велика → Великої" },
    { suffix: "га", strip: 2, endings: ["га", "ги", "зі", "гу", "гою", "го", "гам", "гами", "гах", ...velarAdjective("г")], note: "Прага → Празі" },
    { suffix: "ха", strip: 2, endings: ["ха", "хи", "сі", "ху", "хою", "хо", "хам", "хами", "хах", ...velarAdjective("х")] },
    { suffix: ["жа", "ша", "ча", "ща", "ца"], strip: 1, endings: [...SIBILANT_A_NOUN, ...HARD_ADJECTIVE] },
    { suffix: "а", strip: 1, endings: [...A_NOUN, ...HARD_ADJECTIVE], note: "Москва → Москви; Північна → Північної" },

    // Neuter nouns; capitalised masculine names in -ко, -ло, -ро decline ("Шевченко" → "Шевченка", "Павло" → "Павла"), foreign names in -о do not ("Токіо").
    { suffix: "ство", strip: 1, endings: ["о", "а", "у", "ом", "і", "ові"], note: "Королівство → Королівства" },
    { suffix: ["ко", "ло", "ро"], case: "upper", strip: 1, endings: ["о", "а", "у", "ові", "ом", "е", "і"], note: "Шевченко, Михайло, Дмитро → Дмитра" },
    { suffix: ["бо", "во", "до", "зо", "мо", "но", "по", "со", "то"], case: "upper", strip: 1, endings: ["о", "а", "у", "ом", "і"], note: "Різдво → Різдва; not after a vowel (Токіо)" },
    { suffix: "о", case: "lower", strip: 1, endings: ["о", "а", "у", "ом", "і", "ові", "ам", "ами", "ах"] },
    { suffix: "е", strip: 1, endings: ["е", "я", "ю", "ем", "і", ...HARD_ADJECTIVE], note: "море → моря; Японське → Японського" },
    { suffix: "є", strip: 1, endings: SOFT_ADJECTIVE },

    // A vowel + й (folded "-аи": before the plurals in -и): "Китай" → "Китаю", "Китаї", "Китаєм".
    { suffix: ["ай", "ей", "ой", "уй", "юй", "яй", "єй"], strip: 1, endings: ["й", "ю", "я", "єм", "ї", "єві", "ям", "ями", "ях", "їв"] },
    // Plurals: adjectives and nouns in -і ("Сполучені" → "Сполучених", "українці" → "українців"), nouns in -и ("Штати" → "Штатів", "Філіппіни" → "Філіппін").
    { suffix: "і", strip: 1, minStem: 3, endings: ["і", "их", "им", "ими", "іх", "ім", "іми", "ів", "ям", "ями", "ях"] },
    { suffix: "и", strip: 1, minStem: 3, endings: ["и", "", "ів", "ам", "ами", "ах"] },

    // Soft sign: "Кремль" → "Кремля", "Брюссель" → "Брюсселем", "Білорусь" → "Білорусі".
    { suffix: "ь", strip: 1, endings: ["ь", "я", "ю", "ем", "і", "еві", "ей", "ям", "ями", "ях"] },

    // Consonant-final masculine nouns and foreign surnames.
    { suffix: "єр", strip: 0, endings: HARD_NOUN, note: "прем'єр is cut at the apostrophe: прем + єр → єра" },
    { suffix: ["ін", "ин", "ов", "ев", "єв"], strip: 0, endings: [...HARD_NOUN, "им", "их"], note: "Путін → Путіним (surname), Пекін → Пекіном; Ин of Кім Чен Ин" },
    { suffix: ["ар", "яр", "ир"], strip: 0, minStem: 3, endings: [...HARD_NOUN, "я", "ю", "ем", "еві"], note: "секретар → секретаря" },
    { suffix: ["ж", "ш", "ч", "щ", "ц"], strip: 0, minStem: 3, endings: ["", "а", "у", "еві", "ем", "і", "е", "ів", "ам", "ами", "ах"], note: "Париж → Парижем" },
    // Velars change before -і: "Фрайбург" → "у Фрайбурзі", "фейсбук" → "у фейсбуці".
    { suffix: "г", strip: 1, minStem: 2, endings: [...HARD_NOUN.map((e) => "г" + e), "зі"] },
    { suffix: "к", strip: 1, minStem: 2, endings: [...HARD_NOUN.map((e) => "к" + e), "ці"] },
    { suffix: "х", strip: 1, minStem: 2, endings: [...HARD_NOUN.map((e) => "х" + e), "сі"] },
    { suffix: ["б", "в", "ґ", "д", "з", "л", "м", "н", "п", "р", "с", "т", "ф"], strip: 0, minStem: 3, endings: HARD_NOUN },
  ],
  // Prepositions and conjunctions inside names ("Договір про нерозповсюдження …").
  invariant: ["і", "й", "та", "в", "у", "на", "з", "із", "зі", "до", "від", "про", "за", "при", "для", "між", "над", "під", "без", "проти", "через", "імені", "ім", "фон", "дер"],
};

const VOWELS = new Set([..."аеиіоуюяєї"]);

/**
 * The і of a closed final syllable alternates with о or е in the other forms
 * ("Харків" → "Харкова", "Львів" → "Львова"), and ї with є ("Київ" → "Києва";
 * folded, ї is "і" after a vowel). Feminine -ь nouns double their consonant in
 * the instrumental ("Білорусь" → "Білоруссю"). Two-letter name syllables
 * ("Ір") decline, which the rules leave out.
 * @example paradigms("киів", { upper: true }) // [{ stem: "києв", endings: ["а", "у", "ові", "ом", "і", "е", …] }]
 */
export function paradigms(word: string, info: WordInfo): Paradigm[] {
  const out: Paradigm[] = [];
  const m = /^(.*)і([^аеиіоуюяєїь]+)$/.exec(word);
  // Three-letter words only when written lowercase ("рік" → "року"): a capitalised one is a foreign name ("Кім").
  if (m && m[1]!.length >= 1 && (word.length >= 4 || !info.upper)) {
    const before = m[1]!;
    const endings = ["а", "у", "ові", "ом", "і", "е", "и", "ів", "ам", "ами", "ах"];
    if (VOWELS.has(before[before.length - 1]!)) out.push({ stem: `${before}є${m[2]}`, endings });
    else for (const vowel of ["о", "е"]) out.push({ stem: `${before}${vowel}${m[2]}`, endings });
  }
  const soft = /^(.*[аеиіоуюяєї])([бвгджзклмнпрстфхцчшщ])ь$/.exec(word);
  if (soft && word.length >= 4) out.push({ stem: `${soft[1]}${soft[2]}${soft[2]}`, endings: ["ю"] });
  // A syllable of two letters ending in a consonant declines ("Кім Чен Ір" → "Кім Чен Іра");
  // two consonants are an acronym written as a name.
  if (word.length === 2 && VOWELS.has(word[0]!) && !VOWELS.has(word[1]!) && word[1] !== "ь") out.push({ stem: word, endings: HARD_NOUN });
  return out;
}
