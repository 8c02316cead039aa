/**
 * Slovak role nouns by normalised English role, in base form. They inflect by the
 * pack's rules ("vodcu", "prezidentom", "ministra zahraničných vecí").
 * Only the noun or the fixed title phrase: the country is found as a name ("prezident Číny").
 */
export const roles: Record<string, string[]> = {
  // Not a person's office: "the North Korean capital" is a descriptor of the capital city (src/resolve/descriptors.ts).
  capital: ["hlavné mesto"],
  leader: ["vodca", "vodkyňa", "líder", "líderka", "najvyšší vodca"],
  president: ["prezident", "prezidentka", "hlava štátu"],
  premier: ["premiér", "premiérka", "predseda vlády", "predsedníčka vlády"],
  "vice premier": ["vicepremiér", "vicepremiérka", "podpredseda vlády"],
  "first deputy prime minister": ["prvý vicepremiér", "prvý podpredseda vlády"],
  "vice president": ["viceprezident", "podpredseda"],
  "general secretary": ["generálny tajomník", "generálna tajomníčka"],
  "first secretary": ["prvý tajomník"],
  "foreign minister": ["minister zahraničných vecí", "ministerka zahraničných vecí", "minister zahraničia", "šéf diplomacie", "šéfka diplomacie"],
  "defence minister": ["minister obrany", "ministerka obrany"],
  minister: ["minister", "ministerka"],
  "president of state affairs": ["predseda pre štátne záležitosti"],
  chairman: ["predseda", "predsedníčka"],
  head: ["šéf", "šéfka", "vedúci"],
  director: ["riaditeľ", "riaditeľka"],
  spokesperson: ["hovorca", "hovorkyňa"],
  ambassador: ["veľvyslanec", "veľvyslankyňa"],
  aide: ["poradca", "poradkyňa"],
  // Not an office: a title word that makes the country before it part of a name's title ("his North Korean counterpart Choe"), no position.
  counterpart: ["náprotivok", "kolega", "kolegyňa"],
};
