/** Spanish function words for relation arguments, sentence abbreviations, honorifics. */
import type { LanguagePack, RelationWords } from "../types.js";

export const words: RelationWords = {
  with: ["con"],
  // Not "a"/"al": the personal "a" marks the person a verb acts on ("recibió a Lavrov", the partner of a meeting),
  // and a message without a marked recipient goes to the first mention after its trigger anyway.
  to: ["hacia"],
  // "y el …": an article after the conjunction still coordinates ("Xi y el líder norcoreano Kim").
  and: ["y", "e", "y el", "y la", "y los", "y las", "así como"],
  of: ["de", "del"],
  in: ["en"],
  // Not "por": the agent of a passive ("fue recibido por Kim") is the partner of a meeting, which the finder takes
  // only from unmarked mentions; the sender is "de" ("una carta del presidente ruso").
  from: ["de", "del", "desde"],
  determiners: ["el", "la", "los", "las", "lo", "un", "una"],
  // Verbs of exchange state the relation both ways ("intercambiaron mensajes").
  reciprocal: ["mutuamente", "mutuo", "mutua", "recíproco", "recíproca", "recíprocamente", "el uno al otro", "intercambiaron", "intercambiado", "intercambian", "intercambio"],
  bothLeaders: ["los dos líderes", "ambos líderes", "los dos mandatarios", "ambos mandatarios"],
  bothSides: ["ambos países", "los dos países", "ambas partes", "las dos partes"],
  reporting: ["informó", "informa", "según", "indicó", "reportó", "señaló", "citada por", "citado por"],
  sidelines: ["al margen"],
  that: ["que"],
  relative: ["que", "quien", "quienes", "el cual", "la cual"],
  leaders: ["líderes", "mandatarios", "jefes de Estado"],
  // A companion of those who attend or visit.
  together: ["junto a", "junto al", "junto con"],
  // Those "among them" attended: "… přihlíželo dvacet lídrů, mezi nimi i Robert Fico".
  among: ["entre ellos", "entre los que"],
};

export const abbreviations: string[] = [
  "Sr.", "Sra.", "Srta.", "Sres.", "Dr.", "Dra.", "D.", "Dña.", "Ud.", "Uds.", "EE.UU.", "EE.", "UU.", "etc.", "gral.", "Gral.", "núm.",
  "pág.", "aprox.", "p.ej.", "Lic.", "Ing.", "ene.", "feb.", "abr.", "jun.", "jul.", "ago.", "sept.", "oct.", "nov.", "dic.",
];

export const honorifics: string[] = ["camarada", "respetado camarada", "querido camarada", "Sr.", "Sra.", "señor", "señora", "mariscal"];

/** Capitalised short names that are also Spanish words ("Lee" Lee Jae-myung / "lee" reads). */
export const commonWords: string[] = ["lee"];

export const delegationLedBy: string[] = [
  "delegación encabezada por",
  "delegación dirigida por",
  "delegación liderada por",
  "delegación presidida por",
  "delegación, encabezada por",
  "encabezada por",
  "dirigida por",
  "liderada por",
  "presidida por",
];

export const sentenceRules: Pick<LanguagePack, "abbreviations" | "ordinalPeriod"> = { abbreviations, ordinalPeriod: false };
