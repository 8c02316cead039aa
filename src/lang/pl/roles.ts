/**
 * Polish role nouns by normalised English role, in base form. They inflect by the
 * pack's rules ("przywódcy", "premierem", "prezydenta", "ministra spraw zagranicznych").
 * Only the noun or the fixed title phrase: the country is found as a name ("premier Chin").
 */
export const roles: Record<string, string[]> = {
  // Not a person's office: "the North Korean capital" is a descriptor of the capital city (src/resolve/descriptors.ts).
  capital: ["stolica"],
  leader: ["przywódca", "przywódczyni", "lider", "liderka", "najwyższy przywódca"],
  president: ["prezydent", "prezydentka", "głowa państwa"],
  premier: ["premier", "premierka", "szef rządu", "szefowa rządu", "prezes rady ministrów"],
  "vice premier": ["wicepremier", "wicepremierka"],
  "first deputy prime minister": ["pierwszy wicepremier"],
  "vice president": ["wiceprezydent", "wiceprzewodniczący"],
  "general secretary": ["sekretarz generalny", "sekretarz generalna"],
  "first secretary": ["pierwszy sekretarz"],
  "foreign minister": ["minister spraw zagranicznych", "szef dyplomacji", "szefowa dyplomacji"],
  "defence minister": ["minister obrony", "minister obrony narodowej"],
  minister: ["minister"],
  chairman: ["przewodniczący", "przewodnicząca", "prezes"],
  head: ["szef", "szefowa", "kierownik"],
  director: ["dyrektor", "dyrektorka"],
  spokesperson: ["rzecznik", "rzeczniczka", "rzecznik prasowy", "rzeczniczka prasowa"],
  ambassador: ["ambasador", "ambasadorka"],
  aide: ["doradca", "doradczyni", "asystent"],
  // Not an office: a title word that makes the country before it part of a name's title ("his North Korean counterpart Choe"), no position.
  counterpart: ["odpowiednik", "odpowiedniczka"],
};
