/**
 * Czech role nouns by normalised English role, in base form. They inflect by the
 * pack's rules ("vůdce" → "vůdci", "prezidentem", "ministra zahraničí").
 * Only the noun or the fixed title phrase: the country is found as a name ("prezident Číny").
 */
export const roles: Record<string, string[]> = {
  // Not a person's office: "the North Korean capital" is a descriptor of the capital city (src/resolve/descriptors.ts).
  capital: ["hlavní město", "metropole"],
  leader: ["vůdce", "vůdkyně", "lídr", "lídryně", "nejvyšší vůdce"],
  president: ["prezident", "prezidentka", "hlava státu"],
  premier: ["premiér", "premiérka", "předseda vlády", "předsedkyně vlády"],
  "vice premier": ["vicepremiér", "vicepremiérka", "místopředseda vlády"],
  "first deputy prime minister": ["první vicepremiér", "první místopředseda vlády"],
  "vice president": ["viceprezident", "viceprezidentka", "místopředseda"],
  "general secretary": ["generální tajemník", "generální tajemnice"],
  "first secretary": ["první tajemník"],
  "foreign minister": ["ministr zahraničí", "ministryně zahraničí", "ministr zahraničních věcí", "ministryně zahraničních věcí", "šéf diplomacie", "šéfka diplomacie"],
  "defence minister": ["ministr obrany", "ministryně obrany"],
  minister: ["ministr", "ministryně"],
  "president of state affairs": ["předseda pro státní záležitosti"],
  chairman: ["předseda", "předsedkyně"],
  head: ["šéf", "šéfka", "vedoucí"],
  director: ["ředitel", "ředitelka"],
  spokesperson: ["mluvčí", "tiskový mluvčí", "tisková mluvčí"],
  ambassador: ["velvyslanec", "velvyslankyně"],
  aide: ["poradce", "poradkyně"],
  // Not an office: a title word that makes the country before it part of a name's title ("his North Korean counterpart Choe"), no position.
  counterpart: ["protějšek", "kolega", "kolegyně"],
};
