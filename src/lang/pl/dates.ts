/** Polish dates: the vocabulary read by the date grammar (src/dates); every case form is listed. */
import type { DateVocabulary } from "../../dates/vocabulary.js";
import type { LanguagePack } from "../types.js";

const dates: DateVocabulary = {
  months: [
    ["styczeń", "stycznia", "styczniowi", "styczniem", "styczniu"],
    ["luty", "lutego", "lutemu", "lutym"],
    ["marzec", "marca", "marcowi", "marcem", "marcu"],
    ["kwiecień", "kwietnia", "kwietniowi", "kwietniem", "kwietniu"],
    ["maj", "maja", "majowi", "majem", "maju"],
    ["czerwiec", "czerwca", "czerwcowi", "czerwcem", "czerwcu"],
    ["lipiec", "lipca", "lipcowi", "lipcem", "lipcu"],
    ["sierpień", "sierpnia", "sierpniowi", "sierpniem", "sierpniu"],
    ["wrzesień", "września", "wrześniowi", "wrześniem", "wrześniu"],
    ["październik", "października", "październikowi", "październikiem", "październiku"],
    ["listopad", "listopada", "listopadowi", "listopadem", "listopadzie"],
    ["grudzień", "grudnia", "grudniowi", "grudniem", "grudniu"],
  ],
  weekdays: [
    ["poniedziałek", "poniedziałku", "poniedziałkowi", "poniedziałkiem"],
    ["wtorek", "wtorku", "wtorkowi", "wtorkiem"],
    ["środa", "środy", "środzie", "środę", "środą"],
    ["czwartek", "czwartku", "czwartkowi", "czwartkiem"],
    ["piątek", "piątku", "piątkowi", "piątkiem"],
    ["sobota", "soboty", "sobocie", "sobotę", "sobotą"],
    ["niedziela", "niedzieli", "niedzielę", "niedzielą"],
  ],
  relativeDays: { wczoraj: -1, przedwczoraj: -2, dziś: 0, dzisiaj: 0, jutro: 1, pojutrze: 2 },
  partsOfDay: ["rano", "wieczorem", "wieczór", "w nocy", "nocą", "po południu", "przed południem", "nad ranem", "w południe"],
  yearWords: ["roku", "rok", "r."],
  next: ["przyszły", "przyszłą", "przyszłego", "przyszłej", "najbliższy", "najbliższą", "najbliższego", "najbliższej", "następny", "następną"],
  last: ["ubiegły", "ubiegłą", "ubiegłego", "ubiegłej", "zeszły", "zeszłą", "zeszłego", "zeszłej", "poprzedni", "poprzednią", "ostatni", "ostatnią"],
  relativeMonths: { "zeszłym miesiącu": -1, "ubiegłym miesiącu": -1, "poprzednim miesiącu": -1, "zeszłego miesiąca": -1, "ubiegłego miesiąca": -1, "tym miesiącu": 0, "przyszłym miesiącu": 1, "przyszłego miesiąca": 1 },
  relativeYears: { "ubiegłego roku": -1, "zeszłego roku": -1, "poprzedniego roku": -1, "tego roku": 0, "bieżącego roku": 0, "br.": 0, "przyszłego roku": 1, "ub.r.": -1, "ub. r.": -1 },
  // Only words that put a bare year in time ("w 2009"), not an amount ("do 2000 osób").
  prepositions: ["w", "we", "przed", "począwszy od"],
  rangeWords: ["do", "i"],
};

export const dateSupport: Pick<LanguagePack, "dates" | "chronoLocale"> = { dates };
