/** Czech dates: the vocabulary read by the date grammar (src/dates); every case form is listed. */
import type { DateVocabulary } from "../../dates/vocabulary.js";
import type { LanguagePack } from "../types.js";

const dates: DateVocabulary = {
  months: [
    ["leden", "ledna", "lednu", "lednem"],
    ["únor", "února", "únoru", "únorem"],
    ["březen", "března", "březnu", "březnem"],
    ["duben", "dubna", "dubnu", "dubnem"],
    ["květen", "května", "květnu", "květnem"],
    ["červen", "června", "červnu", "červnem"],
    ["červenec", "července", "červenci", "červencem"],
    ["srpen", "srpna", "srpnu", "srpnem"],
    ["září", "zářím"],
    ["říjen", "října", "říjnu", "říjnem"],
    ["listopad", "listopadu", "listopadem"],
    ["prosinec", "prosince", "prosinci", "prosincem"],
  ],
  weekdays: [
    ["pondělí", "pondělím"],
    ["úterý", "úterým"],
    ["středa", "středy", "středě", "středu", "středou"],
    ["čtvrtek", "čtvrtka", "čtvrtku", "čtvrtkem"],
    ["pátek", "pátku", "pátkem"],
    ["sobota", "soboty", "sobotě", "sobotu", "sobotou"],
    ["neděle", "neděli", "nedělí"],
  ],
  relativeDays: { včera: -1, předevčírem: -2, dnes: 0, zítra: 1, pozítří: 2 },
  partsOfDay: ["ráno", "dopoledne", "odpoledne", "večer", "v noci", "pozdě večer", "brzy ráno", "v poledne"],
  yearBefore: ["roku", "roce", "rok"],
  next: ["příští", "nadcházející"],
  last: ["minulý", "minulou", "minulé", "minulého", "uplynulý", "uplynulou", "předchozí"],
  relativeMonths: { "minulý měsíc": -1, "minulém měsíci": -1, "minulého měsíce": -1, "tento měsíc": 0, "příští měsíc": 1, "příštím měsíci": 1 },
  relativeYears: {
    "minulého roku": -1, "loňského roku": -1, loni: -1, loňského: -1, loňském: -1,
    "letošního roku": 0, "tohoto roku": 0, letos: 0, letošního: 0, letošním: 0, "příštího roku": 1,
    "loňském roce": -1, "minulém roce": -1, "letošním roce": 0, "tomto roce": 0, "příštím roce": 1,
  },
  // Only words that put a bare year in time ("v 2019"), not an amount ("do 2000 vojáků").
  prepositions: ["v", "ve", "během"],
  rangeWords: ["do", "a"],
};

export const dateSupport: Pick<LanguagePack, "dates" | "chronoLocale"> = { dates };
