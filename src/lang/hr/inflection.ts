/**
 * Croatian inflection of names (seven cases, two numbers), written so that the
 * Serbian pack can reuse it in both scripts (src/lang/sr/inflection.ts
 * transliterates these rules). Masculine names ("Putin" → Putina/Putinu/Putinom),
 * foreign names in a vowel ("Xi" → Xija, "Abe" → Abea, "Shinzo" → Shinza),
 * feminine a-stems with the sibilarisation of -ka/-ga/-ha ("Amerika" → Americi),
 * adjectives inside names ("Sjeverna Koreja" → Sjevernoj Koreji, "Europska unija"
 * → Europskoj uniji), possessive adjectives ("Putinov", "Kimova") and the
 * fleeting a ("Zadar" → Zadra, "konzervativac" → konzervativca).
 */
import type { InflectionData, Paradigm, SuffixRule, WordInfo } from "../types.js";

/** Each ending after each prefix: `after(["ov"], ["", "a"])` → ["ov", "ova"]. */
const after = (prefixes: string[], endings: string[]) => prefixes.flatMap((p) => endings.map((e) => p + e));

/** Adjective endings after the stem, all genders and cases (an adjective lexeme: "kineski" → "kineska/kineskog/kineskoj"). */
const ADJECTIVE = ["i", "a", "o", "e", "u", "og", "oga", "om", "omu", "ome", "oj", "im", "ima", "ih"];
/**
 * An adjective inside a name agrees with its noun, whose gender its base form
 * shows: feminine "Sjevern-a/-e/-oj/-u/-om" (plural -e -ih -im -ima), neuter
 * singular "Ujedinjen-o/-og/-oga/-om/-omu/-ome/-im".
 */
const ADJECTIVE_FEMININE = ["a", "e", "oj", "u", "om", "ih", "im", "ima"];
const ADJECTIVE_NEUTER = ["o", "og", "oga", "om", "omu", "ome", "im"];
/** Plural adjectives ("Sjedinjene Države" → "Sjedinjenih/Sjedinjenim/Sjedinjenima"). */
const ADJECTIVE_PLURAL = ["e", "ih", "im", "ima"];
/** Masculine a-stems: sg -a -u -om/-em -e (voc), pl -i -a -ima -e, monosyllables -ovi/-evi. */
const MASCULINE = ["", "a", "u", "om", "em", "e", "i", "ima", "ovi", "evi", "ova", "eva", "ovima", "evima", "ove", "eve"];
/** Feminine e-stems: sg -a -e -i -u -o -om, pl -e -a -ama. */
const FEMININE = ["a", "e", "i", "u", "o", "om", "ama"];
/** The singular of masculine a-stems, for short names whose plural would spell other words ("Kimi", "Paci"). */
const SINGULAR = ["", "a", "u", "om", "em"];
/** Neuter o-stems and e-stems: sg -o/-e -a -u -om/-em, pl -a -ima. */
const NEUTER_O = ["o", "a", "u", "om", "ima"];
const NEUTER_E = ["e", "a", "u", "em", "ima"];
/** Possessive adjectives of names: "Putinov posjet", "Kimova sestra", "Obamina administracija". */
const POSSESSIVE = after(["ov", "ev", "in"], ["", ...ADJECTIVE]);
/** A foreign name in -i/-y inserts -j-: "Xija", "Modiju", "Kennedyjem", "Xijev". */
const J_FORMS = after(["j"], ["a", "u", "em", "om", "e", "i", "ima", ...POSSESSIVE]);
/** Endings after a name's own final vowel: "Abea", "Šojguom", "Abeov". */
const KEPT_VOWEL = ["", "a", "u", "om", "e", ...POSSESSIVE];

/** Latin consonants (a name of the other script never reaches the consonant rules by mistake). */
const CONSONANTS = [..."bcčćdđfghjklmnprsštvzžxqw"];

/** A velar before a front vowel: "Amerika" → "Americi", "poluotok" → "poluotoci" (sibilarisation). */
const SIBILANT: Record<string, string> = { k: "c", g: "z", h: "s" };

function velarRules(): SuffixRule[] {
  return Object.entries(SIBILANT).flatMap(([velar, sibilant]): SuffixRule[] => [
    {
      suffix: velar + "a",
      strip: 2,
      endings: [...after([velar], [...FEMININE, ...ADJECTIVE_FEMININE, ...POSSESSIVE]), sibilant + "i"],
      note: `Amerika → Americi/Ameriku/Amerikom; Velika → Velikoj (dative/locative ${velar}a → ${sibilant}i)`,
    },
    {
      suffix: velar,
      strip: 1,
      minStem: 3,
      endings: [...after([velar], [...MASCULINE, ...POSSESSIVE]), sibilant + "i", sibilant + "ima"],
      note: `Peking → Pekinga/Pekingu/Pekingom; poluotok → poluotoci (plural ${velar} → ${sibilant}i)`,
    },
    { suffix: velar, strip: 1, endings: after([velar], [...SINGULAR, ...POSSESSIVE]), note: `short names only in the singular: Pak → Paka/Pakom (not Paci)` },
  ]);
}

/** The Croatian rules, in Latin script (the Serbian pack transliterates them). */
export const croatianRules: SuffixRule[] = [
  { suffix: ["ski", "ški", "čki", "ćki"], strip: 1, endings: ADJECTIVE, note: "adjectives in -ski in every gender: kineski → kineska/kineskog/kineskoj; Korejski poluotok → Korejskom poluotoku" },
  { suffix: ["ska", "ška", "čka", "ćka"], strip: 1, endings: ADJECTIVE_FEMININE, note: "feminine adjectives and the lands they name: Hrvatska → Hrvatske/Hrvatskoj/Hrvatsku; Europska unija → Europskoj uniji" },
  { suffix: ["čko", "ćko"], case: "upper", strip: 1, endings: [...ADJECTIVE_NEUTER, "a", "u"], note: "Ivčko → Ivčka/Ivčku (a masculine name in -o); Bračko → Bračkog" },
  { suffix: ["sko", "ško"], case: "upper", strip: 1, endings: ADJECTIVE_NEUTER, note: "Japansko more → Japanskog mora (not Slovensko → Slovenska, the Slovenian adjective)" },
  { suffix: ["sko", "ško", "čko", "ćko"], case: "lower", strip: 1, endings: ADJECTIVE_NEUTER, note: "javno zdravstvo → javnog zdravstva" },
  { suffix: ["ske", "ške", "čke", "ćke"], strip: 1, endings: ADJECTIVE_PLURAL, note: "Američke Države → Američkih Država" },
  ...velarRules(),
  { suffix: "a", case: "upper", strip: 1, endings: [...FEMININE, ...ADJECTIVE_FEMININE, ...after(["in"], ["", ...ADJECTIVE])], note: "Koreja → Koreje/Koreji/Koreju/Korejom; Sjeverna → Sjevernoj; Obama → Obamin" },
  { suffix: "a", case: "lower", strip: 1, endings: [...FEMININE, ...ADJECTIVE_FEMININE], note: "unija → unije/uniji/uniju/unijom" },
  { suffix: ["i", "y"], case: "upper", strip: 0, endings: ["", ...J_FORMS], more: true, note: "Xi → Xija/Xiju/Xijem; Kennedy → Kennedyja" },
  { suffix: "i", strip: 1, endings: [...ADJECTIVE, "ima"], note: "Narodni → Narodnog; narodi → naroda/narodima" },
  { suffix: "o", case: "upper", strip: 1, minStem: 3, endings: [...NEUTER_O, ...ADJECTIVE_NEUTER, ...SINGULAR, ...POSSESSIVE], note: "Kraljevstvo → Kraljevstva; Ujedinjeno → Ujedinjenog; Shinzo → Shinza; Lukašenko → Lukašenka" },
  { suffix: "o", case: "lower", strip: 1, endings: [...NEUTER_O, ...ADJECTIVE_NEUTER], note: "kraljevstvo → kraljevstva/kraljevstvu/kraljevstvom" },
  { suffix: "ee", case: "upper", strip: 0, endings: J_FORMS, more: true, note: "Lee (said \"Li\") → Leeja/Leeju" },
  { suffix: "e", case: "upper", strip: 0, endings: KEPT_VOWEL, more: true, note: "Abe → Abea/Abeom; Farage → Faragea" },
  { suffix: ["je", "će", "če", "še", "že", "ce", "re"], case: "upper", strip: 1, minStem: 3, endings: [...NEUTER_E, ...ADJECTIVE_PLURAL], note: "neuter names: Vijeće → Vijeća/Vijeću; Primorje → Primorju" },
  { suffix: "e", case: "upper", strip: 1, minStem: 3, endings: [...ADJECTIVE_PLURAL, "a", "ama"], note: "plural names: Sjedinjene Države → Sjedinjenih Država/Sjedinjenim Državama (not Lee → Lea)" },
  { suffix: "e", case: "lower", strip: 1, endings: [...NEUTER_E, ...ADJECTIVE_PLURAL, "ama"], note: "vijeće → vijeća/vijeću; more → mora/moru; države → država/državama" },
  { suffix: ["u", "é", "ó", "ú"], strip: 0, minStem: 3, endings: KEPT_VOWEL, note: "Šojgu → Šojgua/Šojguom (not Hu → Hua, another name)" },
  { suffix: CONSONANTS, case: "upper", strip: 0, minStem: 4, endings: [...MASCULINE, ...POSSESSIVE], note: "Putin → Putina/Putinu/Putinom, Putinov; Kinez → Kinezi" },
  { suffix: CONSONANTS, case: "upper", strip: 0, endings: [...SINGULAR, ...POSSESSIVE], note: "short names only in the singular: Kim → Kima/Kimu/Kimom, Kimov (not Kimi); Kim Jong Un → Kim Jong Una" },
  { suffix: CONSONANTS, case: "lower", strip: 0, endings: MASCULINE, note: "sporazum → sporazuma/sporazumom" },
];

export const inflection: InflectionData = {
  rules: croatianRules,
  invariant: ["i", "u", "na", "za", "od", "do", "iz", "s", "sa", "o", "k", "ka", "po", "pod", "nad", "pri", "kod", "te", "ili", "of", "the", "and", "de", "der", "von", "van", "di", "da", "du", "del", "la", "le", "el", "al", "bin", "ibn"],
  abbreviationEndings: ["a", "u", "om", "em", "e", "i", "ov", "ova", "ovog", "ovom", "ovi", "ovih"],
};

/** A fleeting a before a final c, k or r: "Zadar" → "Zadra", "Sisak" → "Siska", "konzervativac" → "konzervativca". */
const FLEETING_A = /^(.*[^aeiou])a([ckr])$/;

/**
 * Paradigms of the fleeting a, for words the suffix rules inflect as written.
 * @example fleetingA("zadar", FLEETING_A, ["a"])[0].stem === "zadr"
 */
export function fleetingA(word: string, pattern: RegExp, endings: string[]): Paradigm[] {
  const m = pattern.exec(word);
  if (!m || m[1]!.length < 2) return [];
  return [{ stem: m[1]! + m[2]!, endings }];
}

/** Endings of a stem that lost its fleeting a ("Zadr-a", "konzervativc-i"). */
export const FLEETING_ENDINGS = MASCULINE.filter((e) => e !== "");

/** The Croatian paradigm plugin. @example croatianParadigms("sisak", { upper: true })[0].stem === "sisk" */
export function croatianParadigms(word: string, _info: WordInfo): Paradigm[] {
  return fleetingA(word, FLEETING_A, FLEETING_ENDINGS);
}
