/** Slovenian dates: the vocabulary read by the date grammar (src/dates); every case form is listed. */
import type { DateVocabulary } from "../../dates/vocabulary.js";
import type { LanguagePack } from "../types.js";

const dates: DateVocabulary = {
  months: [
    ["januar", "januarja", "januarju", "januarjem"],
    ["februar", "februarja", "februarju", "februarjem"],
    ["marec", "marca", "marcu", "marcem"],
    ["april", "aprila", "aprilu", "aprilom"],
    ["maj", "maja", "maju", "majem"],
    ["junij", "junija", "juniju", "junijem"],
    ["julij", "julija", "juliju", "julijem"],
    ["avgust", "avgusta", "avgustu", "avgustom"],
    ["september", "septembra", "septembru", "septembrom"],
    ["oktober", "oktobra", "oktobru", "oktobrom"],
    ["november", "novembra", "novembru", "novembrom"],
    ["december", "decembra", "decembru", "decembrom"],
  ],
  weekdays: [
    ["ponedeljek", "ponedeljka", "ponedeljku", "ponedeljkom"],
    ["torek", "torka", "torku", "torkom"],
    // "sredi" is also "in the middle of": left out.
    ["sreda", "srede", "sredo", "sredah"],
    ["četrtek", "četrtka", "četrtku", "četrtkom"],
    ["petek", "petka", "petku", "petkom"],
    ["sobota", "sobote", "soboti", "soboto"],
    ["nedelja", "nedelje", "nedelji", "nedeljo"],
  ],
  relativeDays: { včeraj: -1, predvčerajšnjim: -2, danes: 0, jutri: 1, pojutrišnjem: 2 },
  partsOfDay: ["zjutraj", "dopoldne", "popoldne", "opoldne", "zvečer", "ponoči", "pozno zvečer"],
  yearBefore: ["leta", "leto", "letu"],
  next: ["prihodnji", "prihodnjo", "naslednji", "naslednjo"],
  last: ["prejšnji", "prejšnjo", "pretekli", "preteklo", "minuli", "minulo"],
  relativeMonths: { "prejšnji mesec": -1, "prejšnjem mesecu": -1, "pretekli mesec": -1, "preteklem mesecu": -1, "ta mesec": 0, "prihodnji mesec": 1, "prihodnjem mesecu": 1 },
  relativeYears: { lani: -1, "lanskega leta": -1, "preteklega leta": -1, letos: 0, "letošnjega leta": 0, "tega leta": 0, "prihodnjega leta": 1, "naslednjega leta": 1 },
  // Only words that put a bare year in time ("v 2019"), not an amount ("do 2000 vojakov").
  prepositions: ["v", "med", "konec", "začetek"],
  rangeWords: ["do", "in"],
};

export const dateSupport: Pick<LanguagePack, "dates" | "chronoLocale"> = { dates };
