/** German function words for relation arguments, sentence abbreviations, honorifics. */
import type { LanguagePack, RelationWords } from "../types.js";

export const words: RelationWords = {
  // "Beziehungen zu Pjöngjang", "sagte zu Kim": the partner of ties and talks.
  with: ["mit", "zu"],
  to: ["an", "nach", "zum", "zur"],
  // "und der …": an article after the conjunction still coordinates ("Kim und der chinesische Präsident Xi").
  and: ["und", "sowie", "und der", "und die", "und das", "und dem", "und den", "und des", "sowie der", "sowie die", "sowie dem", "sowie den"],
  of: ["von", "vom", "des", "der"],
  in: ["in", "im", "am", "auf"],
  from: ["von", "vom", "durch", "seitens"],
  determiners: ["der", "die", "das", "den", "dem", "des", "ein", "eine", "einem", "einen", "einer", "eines"],
  // Verbs of exchange state the relation both ways ("tauschten Botschaften aus").
  reciprocal: ["einander", "miteinander", "gegenseitig", "gegenseitige", "gegenseitigen", "gegenseitiger", "tauschten", "tauschen", "ausgetauscht", "auszutauschen"],
  bothLeaders: ["die beiden Staatschefs", "beide Staatschefs", "die beiden Politiker", "beide Politiker", "die beiden Präsidenten"],
  bothSides: ["beide Länder", "die beiden Länder", "beide Seiten", "die beiden Seiten", "beider Länder", "beider Seiten"],
  reporting: ["berichtete", "berichtet", "meldete", "meldet", "zufolge", "laut", "schreibt", "teilte mit"],
  sidelines: ["am Rande"],
  reportingClause: ["wie"],
  that: ["dass"],
  relative: ["der", "die", "das", "welcher", "welche"],
  leaders: ["Staatschefs", "Staats- und Regierungschefs", "Spitzenpolitiker", "Führer"],
  // Not "sie": also "they" and the polite "you".
  subjectPronouns: ["er"],
  // A companion of those who attend or visit.
  together: ["gemeinsam mit", "zusammen mit", "an der Seite von"],
  // Those "among them" attended: "… přihlíželo dvacet lídrů, mezi nimi i Robert Fico".
  among: ["darunter", "unter ihnen"],
};

export const abbreviations: string[] = [
  // "z. B.", "u. a.", "d. h." written with spaces: each part is its own abbreviation.
  "z.B.", "z.", "u.", "d.", "bzw.", "Dr.", "ca.", "Nr.", "usw.", "vgl.", "u.a.", "d.h.", "Prof.", "St.", "Hr.", "Jh.", "Mio.", "Mrd.", "Abs.",
  "Art.", "inkl.", "ggf.", "evtl.", "sog.", "v.a.", "z.T.", "u.U.", "o.ä.", "Jan.", "Feb.", "Aug.", "Sept.", "Okt.", "Nov.", "Dez.",
  "Gen.", "Min.", "Bd.", "Hrsg.", "geb.", "gest.", "stv.", "Stv.",
];

export const honorifics: string[] = ["Genosse", "Genossin", "Herr", "Frau", "verehrter Genosse", "geschätzter Genosse", "Marschall"];

/** Capitalised short names that are also German words ("Ding" Ding Xuexiang / "das Ding"). */
export const commonWords: string[] = ["ding", "dings", "dinges", "park", "parks", "wen"];

export const delegationLedBy: string[] = [
  "Delegation unter der Leitung von",
  "Delegation unter Leitung von",
  "Delegation angeführt von",
  "Delegation, angeführt von",
  "unter der Leitung von",
  "unter Leitung von",
  "angeführt von",
];

export const sentenceRules: Pick<LanguagePack, "abbreviations" | "ordinalPeriod"> = { abbreviations, ordinalPeriod: true };
