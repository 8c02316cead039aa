/**
 * Slovenian role nouns by normalised English role, in base form (the
 * inflection rules find "predsednika", "zunanjega ministra", "voditelju").
 * Feminine forms are listed beside the masculine ones.
 */
export const roles: Record<string, string[]> = {
  // Not a person's office: "the North Korean capital" is a descriptor of the capital city (src/resolve/descriptors.ts).
  capital: ["prestolnica", "glavno mesto"],
  leader: ["voditelj", "voditeljica", "vodja", "vrhovni voditelj"],
  president: ["predsednik", "predsednica", "predsednik države", "predsednica države"],
  premier: ["premier", "premierka", "predsednik vlade", "predsednica vlade", "ministrski predsednik", "ministrska predsednica"],
  "vice president": ["podpredsednik", "podpredsednica"],
  "vice premier": ["podpredsednik vlade", "podpredsednica vlade", "podpremier"],
  "general secretary": ["generalni sekretar", "generalna sekretarka"],
  "first secretary": ["prvi sekretar", "prva sekretarka"],
  "foreign minister": ["zunanji minister", "zunanja ministrica", "minister za zunanje zadeve", "ministrica za zunanje zadeve", "vodja diplomacije", "šef diplomacije"],
  "defence minister": ["obrambni minister", "obrambna ministrica", "minister za obrambo", "ministrica za obrambo"],
  minister: ["minister", "ministrica"],
  chairman: ["predsedujoči", "predsedujoča"],
  "president of state affairs": ["predsednik državnih zadev"],
  "chairman of the state affairs commission": ["predsednik komisije za državne zadeve"],
  head: ["šef", "šefinja", "načelnik", "načelnica"],
  director: ["direktor", "direktorica", "generalni direktor", "generalna direktorica"],
  spokesperson: ["tiskovni predstavnik", "tiskovna predstavnica", "govornik", "govornica"],
  ambassador: ["veleposlanik", "veleposlanica"],
  aide: ["svetovalec", "svetovalka", "pomočnik", "pomočnica"],
  // Not an office: a title word that makes the country before it part of a name's title ("his North Korean counterpart Choe"), no position.
  counterpart: ["kolega", "kolegica"],
  "secretary of the security council": ["sekretar varnostnega sveta"],
};
