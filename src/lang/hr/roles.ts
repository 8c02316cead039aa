/**
 * Croatian role nouns by normalised English role, in base form (the inflection
 * rules find "predsjednika", "ministra vanjskih poslova", "glavnog tajnika").
 */
export const roles: Record<string, string[]> = {
  // Not a person's office: "the North Korean capital" is a descriptor of the capital city (src/resolve/descriptors.ts).
  capital: ["glavni grad"],
  leader: ["vođa", "čelnik", "čelnica", "lider", "liderica", "vrhovni vođa"],
  president: ["predsjednik", "predsjednica", "predsjednik države", "predsjednica države"],
  premier: ["premijer", "premijerka", "predsjednik vlade", "predsjednica vlade"],
  "vice president": ["potpredsjednik", "potpredsjednica"],
  "vice premier": ["potpredsjednik vlade", "potpredsjednica vlade", "potpremijer"],
  "general secretary": ["glavni tajnik", "glavna tajnica", "generalni tajnik", "generalna tajnica", "generalni sekretar"],
  "first secretary": ["prvi tajnik", "prvi sekretar"],
  "foreign minister": ["ministar vanjskih poslova", "ministrica vanjskih poslova", "šef diplomacije", "šefica diplomacije"],
  "defence minister": ["ministar obrane", "ministrica obrane"],
  minister: ["ministar", "ministrica"],
  chairman: ["predsjedatelj", "predsjedateljica", "predsjedavajući"],
  "president of state affairs": ["predsjednik državnih poslova"],
  "chairman of the state affairs commission": ["predsjednik komisije za državne poslove"],
  head: ["šef", "šefica", "pročelnik"],
  director: ["direktor", "direktorica", "ravnatelj", "ravnateljica"],
  spokesperson: ["glasnogovornik", "glasnogovornica"],
  ambassador: ["veleposlanik", "veleposlanica"],
  aide: ["savjetnik", "savjetnica", "pomoćnik", "pomoćnica"],
  // Not an office: a title word that makes the country before it part of a name's title ("his North Korean counterpart Choe"), no position.
  counterpart: ["kolega", "kolegica"],
  "secretary of the security council": ["tajnik Vijeća sigurnosti"],
};
