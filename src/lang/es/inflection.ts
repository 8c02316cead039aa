/**
 * Spanish inflection of names: gender and number of adjectives ("chino" →
 * "china", "chinos", "chinas"; "norcoreano" → "norcoreana(s)", "norcoreanos";
 * "estadounidense" → "estadounidenses"; "japonés" → "japonesa(s)"). Proper
 * nouns and the capitalised words of names do not inflect; role nouns keep
 * their number (their feminine forms are listed as roles of their own).
 */
import type { InflectionData } from "../types.js";

export const inflection: InflectionData = {
  rules: [
    { suffix: ["o"], case: "lower", strip: 1, minStem: 3, endings: ["o", "a", "os", "as"], note: "chino, china, chinos, chinas" },
    { suffix: ["és"], case: "lower", strip: 2, minStem: 3, endings: ["és", "esa", "eses", "esas"], note: "japonés, japonesa(s), japoneses" },
    { suffix: ["án"], case: "lower", strip: 2, minStem: 3, endings: ["án", "ana", "anes", "anas"], note: "alemán, alemana(s), alemanes" },
    { suffix: ["ín"], case: "lower", strip: 2, minStem: 3, endings: ["ín", "ina", "ines", "inas"], note: "mandarín" },
    { suffix: ["ista", "ita", "a"], case: "lower", strip: 0, minStem: 3, endings: ["", "s"], note: "comunista(s), vietnamita(s)" },
    { suffix: ["e", "í", "ú"], case: "lower", strip: 0, minStem: 3, endings: ["", "s", "es"], note: "estadounidense(s), iraní(es)" },
    { suffix: ["z"], case: "lower", strip: 1, minStem: 3, endings: ["z", "ces"], note: "capaz, capaces" },
    { suffix: ["ol", "or"], case: "lower", strip: 0, minStem: 3, endings: ["", "a", "es", "as"], note: "español(a)(s), trabajador(a)(es)" },
    { suffix: ["l", "r", "n", "d", "s"], case: "lower", strip: 0, minStem: 3, endings: ["", "es"], note: "nacional(es), popular(es)" },
  ],
  invariant: [
    "de", "del", "la", "el", "los", "las", "y", "e", "en", "a", "al", "para", "por", "con", "contra", "sobre", "of", "the", "and",
    // Role nouns: their plurals ("los ministros", "los presidentes") name groups, not office holders.
    "ministro", "presidente", "jefe", "secretario", "líder", "lider", "mandatario", "dirigente", "canciller", "premier", "primer",
    "asesor", "portavoz", "vocero", "embajador", "director", "vicepresidente", "miembro", "consejero",
  ],
};
