/** Slovak dates: the vocabulary read by the date grammar (src/dates); every case form is listed. */
import type { DateVocabulary } from "../../dates/vocabulary.js";
import type { LanguagePack } from "../types.js";

const dates: DateVocabulary = {
  months: [
    ["január", "januára", "januári", "januárom"],
    ["február", "februára", "februári", "februárom"],
    ["marec", "marca", "marci", "marcom"],
    ["apríl", "apríla", "apríli", "aprílom"],
    ["máj", "mája", "máji", "májom"],
    ["jún", "júna", "júni", "júnom"],
    ["júl", "júla", "júli", "júlom"],
    ["august", "augusta", "auguste", "augustom"],
    ["september", "septembra", "septembri", "septembrom"],
    ["október", "októbra", "októbri", "októbrom"],
    ["november", "novembra", "novembri", "novembrom"],
    ["december", "decembra", "decembri", "decembrom"],
  ],
  weekdays: [
    ["pondelok", "pondelka", "pondelku", "pondelkom"],
    ["utorok", "utorka", "utorku", "utorkom"],
    ["streda", "stredy", "strede", "stredu", "stredou"],
    ["štvrtok", "štvrtka", "štvrtku", "štvrtkom"],
    ["piatok", "piatka", "piatku", "piatkom"],
    ["sobota", "soboty", "sobote", "sobotu", "sobotou"],
    ["nedeľa", "nedele", "nedeli", "nedeľu", "nedeľou"],
  ],
  relativeDays: { včera: -1, predvčerom: -2, dnes: 0, zajtra: 1, pozajtra: 2 },
  partsOfDay: ["ráno", "dopoludnia", "doobeda", "popoludní", "poobede", "večer", "v noci", "neskoro večer", "napoludnie"],
  yearBefore: ["roku", "roka", "rok"],
  next: ["budúci", "budúcu", "budúceho", "najbližší", "najbližšiu", "nasledujúci", "nasledujúcu"],
  last: ["minulý", "minulú", "minulého", "uplynulý", "uplynulú", "predchádzajúci", "predchádzajúcu"],
  relativeMonths: { "minulý mesiac": -1, "minulom mesiaci": -1, "minulého mesiaca": -1, "tento mesiac": 0, "budúci mesiac": 1, "budúcom mesiaci": 1 },
  relativeYears: { "minulého roka": -1, "minulého roku": -1, vlani: -1, lani: -1, "tohto roka": 0, "tohto roku": 0, "tohtoročného": 0, "budúceho roka": 1, "budúceho roku": 1 },
  // Only words that put a bare year in time ("v 2019"), not an amount ("do 2000 vojakov").
  prepositions: ["v", "vo", "počas"],
  rangeWords: ["do", "a"],
};

export const dateSupport: Pick<LanguagePack, "dates" | "chronoLocale"> = { dates };
