/**
 * Serbian dates: the vocabulary read by the date grammar (src/dates), every case
 * form listed in Latin script; the Cyrillic forms are transliterated from them.
 */
import type { DateVocabulary } from "../../dates/vocabulary.js";
import type { LanguagePack } from "../types.js";
import { toCyrillic } from "./inflection.js";

const latin = {
  months: [
    ["januar", "januara", "januaru", "januarom"],
    ["februar", "februara", "februaru", "februarom"],
    ["mart", "marta", "martu", "martom"],
    ["april", "aprila", "aprilu", "aprilom"],
    ["maj", "maja", "maju", "majem"],
    ["jun", "juna", "junu", "junom", "juni"],
    ["jul", "jula", "julu", "julom", "juli"],
    ["avgust", "avgusta", "avgustu", "avgustom"],
    ["septembar", "septembra", "septembru", "septembrom"],
    ["oktobar", "oktobra", "oktobru", "oktobrom"],
    ["novembar", "novembra", "novembru", "novembrom"],
    ["decembar", "decembra", "decembru", "decembrom"],
  ],
  weekdays: [
    ["ponedeljak", "ponedeljka", "ponedeljku", "ponedeljkom"],
    ["utorak", "utorka", "utorku", "utorkom"],
    ["sreda", "srede", "sredu", "sredom"],
    ["četvrtak", "četvrtka", "četvrtku", "četvrtkom"],
    ["petak", "petka", "petku", "petkom"],
    ["subota", "subote", "suboti", "subotu", "subotom"],
    // "nedelja" is also "week" ("prošle nedelje", "nedelju dana"): Sunday only after "u", "od", "do".
    ["nedelja", "nedelje", "nedelji", "nedelju", "nedeljom"],
  ],
  ambiguous: ["nedelja", "nedelje", "nedelji", "nedelju", "nedeljom"],
  relativeDays: { juče: -1, jučer: -1, prekjuče: -2, danas: 0, sutra: 1, prekosutra: 2 } as Record<string, number>,
  partsOfDay: ["ujutru", "ujutro", "prepodne", "popodne", "posle podne", "uveče", "noću", "kasno uveče"],
  yearWords: ["godine", "godini", "g."],
  next: ["sledeći", "sledeće", "sledećeg", "sledeću", "naredni", "naredne", "narednog", "narednu"],
  last: ["prošli", "prošle", "prošlog", "prošlu", "protekli", "proteklog", "protekle", "proteklu"],
  relativeMonths: { "prošli mesec": -1, "prošlog meseca": -1, "prošlom mesecu": -1, "ovog meseca": 0, "sledeći mesec": 1, "sledećeg meseca": 1 } as Record<string, number>,
  relativeYears: { "prošle godine": -1, "protekle godine": -1, "ove godine": 0, "tekuće godine": 0, "sledeće godine": 1, "naredne godine": 1 } as Record<string, number>,
  // Only words that put a year in time, and before "nedelja" mean Sunday ("u nedelju", "od nedelje").
  prepositions: ["u", "od", "do", "tokom", "početkom", "krajem", "sredinom"],
  rangeWords: ["do", "i"],
};

/** A date word in Cyrillic: every one is Serbian Latin, so the pack's transliteration has an answer. @example cyrillic("ponedeljak") === "понедељак" */
function cyrillic(word: string): string {
  const out = toCyrillic(word);
  if (out === null) throw new Error(`sr dates: "${word}" has a letter Serbian Cyrillic lacks`);
  return out;
}
const both = (forms: string[]) => [...forms, ...forms.map(cyrillic)];
const bothKeys = (table: Record<string, number>) =>
  Object.fromEntries(Object.entries(table).flatMap(([k, v]) => [[k, v], [cyrillic(k), v]]));

const dates: DateVocabulary = {
  months: latin.months.map(both),
  weekdays: latin.weekdays.map(both),
  ambiguous: both(latin.ambiguous),
  relativeDays: bothKeys(latin.relativeDays),
  partsOfDay: both(latin.partsOfDay),
  yearWords: [...both(latin.yearWords)],
  next: both(latin.next),
  last: both(latin.last),
  relativeMonths: bothKeys(latin.relativeMonths),
  relativeYears: bothKeys(latin.relativeYears),
  prepositions: both(latin.prepositions),
  rangeWords: both(latin.rangeWords),
};

export const dateSupport: Pick<LanguagePack, "dates" | "chronoLocale"> = { dates };
