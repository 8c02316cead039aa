/**
 * French inflection of names: gender and number of adjectives ("chinois" →
 * "chinoise(s)"; "russe" → "russes"; "nord-coréen" → "nord-coréenne(s)",
 * "nord-coréens"; "national" → "nationaux"). Proper nouns and the capitalised
 * words of names do not inflect; role nouns keep their number (their feminine
 * forms are listed as roles of their own).
 */
import type { InflectionData } from "../types.js";

export const inflection: InflectionData = {
  rules: [
    { suffix: ["eux"], case: "lower", strip: 1, endings: ["x", "se", "ses"], note: "courageux, courageuse(s)" },
    { suffix: ["s", "x"], case: "lower", endings: ["", "e", "es"], strip: 0, note: "chinois, chinoise(s); japonais" },
    { suffix: ["en", "on"], case: "lower", strip: 0, endings: ["", "ne", "nes", "s"], note: "coréen, coréenne(s), coréens" },
    { suffix: ["el"], case: "lower", strip: 0, endings: ["", "le", "les", "s"], note: "officiel, officielle(s)" },
    { suffix: ["al"], case: "lower", strip: 2, endings: ["al", "ale", "ales", "aux"], note: "national, nationale(s), nationaux" },
    { suffix: ["if"], case: "lower", strip: 1, endings: ["f", "fs", "ve", "ves"], note: "exécutif, exécutive(s)" },
    { suffix: ["er"], case: "lower", strip: 2, endings: ["er", "ers", "ère", "ères"], note: "étranger, étrangère(s)" },
    { suffix: ["e"], case: "lower", strip: 0, endings: ["", "s"], note: "russe, russes" },
    { suffix: ["é", "i", "u", "t", "d", "n", "r", "l", "c", "g", "p"], case: "lower", strip: 0, endings: ["", "e", "s", "es"], note: "américain(e)(s), allemand(e)(s), populaire, démocrate" },
  ],
  invariant: [
    "de", "du", "des", "d", "la", "le", "les", "l", "et", "à", "au", "aux", "en", "pour", "sur", "dans", "par", "avec", "contre",
    "nord", "sud", "of", "the", "and",
    // Role nouns: their plurals ("les ministres", "les dirigeants") name groups, not office holders.
    "ministre", "président", "dirigeant", "chef", "secrétaire", "leader", "premier", "conseiller", "porte-parole", "ambassadeur",
    "directeur", "vice-président", "membre", "numéro", "responsable",
  ],
};
