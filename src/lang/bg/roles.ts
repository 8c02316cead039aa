/**
 * Bulgarian role nouns by normalised English role, in base form; they take
 * the article by the pack's rules ("президентът", "генералния секретар",
 * "министъра на външните работи"). Feminine titles are listed beside the
 * masculine ones. A role never contains an organisation's name.
 */
export const roles: Record<string, string[]> = {
  // Not a person's office: "the North Korean capital" is a descriptor of the capital city (src/resolve/descriptors.ts).
  capital: ["столица"],
  leader: ["лидер", "ръководител", "ръководителка", "водач"],
  president: ["президент", "президентка"],
  "head of state": ["държавен глава"],
  premier: ["премиер", "премиерка", "ръководител на правителството"],
  "prime minister": ["министър-председател"],
  "general secretary": ["генерален секретар"],
  "first secretary": ["първи секретар"],
  secretary: ["секретар"],
  "foreign minister": ["министър на външните работи", "министърка на външните работи", "външен министър", "външна министърка"],
  "defence minister": ["министър на отбраната", "министърка на отбраната"],
  minister: ["министър", "министърка"],
  "deputy foreign minister": ["заместник-министър на външните работи", "зам.-министър на външните работи"],
  chairman: ["председател", "председателка"],
  head: ["шеф", "глава", "началник"],
  director: ["директор", "директорка"],
  "vice president": ["вицепрезидент"],
  "vice premier": ["вицепремиер"],
  "first deputy prime minister": ["първи вицепремиер"],
  spokesperson: ["говорител", "говорителка", "прессекретар", "официален представител"],
  "kremlin spokesperson": ["говорител на президента", "прессекретар на президента"],
  ambassador: ["посланик", "посланичка"],
  aide: ["помощник", "помощничка"],
  // Not an office: a title word that makes the country before it part of a name's title ("his North Korean counterpart Choe"), no position.
  counterpart: ["колега", "колежка"],
  adviser: ["съветник", "съветничка"],
  "chief of the general staff": ["началник на Генералния щаб", "началник на Генщаба"],
  "supreme commander": ["върховен главнокомандващ"],
  general: ["генерал"],
  king: ["крал"],
  queen: ["кралица"],
  chancellor: ["канцлер"],
  mayor: ["кмет"],
  speaker: ["председател на парламента"],
};
