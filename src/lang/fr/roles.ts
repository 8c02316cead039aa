/**
 * French role nouns by normalised English role, in base form, with their
 * feminine forms (role nouns keep their number: see inflection.ts). A role
 * never contains an organisation's or a country's name.
 */
export const roles: Record<string, string[]> = {
  // Not a person's office: "the North Korean capital" is a descriptor of the capital city (src/resolve/descriptors.ts).
  capital: ["capitale"],
  leader: ["dirigeant", "dirigeante", "leader", "numéro un", "dirigeant suprême", "guide suprême"],
  president: ["président", "présidente"],
  "head of state": ["chef de l'État", "chef d'État", "chef de l'Etat", "chef d'Etat"],
  premier: ["Premier ministre", "première ministre", "chef du gouvernement"],
  "general secretary": ["secrétaire général", "secrétaire générale"],
  "first secretary": ["premier secrétaire"],
  secretary: ["secrétaire"],
  "foreign minister": ["ministre des Affaires étrangères", "chef de la diplomatie", "cheffe de la diplomatie"],
  "defence minister": ["ministre de la Défense", "ministre des Armées"],
  "minister of natural resources and ecology": ["ministre des Ressources naturelles et de l'Écologie", "ministre des Ressources naturelles et de l'Environnement"],
  minister: ["ministre"],
  "president of state affairs": ["président des Affaires de l'État", "président des affaires d'État"],
  head: ["chef", "cheffe", "responsable"],
  director: ["directeur", "directrice"],
  "vice president": ["vice-président", "vice-présidente"],
  "vice premier": ["vice-Premier ministre", "vice-premier ministre"],
  spokesperson: ["porte-parole"],
  ambassador: ["ambassadeur", "ambassadrice"],
  aide: ["conseiller", "conseillère", "conseiller diplomatique", "conseiller du président", "assistant du président"],
  // Not an office: a title word that makes the country before it part of a name's title ("his North Korean counterpart Choe"), no position.
  counterpart: ["homologue"],
  "alternate member": ["membre suppléant", "membre suppléante"],
  member: ["membre"],
};
