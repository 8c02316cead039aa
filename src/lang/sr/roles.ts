/**
 * Serbian role nouns by normalised English role, in base form and both scripts
 * (the inflection rules find "председника", "министра спољних послова").
 */
import { bothScripts } from "./inflection.js";

const latin: Record<string, string[]> = {
  leader: ["vođa", "lider", "liderka", "čelnik", "vrhovni vođa"],
  president: ["predsednik", "predsednica", "predsednik države", "predsednica države"],
  premier: ["premijer", "premijerka", "predsednik vlade", "predsednica vlade"],
  "vice president": ["potpredsednik", "potpredsednica"],
  "vice premier": ["potpredsednik vlade", "potpredsednica vlade"],
  "general secretary": ["generalni sekretar", "generalna sekretarka", "glavni sekretar"],
  "first secretary": ["prvi sekretar"],
  "foreign minister": ["ministar spoljnih poslova", "ministarka spoljnih poslova", "šef diplomatije", "šefica diplomatije"],
  "defence minister": ["ministar odbrane", "ministarka odbrane"],
  minister: ["ministar", "ministarka"],
  chairman: ["predsedavajući", "predsedavajuća"],
  "president of state affairs": ["predsednik državnih poslova"],
  "chairman of the state affairs commission": ["predsednik komisije za državne poslove"],
  head: ["šef", "šefica"],
  director: ["direktor", "direktorka"],
  spokesperson: ["portparol", "portparolka"],
  ambassador: ["ambasador", "ambasadorka"],
  aide: ["savetnik", "savetnica", "pomoćnik", "pomoćnica"],
  // Not an office: a title word that makes the country before it part of a name's title ("his North Korean counterpart Choe"), no position.
  counterpart: ["kolega", "koleginica"],
  "secretary of the security council": ["sekretar Saveta bezbednosti"],
};

export const roles: Record<string, string[]> = Object.fromEntries(Object.entries(latin).map(([role, nouns]) => [role, bothScripts(nouns)]));
