/**
 * English inflection of names: none beyond tokenisation ("China's" is "China" +
 * "s"), except the plural of demonyms that are nouns too ("the Russians",
 * "Koreans"); "Chinese" and "Japanese" have none.
 */
import type { InflectionData } from "../types.js";

export const inflection: InflectionData = {
  rules: [
    { suffix: ["ian", "ean", "can", "ban", "man"], case: "upper", strip: 0, minStem: 4, endings: ["", "s"], note: "Russian(s), Korean(s), American(s), German(s)" },
    { suffix: ["ani", "eli", "aqi", "iti"], case: "upper", strip: 0, minStem: 4, endings: ["", "s"], note: "Pakistani(s), Israeli(s)" },
  ],
  invariant: ["of", "the", "and", "for", "on", "in", "at", "to", "de", "del", "la", "le"],
};
