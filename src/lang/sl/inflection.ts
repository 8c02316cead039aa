/**
 * Slovenian inflection of names: three genders, six cases and three numbers
 * (singular, dual, plural), adjectives inside names ("Severna Koreja" →
 * "Severni Koreji"), possessive adjectives of names ("Putinov", "Trumpova",
 * "Mayeva"), foreign names ending in a vowel ("Xi" → "Xija", "Šojgu" →
 * "Šojguja") and the fleeting e ("Biden" → "Bidna", "Bruselj" → "Bruslja").
 * Slovenian does not palatalise stems in -k/-g/-h ("Peking" → "Pekingu").
 */
import type { InflectionData, Paradigm, WordInfo } from "../types.js";

/** Each ending after each prefix: `after(["ov"], ["", "a"])` → ["ov", "ova"]. */
const after = (prefixes: string[], endings: string[]) => prefixes.flatMap((p) => endings.map((e) => p + e));

/** Masculine o-stems: sg -a -u -om, du -a -ov -oma -ih, pl -i -ov -om -e -ih; soft stems take -em/-ev. */
const MASCULINE = ["", "a", "u", "om", "em", "i", "e", "ov", "ev", "ih", "oma", "ema"];
/** The singular of masculine o-stems, for short names whose plural would spell other names ("Hui"). */
const SINGULAR = ["", "a", "u", "om", "em"];
/** Feminine i-stems, in common nouns of names: "noč" → "noči/nočjo", "bolezen" → "bolezni/boleznijo". */
const I_STEM = ["i", "jo", "ijo", "im", "mi"];
/** Adjective endings after the stem, all genders (an adjective lexeme: "kitajski" → "kitajska/kitajskega/kitajskih"). */
const ADJECTIVE = ["i", "a", "o", "e", "ega", "emu", "em", "im", "ih", "ima", "imi"];
/**
 * An adjective inside a name agrees with its noun, whose gender its base form
 * shows: feminine "Severn-a/-e/-i/-o" (dual and plural -ih -im -imi), neuter
 * singular "Združen-o/-ega/-emu/-em/-im" (the plural of a neuter name is rare,
 * and its -a/-e/-i would be the feminine and masculine forms of the same stem).
 */
const ADJECTIVE_FEMININE = ["a", "e", "i", "o", "ih", "im", "ima", "imi"];
const ADJECTIVE_NEUTER = ["o", "ega", "emu", "em", "im"];
/** Plural adjectives ("Združene države" → "Združenih/Združenim/Združenimi"). */
const ADJECTIVE_PLURAL = ["e", "ih", "im", "imi"];
/** Feminine a-stems: sg -a -e -i -o, du -i -ama -ah, pl -e -am -ah -ami. */
const FEMININE = ["a", "e", "i", "o", "am", "ama", "ah", "ami"];
/** Neuter o-stems and e-stems: sg -o/-e -a -u -om/-em, du -i -oma/-ema -ih, pl -a -om/-em -ih -i. */
const NEUTER_O = ["o", "a", "u", "om", "i", "ih", "oma"];
const NEUTER_E = ["e", "a", "u", "em", "i", "ih", "ema"];
/** Possessive adjectives and Slovenian feminine surnames: "Putinov", "Trumpova", "Mayeva", "Janševih", "Mayin". */
const POSSESSIVE = after(["ov", "ev", "in"], ["", ...ADJECTIVE]);
/** A foreign name ending in a pronounced vowel, or a noun in -r, inserts -j-: "Xija", "Šojguju", "Junckerjem", "Bibijeva", "tviterju". */
const J_FORMS = ["", ...after(["j"], [...MASCULINE.filter((e) => e !== ""), ...POSSESSIVE])];

/** A fleeting e before a final consonant ("Biden" → "Bidna", "Merkel" → "Merklova"); a fleeting a in Croatian names ("Zadar" → "Zadru"). */
const FLEETING = /^(.*[^aeiou])(?:e(lj|nj|l|n|r|c|k|m)|a(r|k|c))$/;
/** Feminine nouns in -ev lose the e: "cerkev" → "cerkve/cerkvi". */
const FEMININE_EV = /^(.*[^aeiou])ev$/;

export const inflection: InflectionData = {
  rules: [
    {
      suffix: ["ski", "ški", "čki"],
      strip: 1,
      endings: ADJECTIVE,
      note: "adjectives in -ski in every gender: kitajski → kitajska/kitajskega/kitajskih; Korejski polotok → Korejskem polotoku",
    },
    {
      suffix: ["ska", "ška", "čka"],
      strip: 1,
      endings: [...ADJECTIVE_FEMININE, "em"],
      note: "feminine adjectives in names and the lands they name: Kitajska → Kitajske/Kitajski/Kitajsko, na Kitajskem (locative -em)",
    },
    { suffix: "čko", case: "upper", strip: 1, endings: [...ADJECTIVE_NEUTER, "a", "u", "om"], note: "Srečko → Srečka/Srečkom (a masculine name in -o)" },
    { suffix: ["sko", "ško"], case: "upper", strip: 1, endings: ADJECTIVE_NEUTER, note: "Japonsko morje → Japonskega morja (not Slovensko → Slovenska, the Slovenian adjective)" },
    { suffix: ["sko", "ško", "čko"], case: "lower", strip: 1, endings: ADJECTIVE_NEUTER, note: "javno zdravje → javnega zdravja" },
    { suffix: "a", case: "upper", strip: 1, endings: [...FEMININE, ...ADJECTIVE_FEMININE, ...POSSESSIVE], note: "Koreja → Koreje/Koreji/Korejo; Severna → Severne/Severni/Severno; Obama → Obamova" },
    { suffix: "a", case: "lower", strip: 1, endings: [...FEMININE, ...ADJECTIVE_FEMININE], note: "unija → unije/uniji/unijo; svetovna → svetovne" },
    { suffix: "i", case: "upper", strip: 0, endings: J_FORMS, more: true, note: "Xi → Xija/Xiju/Xijem; Bibi → Bibijeva" },
    { suffix: "i", strip: 1, endings: [...ADJECTIVE, "ov", "ev", "om"], note: "Centralni → Centralnega; narodi → narodov/narodom/narodih" },
    { suffix: "o", case: "upper", strip: 0, endings: J_FORMS, more: true, note: "Malmö → Malmöju; Tokio → Tokiju" },
    { suffix: "o", case: "upper", strip: 1, minStem: 3, endings: [...NEUTER_O, ...ADJECTIVE_NEUTER, ...SINGULAR, ...POSSESSIVE], note: "Sarajevo → Sarajeva; Združeno → Združenega; Lukašenko → Lukašenka" },
    { suffix: "o", case: "lower", strip: 1, endings: [...NEUTER_O, ...ADJECTIVE_NEUTER], note: "kraljestvo → kraljestva/kraljestvu/kraljestvom" },
    { suffix: "e", case: "upper", strip: 0, endings: [...J_FORMS, ...MASCULINE, ...POSSESSIVE], more: true, note: "Abe → Abeja; Lahore → Lahoreja; Farage → Faragea/Farageova" },
    { suffix: ["je", "če", "še", "že", "ce", "le"], case: "upper", strip: 1, minStem: 3, endings: [...NEUTER_E, ...ADJECTIVE_PLURAL], note: "neuter names after a soft consonant: Celje → Celja/Celju; Sredozemlje → Sredozemlju" },
    { suffix: "e", case: "upper", strip: 1, minStem: 3, endings: [...ADJECTIVE_PLURAL, "am", "ami", "ah"], note: "plural names: Združene → Združenih; Atene → Atenah (not Lee → Leah)" },
    { suffix: "e", case: "lower", strip: 1, endings: [...NEUTER_E, ...ADJECTIVE_PLURAL, "", "am", "ami", "ah"], note: "zdravje → zdravja; države → držav/državam" },
    { suffix: ["u", "é", "ú", "ó"], strip: 0, endings: J_FORMS, note: "Šojgu → Šojguja; Hu → Huja" },
    { suffix: "y", strip: 0, endings: J_FORMS, more: true, note: "Kennedy → Kennedyja; May → Mayeva (below)" },
    { suffix: "r", case: "upper", strip: 0, endings: [...MASCULINE, ...POSSESSIVE, ...J_FORMS], note: "Juncker → Junckerja/Junckerjem; Grigor → Grigorja" },
    { suffix: "r", case: "lower", strip: 0, endings: [...MASCULINE, ...J_FORMS], note: "tviter → tviterju; remdesivir → remdesivirjem" },
    { suffix: "", case: "upper", strip: 0, minStem: 4, endings: [...MASCULINE, ...POSSESSIVE], note: "Putin → Putina/Putinu/Putinom, Putinov; Britanec → Britanci" },
    { suffix: "", case: "upper", strip: 0, endings: [...SINGULAR, ...POSSESSIVE], note: "short names only in the singular: Kim → Kima/Kimu/Kimom, Kimov; May → Mayeva/Mayin (not Hu → Hui)" },
    { suffix: "", case: "lower", strip: 0, endings: [...MASCULINE, ...I_STEM], note: "brexit → brexita; koronavirus → koronavirusom; noč → nočjo" },
  ],
  invariant: ["in", "ter", "za", "v", "na", "pri", "iz", "o", "ob", "od", "do", "s", "z", "k", "h", "po", "pod", "nad", "med", "ali", "of", "the", "and", "de", "der", "von", "van", "di", "da", "du", "del", "la", "le", "el", "al", "bin", "ibn"],
  abbreviationEndings: ["ja", "ju", "jem", "ji", "jo", "a", "u", "om", "e", "i", "o", "jev", "jeva", "ov", "ova", "ovega"],
};

/**
 * What suffix rules cannot say: the fleeting e ("Biden" → "Bidna", "Essen" →
 * "Essnu", "Bruselj" → "Bruslja", "Merkel" → "Merklova", "konservativec" →
 * "konservativcev", "bolezen" → "boleznijo") and feminine nouns in -ev ("Cerkev" → "Cerkve").
 * @example slovenianParadigms("biden", { upper: true })[0].stem === "bidn"
 */
export function slovenianParadigms(word: string, info: WordInfo): Paradigm[] {
  const out: Paradigm[] = [];
  const m = FLEETING.exec(word);
  if (m && m[1]!.length >= 2) {
    const endings = MASCULINE.filter((e) => e !== "");
    const stem = m[1]! + (m[2] ?? m[3]!);
    // A short name takes the singular only: "Biden" → "Bidna", but "Polen" (German) ↛ "Polni" (full); "Britanec" → "Britanci".
    const upper = stem.length >= 5 ? endings : SINGULAR.filter((e) => e !== "");
    out.push({ stem, endings: info.upper ? [...upper, ...POSSESSIVE, ...after(["j"], ["a", "u", "em"])] : [...endings, ...I_STEM] });
  }
  const f = FEMININE_EV.exec(word);
  if (f && f[1]!.length >= 2) out.push({ stem: f[1]! + "v", endings: ["e", "i", "ijo", "ama", "ah", "am", "ami"] });
  return out;
}
