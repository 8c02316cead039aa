/**
 * Italian inflection of names: gender and number of adjectives ("cinese" →
 * "cinesi"; "nordcoreano" → "nordcoreana", "nordcoreani", "nordcoreane";
 * "politico" → "politici", "politiche"). Proper nouns and the capitalised words
 * of names do not inflect; role nouns keep their number (the plural "i capi di
 * Stato" names no one), their feminine forms are listed as roles of their own.
 */
import type { InflectionData } from "../types.js";

export const inflection: InflectionData = {
  rules: [
    { suffix: ["co"], case: "lower", strip: 1, minStem: 3, endings: ["o", "a", "i", "hi", "he"], note: "politico, politici, politiche; bianco, bianchi" },
    { suffix: ["go"], case: "lower", strip: 1, minStem: 3, endings: ["o", "a", "hi", "he", "i"], note: "lungo, lunghi" },
    { suffix: ["io"], case: "lower", strip: 2, minStem: 3, endings: ["io", "ia", "i", "ie"], note: "vario, vari, varia, varie" },
    { suffix: ["o"], case: "lower", strip: 1, minStem: 3, endings: ["o", "a", "i", "e"], note: "russo, russa, russi, russe" },
    { suffix: ["ista"], case: "lower", strip: 1, minStem: 3, endings: ["a", "i", "e"], note: "comunista, comunisti, comuniste" },
    { suffix: ["e"], case: "lower", strip: 1, minStem: 3, endings: ["e", "i"], note: "cinese, cinesi; statunitense" },
  ],
  invariant: [
    "di", "del", "della", "dello", "dei", "degli", "delle", "dell", "e", "ed", "per", "a", "al", "alla", "allo", "ai", "agli", "alle",
    "da", "dal", "dalla", "in", "nel", "nella", "con", "su", "sul", "sulla", "tra", "fra", "il", "lo", "la", "le", "i", "gli", "l",
    "contro", "presso", "of", "the", "and",
    // Role nouns: their plurals ("ministri", "presidenti", "capi") name groups, not office holders.
    "ministro", "presidente", "capo", "segretario", "leader", "premier", "assistente", "portavoce", "ambasciatore", "direttore",
    "vicepresidente", "vicepremier", "consigliere", "cancelliere", "membro", "primo", "supplente", "dirigente", "responsabile",
  ],
};
