/** French dates: chrono-node's locale, and the vocabulary read by the date grammar (src/dates). */
import type { DateVocabulary } from "../../dates/vocabulary.js";
import type { LanguagePack } from "../types.js";

const PARTS = ["matin", "matinée", "après-midi", "soir", "soirée", "nuit"];

const dates: DateVocabulary = {
  months: [
    ["janvier", "janv."],
    ["février", "févr."],
    ["mars"],
    ["avril"],
    ["mai"],
    ["juin"],
    ["juillet", "juil."],
    ["août"],
    ["septembre", "sept."],
    ["octobre", "oct."],
    ["novembre", "nov."],
    ["décembre", "déc."],
  ],
  weekdays: [["lundi"], ["mardi"], ["mercredi"], ["jeudi"], ["vendredi"], ["samedi"], ["dimanche"]],
  relativeDays: { hier: -1, "avant-hier": -2, "aujourd'hui": 0, demain: 1, "après-demain": 2 },
  partsOfDay: [...PARTS, "dans la matinée", "dans la soirée", "dans la nuit", "en fin de journée"],
  partsOfDayBefore: PARTS.flatMap((p) => [`${p} du`, `${p} de`]),
  nextAfter: ["prochain", "prochaine"],
  lastAfter: ["dernier", "dernière"],
  relativeMonths: { "mois dernier": -1, "ce mois-ci": 0, "mois prochain": 1 },
  relativeYears: { "de l'année dernière": -1, "de l'an dernier": -1, "l'an dernier": -1, "l'année dernière": -1, "de cette année": 0, "cette année": 0, "de l'année prochaine": 1, "l'année prochaine": 1 },
  // Only words that put a bare year in time ("en 2009"), not an amount ("de 2000 soldats").
  prepositions: ["en", "depuis", "dès", "début", "fin", "mi", "jusqu'en", "courant", "d'ici", "avant", "après"],
  daySuffixes: ["er"],
  rangeWords: ["au", "et"],
};

export const dateSupport: Pick<LanguagePack, "dates" | "chronoLocale"> = { chronoLocale: "fr", dates };
