/**
 * Russian role nouns by normalised English role, in base form; they inflect
 * by the pack's rules ("президента", "министра иностранных дел"). A role
 * never contains an organisation's name ("глава МИД" is "глава" + the
 * organisation "МИД …"), or the name would be lost to the role.
 */
export const roles: Record<string, string[]> = {
  // Not a person's office: "the North Korean capital" is a descriptor of the capital city (src/resolve/descriptors.ts).
  capital: ["столица"],
  leader: ["лидер", "руководитель", "высший руководитель", "вождь"],
  president: ["президент"],
  "head of state": ["глава государства"],
  premier: ["премьер", "председатель правительства", "глава правительства"],
  "prime minister": ["премьер-министр"],
  "general secretary": ["генеральный секретарь", "генсек"],
  "first secretary": ["первый секретарь"],
  secretary: ["секретарь"],
  "foreign minister": ["министр иностранных дел", "глава внешнеполитического ведомства"],
  "defence minister": ["министр обороны", "глава военного ведомства"],
  minister: ["министр"],
  "deputy foreign minister": ["заместитель министра иностранных дел", "замминистра иностранных дел"],
  chairman: ["председатель"],
  "vice chairman": ["заместитель председателя", "зампред"],
  head: ["глава", "начальник"],
  director: ["директор"],
  "vice president": ["вице-президент"],
  "vice premier": ["вице-премьер"],
  "first deputy prime minister": ["первый вице-премьер"],
  spokesperson: ["официальный представитель", "пресс-секретарь", "представитель"],
  "kremlin spokesperson": ["пресс-секретарь президента"],
  ambassador: ["посол"],
  aide: ["помощник", "помощник президента"],
  // Not an office: a title word that makes the country before it part of a name's title ("his North Korean counterpart Choe"), no position.
  counterpart: ["коллега"],
  adviser: ["советник"],
  "chief of the general staff": ["начальник Генерального штаба", "начальник Генштаба"],
  "supreme commander": ["верховный главнокомандующий"],
  marshal: ["маршал"],
  general: ["генерал"],
  king: ["король"],
  queen: ["королева"],
  chancellor: ["канцлер"],
  mayor: ["мэр"],
  governor: ["губернатор"],
  speaker: ["спикер"],
};
