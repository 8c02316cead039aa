/**
 * Spanish role nouns by normalised English role, in base form, with their
 * feminine forms (role nouns keep their number: see inflection.ts). A role
 * never contains an organisation's or a country's name.
 */
export const roles: Record<string, string[]> = {
  // Not a person's office: "the North Korean capital" is a descriptor of the capital city (src/resolve/descriptors.ts).
  capital: ["capital"],
  leader: ["líder", "mandatario", "mandataria", "dirigente", "máximo líder", "líder supremo", "máximo dirigente"],
  president: ["presidente", "presidenta"],
  "head of state": ["jefe de Estado", "jefa de Estado"],
  premier: ["primer ministro", "primera ministra", "premier", "jefe del Gobierno", "jefe de Gobierno"],
  "general secretary": ["secretario general", "secretaria general"],
  "first secretary": ["primer secretario"],
  secretary: ["secretario", "secretaria"],
  "foreign minister": [
    "ministro de Asuntos Exteriores", "ministra de Asuntos Exteriores", "ministro de Exteriores", "ministra de Exteriores",
    "ministro de Relaciones Exteriores", "ministra de Relaciones Exteriores", "canciller", "jefe de la diplomacia", "jefa de la diplomacia",
  ],
  "defence minister": ["ministro de Defensa", "ministra de Defensa"],
  "minister of natural resources and ecology": ["ministro de Recursos Naturales y Ecología", "ministro de Recursos Naturales y Medio Ambiente"],
  minister: ["ministro", "ministra"],
  "president of state affairs": ["presidente de Asuntos de Estado", "presidente de Asuntos Estatales"],
  head: ["jefe", "jefa", "responsable"],
  director: ["director", "directora"],
  "vice president": ["vicepresidente", "vicepresidenta"],
  "vice premier": ["viceprimer ministro", "vice primer ministro", "vicepremier"],
  spokesperson: ["portavoz", "vocero", "vocera"],
  ambassador: ["embajador", "embajadora"],
  aide: ["asesor", "asesora", "asesor presidencial", "asesor del presidente", "asistente del presidente", "consejero", "consejera"],
  // Not an office: a title word that makes the country before it part of a name's title ("his North Korean counterpart Choe"), no position.
  counterpart: ["homólogo", "homóloga"],
  "alternate member": ["miembro suplente"],
  member: ["miembro"],
};
