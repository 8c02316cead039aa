/**
 * Italian role nouns by normalised English role, in base form, with their
 * feminine forms (role nouns keep their number: see inflection.ts). A role
 * never contains an organisation's or a country's name.
 */
export const roles: Record<string, string[]> = {
  // Not a person's office: "the North Korean capital" is a descriptor of the capital city (src/resolve/descriptors.ts).
  capital: ["capitale"],
  leader: ["leader", "leader supremo", "massimo leader", "dirigente supremo"],
  president: ["presidente", "presidentessa"],
  "head of state": ["capo di Stato", "capo dello Stato"],
  premier: ["premier", "primo ministro", "prima ministra", "presidente del Consiglio", "capo del governo"],
  "general secretary": ["segretario generale", "segretaria generale", "segretario del partito"],
  "first secretary": ["primo segretario"],
  secretary: ["segretario", "segretaria"],
  "foreign minister": [
    "ministro degli Esteri", "ministra degli Esteri", "ministro degli Affari Esteri", "ministra degli Affari Esteri",
    "ministro degli Affari esteri", "ministro degli esteri", "capo della diplomazia", "responsabile della diplomazia",
  ],
  "defence minister": ["ministro della Difesa", "ministra della Difesa", "ministro della difesa"],
  "minister of natural resources and ecology": ["ministro delle Risorse Naturali ed Ecologia", "ministro delle Risorse naturali e dell'Ecologia", "ministro delle Risorse naturali e dell'ambiente"],
  minister: ["ministro", "ministra"],
  "president of state affairs": ["Presidente degli Affari di Stato"],
  head: ["capo", "responsabile"],
  director: ["direttore", "direttrice"],
  "vice president": ["vicepresidente", "vice presidente"],
  "vice premier": ["vicepremier", "vice primo ministro"],
  spokesperson: ["portavoce"],
  ambassador: ["ambasciatore", "ambasciatrice"],
  aide: ["assistente", "assistente del Presidente", "consigliere del Presidente", "consigliere presidenziale", "consigliere per la politica estera"],
  // Not an office: a title word that makes the country before it part of a name's title ("his North Korean counterpart Choe"), no position.
  counterpart: ["omologo", "omologa"],
  "alternate member": ["membro supplente", "membro candidato"],
  member: ["membro"],
};
