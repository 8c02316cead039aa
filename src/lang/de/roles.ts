/**
 * German role nouns by normalised English role, in base form; they inflect by
 * the pack's rules ("Präsidenten", "Leiters", "stellvertretenden Vorsitzenden").
 * A role never contains an organisation's or a country's name.
 */

/** "Chinas viertgrößter Staatschef": the rank of a leader in the Politburo Standing Committee. */
const RANKS: [string, string][] = [
  ["second", "zweit"],
  ["third", "dritt"],
  ["fourth", "viert"],
  ["fifth", "fünft"],
];
const RANKED = ["größter", "höchster", "ranghöchster", "mächtigster"];
const LEADER_NOUNS = ["Staatschef", "Führer", "Politiker", "Funktionär", "Mann"];

const rankedLeaders: Record<string, string[]> = Object.fromEntries(
  RANKS.map(([english, german]) => [`${english}-ranking leader`, RANKED.flatMap((adjective) => LEADER_NOUNS.map((noun) => `${german}${adjective} ${noun}`))]),
);

export const roles: Record<string, string[]> = {
  // Not a person's office: "the North Korean capital" is a descriptor of the capital city (src/resolve/descriptors.ts).
  capital: ["Hauptstadt"],
  leader: ["Staatschef", "Staatschefin", "Machthaber", "Staatsführer", "Führer", "Staats- und Parteichef", "Staats- und Parteiführer", "oberster Führer"],
  ...rankedLeaders,
  president: ["Präsident", "Präsidentin", "Staatspräsident", "Staatspräsidentin"],
  "head of state": ["Staatsoberhaupt"],
  premier: ["Ministerpräsident", "Ministerpräsidentin", "Premierminister", "Premierministerin", "Regierungschef", "Regierungschefin", "Premier"],
  "general secretary": ["Generalsekretär", "Generalsekretärin", "Parteichef"],
  "first secretary": ["Erster Sekretär"],
  secretary: ["Sekretär", "Sekretärin"],
  "foreign minister": ["Außenminister", "Außenministerin"],
  "defence minister": ["Verteidigungsminister", "Verteidigungsministerin"],
  "minister of natural resources and ecology": ["Minister für natürliche Ressourcen und Ökologie", "Minister für Naturressourcen und Ökologie"],
  minister: ["Minister", "Ministerin"],
  "president of state affairs": ["Präsident für Staatsangelegenheiten", "Präsident der Staatsangelegenheiten"],
  chairman: ["Vorsitzender", "Vorsitzende"],
  "deputy chairman": ["stellvertretender Vorsitzender", "stellvertretende Vorsitzende"],
  "vice chairman": ["Vizevorsitzender", "Vizevorsitzende"],
  head: ["Leiter", "Leiterin", "Chef", "Chefin"],
  director: ["Direktor", "Direktorin"],
  "vice president": ["Vizepräsident", "Vizepräsidentin"],
  "vice premier": ["Vizepremier", "Vizeregierungschef", "stellvertretender Ministerpräsident", "stellvertretender Regierungschef"],
  spokesperson: ["Sprecher", "Sprecherin", "Regierungssprecher", "Regierungssprecherin"],
  ambassador: ["Botschafter", "Botschafterin"],
  aide: ["Berater", "Beraterin", "Präsidentenberater", "Kremlberater", "außenpolitischer Berater"],
  // Not an office: a title word that makes the country before it part of a name's title ("his North Korean counterpart Choe"), no position.
  counterpart: ["Amtskollege", "Amtskollegin"],
  "alternate member": ["stellvertretendes Mitglied", "Kandidat"],
  member: ["Mitglied"],
};
