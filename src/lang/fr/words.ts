/** French function words for relation arguments, sentence abbreviations, honorifics. */
import type { LanguagePack, RelationWords } from "../types.js";

export const words: RelationWords = {
  with: ["avec"],
  // "à" marks the recipient ("a transmis au président russe"); "à Pékin" is marked "to" as well, which keeps the city
  // out of the subjects and the partners of a meeting, as "in" would.
  to: ["à", "au", "aux"],
  // "et le …": an article after the conjunction still coordinates ("Kim et le président chinois Xi").
  and: ["et", "et le", "et la", "et les", "et l'", "ainsi que"],
  of: ["de", "du", "des", "d"],
  in: ["en", "dans"],
  // Not "par": the agent of a passive ("a été reçue par Poutine") is the partner of a meeting, which the finder takes
  // only from unmarked mentions; the sender is "de" ("les salutations de Kim Jong-un").
  from: ["de", "d", "du"],
  determiners: ["le", "la", "les", "l", "un", "une"],
  // Verbs of exchange state the relation both ways ("se sont échangé des messages").
  reciprocal: ["mutuellement", "réciproquement", "l'un l'autre", "mutuel", "mutuelle", "réciproque", "échangé", "échangés", "échangent", "échange"],
  bothLeaders: ["les deux dirigeants", "les deux chefs d'État", "les deux présidents", "les deux hommes"],
  bothSides: ["les deux pays", "les deux parties", "les deux camps"],
  reporting: ["a rapporté", "rapporte", "selon", "d'après", "a indiqué", "indique", "écrit", "a annoncé", "annonce"],
  sidelines: ["en marge"],
  that: ["que", "qu"],
  relative: ["qui"],
  leaders: ["dirigeants", "chefs d'État"],
  // A companion of those who attend or visit.
  together: ["aux côtés de", "aux côtés du", "en compagnie de", "en compagnie du"],
  // Those "among them" attended: "… přihlíželo dvacet lídrů, mezi nimi i Robert Fico".
  among: ["parmi eux", "parmi lesquels", "dont"],
};

export const abbreviations: string[] = [
  "M.", "MM.", "Mme.", "Mmes.", "Mlle.", "Dr.", "Pr.", "Me.", "Mgr.", "etc.", "St.", "Ste.", "av.", "env.", "p.ex.", "cf.", "n°.", "no.",
  "gén.", "col.", "lt.", "janv.", "févr.", "avr.", "juill.", "sept.", "oct.", "nov.", "déc.",
];

export const honorifics: string[] = ["camarade", "respecté camarade", "cher camarade", "M.", "Mme", "monsieur", "madame", "maréchal"];

/** Capitalised short names that are also French words ("Lin" / "le lin"). */
export const commonWords: string[] = ["ban", "lin"];

export const delegationLedBy: string[] = [
  "délégation conduite par",
  "délégation menée par",
  "délégation dirigée par",
  "délégation emmenée par",
  "délégation présidée par",
  "délégation, conduite par",
  "délégation, menée par",
  "conduite par",
  "menée par",
  "emmenée par",
];

export const sentenceRules: Pick<LanguagePack, "abbreviations" | "ordinalPeriod"> = { abbreviations, ordinalPeriod: false };
