/**
 * Ukrainian role nouns by normalised English role, in base form; they inflect
 * by the pack's rules ("президента", "міністра закордонних справ"). Feminine
 * titles are listed beside the masculine ones ("міністерка"). A role never
 * contains an organisation's name, which would be lost to the role.
 */
export const roles: Record<string, string[]> = {
  // Not a person's office: "the North Korean capital" is a descriptor of the capital city (src/resolve/descriptors.ts).
  capital: ["столиця"],
  leader: ["лідер", "керівник", "керівниця", "вождь"],
  president: ["президент", "президентка"],
  "head of state": ["глава держави"],
  premier: ["прем'єр", "прем'єрка", "голова уряду", "глава уряду"],
  "prime minister": ["прем'єр-міністр", "прем'єр-міністерка"],
  "general secretary": ["генеральний секретар", "генсек"],
  "first secretary": ["перший секретар"],
  secretary: ["секретар", "секретарка"],
  "foreign minister": ["міністр закордонних справ", "міністерка закордонних справ", "очільник зовнішньополітичного відомства"],
  "defence minister": ["міністр оборони", "міністерка оборони"],
  minister: ["міністр", "міністерка"],
  "deputy foreign minister": ["заступник міністра закордонних справ"],
  chairman: ["голова"],
  head: ["очільник", "очільниця", "глава", "начальник"],
  director: ["директор", "директорка"],
  "vice president": ["віцепрезидент", "віце-президент"],
  "vice premier": ["віцепрем'єр", "віце-прем'єр"],
  "first deputy prime minister": ["перший віцепрем'єр", "перший віце-прем'єр"],
  spokesperson: ["речник", "речниця", "прессекретар", "прес-секретар", "офіційний представник"],
  "kremlin spokesperson": ["прессекретар президента", "прес-секретар президента"],
  ambassador: ["посол", "посолка"],
  aide: ["помічник", "помічниця", "помічник президента"],
  // Not an office: a title word that makes the country before it part of a name's title ("his North Korean counterpart Choe"), no position.
  counterpart: ["колега"],
  adviser: ["радник", "радниця"],
  "chief of the general staff": ["начальник Генерального штабу", "начальник Генштабу"],
  "supreme commander": ["верховний головнокомандувач"],
  general: ["генерал"],
  king: ["король"],
  queen: ["королева"],
  chancellor: ["канцлер", "канцлерка"],
  mayor: ["мер"],
  speaker: ["спікер", "спікерка"],
};
