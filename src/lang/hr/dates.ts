/** Croatian dates: the vocabulary read by the date grammar (src/dates); every case form is listed. */
import type { DateVocabulary } from "../../dates/vocabulary.js";
import type { LanguagePack } from "../types.js";

const dates: DateVocabulary = {
  months: [
    ["siječanj", "siječnja", "siječnju", "siječnjem"],
    ["veljača", "veljače", "veljači", "veljaču", "veljačom"],
    ["ožujak", "ožujka", "ožujku", "ožujkom"],
    ["travanj", "travnja", "travnju", "travnjem"],
    ["svibanj", "svibnja", "svibnju", "svibnjem"],
    ["lipanj", "lipnja", "lipnju", "lipnjem"],
    ["srpanj", "srpnja", "srpnju", "srpnjem"],
    ["kolovoz", "kolovoza", "kolovozu", "kolovozom"],
    ["rujan", "rujna", "rujnu", "rujnom"],
    ["listopad", "listopada", "listopadu", "listopadom"],
    ["studeni", "studenoga", "studenog", "studenome", "studenom"],
    ["prosinac", "prosinca", "prosincu", "prosincem"],
  ],
  weekdays: [
    ["ponedjeljak", "ponedjeljka", "ponedjeljku", "ponedjeljkom"],
    ["utorak", "utorka", "utorku", "utorkom"],
    ["srijeda", "srijede", "srijedi", "srijedu", "srijedom"],
    ["četvrtak", "četvrtka", "četvrtku", "četvrtkom"],
    ["petak", "petka", "petku", "petkom"],
    ["subota", "subote", "suboti", "subotu", "subotom"],
    ["nedjelja", "nedjelje", "nedjelji", "nedjelju", "nedjeljom"],
  ],
  // "studeni" is also "cold" (adjective), "kolovoz" a "rut".
  ambiguous: ["studeni", "studenoga", "studenog", "studenome", "studenom", "kolovoz"],
  relativeDays: { jučer: -1, prekjučer: -2, danas: 0, sutra: 1, prekosutra: 2 },
  partsOfDay: ["ujutro", "ujutru", "prijepodne", "poslijepodne", "popodne", "navečer", "uvečer", "noću", "kasno navečer"],
  yearWords: ["godine", "godini", "g."],
  next: ["sljedeći", "sljedeće", "sljedećeg", "sljedeću", "idući", "iduće", "idućeg", "iduću"],
  last: ["prošli", "prošle", "prošlog", "prošlu", "protekli", "proteklog", "protekle", "proteklu"],
  relativeMonths: { "prošli mjesec": -1, "prošlog mjeseca": -1, "prošlom mjesecu": -1, "ovog mjeseca": 0, "sljedeći mjesec": 1, "sljedećeg mjeseca": 1, "idući mjesec": 1 },
  relativeYears: { "prošle godine": -1, "protekle godine": -1, lani: -1, "ove godine": 0, "tekuće godine": 0, "sljedeće godine": 1, "iduće godine": 1, "naredne godine": 1 },
  // Only words that put a bare year in time ("u 2019."), not an amount ("do 2000 vojnika").
  prepositions: ["u", "tijekom", "početkom", "krajem", "sredinom"],
  rangeWords: ["do", "i"],
};

export const dateSupport: Pick<LanguagePack, "dates" | "chronoLocale"> = { dates };
