/**
 * Polish relation triggers: the words that state a relation, with their inflected
 * forms as alternatives (verbs in the past tense of every gender and number, the
 * infinitive and the present; nouns in every case). Within a type, longer phrases
 * come first ("list gratulacyjny" before "list").
 */
import type { RelationType } from "../../schema/result.js";
import type { TriggerPattern } from "../types.js";
import { notAfter } from "../trigger-patterns.js";

/** Past tense of every gender and number, infinitive, present: "spotka" → spotkał, spotkała, spotkali… */
const PAST = "(?:ł|ła|ło|li|ły|ć)";
/** Verbs of sending, past tense: "skierował", "przekazała", "wysłali", "przesłał", "złożył". */
const SEND = "(?:skierowa|przekaza|wysła|przesła|złoży|przekazywa)(?:ł|ła|li|ły)";
/** A message noun not already governed by a sending verb before it (the verb is then the trigger). */
const noun = (p: string) => notAfter(`${SEND} (?:\\S+ ){0,5}`, p);

/** A visit noun that is not the object of an invitation: "zaprosił Kim Dzong Una do złożenia wizyty w Moskwie". */
const notInvited = (word: string) => notAfter(`zaprosi(?:ł|ła|li|ły|ć) (?:\\S+ ){0,4}(?:do (?:złożenia )?|z |na )`, word);
/** A visit or trip still to come: "ma przygotować podróż Putina do Chin", "zapowiedział wizytę", "przyszłą wizytę". */
const notPlanned = (word: string) => notAfter(`(?:przygotow|zaplanow|planow|zapowiedzi|zapowiad|przyszł)\\p{L}* (?:\\S+ )?`, word);

export const triggers: Partial<Record<RelationType, TriggerPattern[]>> = {
  meeting: [
    { pattern: `spotka(?:nie|nia|niu|niem)`, agent: "after" },
    // "po szczycie Putina i Kima": a summit's genitive names its parties when it names two;
    // one alone is its host ("szczyt UE", "szczyt Sojuszu Północnoatlantyckiego").
    { pattern: `(?:szczyt(?:u|em)?|szczycie)(?=(?:\\s\\p{L}+){1,2}\\si\\s)`, agent: "after" },
    { pattern: `został(?:a|o|i|y)? przyjęt(?:y|a|e|i)`, voice: "passive" },
    { pattern: `spotka${PAST} się|spotka(?:ją)? się|spotyka(?:ł|ła|li|ły|ć|ją)? się|się spotka(?:ł|ła|li|ły)` },
    { pattern: `spotka(?:nie|nia|niu|niem|ń|niach|niami)` },
    { pattern: `rozm(?:owa|owy|owie|owę|ową|ów|owom|owami|owach)(?: telefoniczn\\p{L}*| wideo)?|wideokonferencj(?:a|i|ę|ą|e)(?= z )` },
    { pattern: `(?:po)?rozmawia(?:ł|ła|li|ły|ć|ją)?` },
    // Receiving someone, not adopting something: "przyjęła decyzję UE", "przyjąć bardziej pojednawcze stanowisko wobec Unii".
    { pattern: `przyj(?:ął|ęła|ęli|ęły|ąć|muje|mą|mie|mował|mowała|mowali)(?! (?:\\S+ ){0,2}(?:stanowisk|decyzj|ustaw|rezolucj|propozycj|ofert|plan|zaproszeni|dokument|deklaracj|uchwał|budżet|projekt|strategi|postaw|zasad|przepis|porozumieni|umow|wniosek|wnioski|sankcj))` },
    { pattern: `audiencj(?:a|i|ę|ą)|negocjac(?:je|ji|jach|jami)|szczyt(?:u|em|ie)? (?:przywódców|dwustronn\\p{L}*)` },
  ],
  message: [
    // A sending verb before its recipient ("przekazał Kimowi list"): the verb carries the
    // relation, so the recipient in the dative after it is the object.
    { pattern: `${SEND}(?= (?:\\S+ ){0,5}(?:list\\p{L}* gratulacyjn|depesz\\p{L}* gratulacyjn|gratulacj))`, kind: "congratulations" },
    { pattern: `${SEND}(?= (?:\\S+ ){0,5}(?:list\\p{L}* kondolencyjn|depesz\\p{L}* kondolencyjn|kondolencj))`, kind: "condolences" },
    { pattern: `${SEND}(?= (?:\\S+ ){0,5}(?:życzeni|pozdrowieni))`, kind: "greetings" },
    { pattern: `${SEND}(?= (?:\\S+ ){0,5}list)`, kind: "letter" },
    { pattern: `${SEND}(?= (?:\\S+ ){0,5}(?:wiadomoś|przesłani|orędzi|depesz))`, kind: "message" },
    { pattern: noun(`(?:list(?:u|em)?|liście) gratulacyjn(?:y|ego|ym)|depesz(?:a|y|ę|ą|e) gratulacyjn(?:a|ej|ą)`), kind: "congratulations" },
    { pattern: noun(`(?:list(?:u|em)?|liście) kondolencyjn(?:y|ego|ym)|depesz(?:a|y|ę|ą|e) kondolencyjn(?:a|ej|ą)|kondolencj(?:e|i|ami|ach)|wyrazy współczucia`), kind: "condolences" },
    { pattern: `gratulacj(?:e|i|ami|ach)|(?:po)?gratulowa(?:ł|ła|li|ły|ć)|gratuluj(?:e|ą)`, kind: "congratulations" },
    { pattern: `życzeni(?:a|ami|ach)|pozdrowieni(?:a|ami|ach)|pozdrowień|pozdrawia(?:ł|ła|li)?`, kind: "greetings" },
    { pattern: `odpowiedź|odpowiedzią|(?:list(?:u|em)?|liście) w odpowiedzi`, kind: "reply" },
    // "na liście" is on a list ("na liście odbiorców"), not in a letter.
    { pattern: noun(`list(?:u|em|y|ów|ach|owi)?|(?<!(?<!\\p{L})na\\s)liście`), kind: "letter" },
    { pattern: noun(`wiadomoś(?:ć|ci|cią)|przesłani(?:e|a|u|em)|orędzi(?:e|a|u|em)|depesz(?:a|y|ę|ą|e|ach)`), kind: "message" },
  ],
  attendance: [
    { pattern: `obecnoś(?:ć|ci|cią)|uczestnictw(?:o|a|em)|udzia(?:ł|łu|łem)(?! w)`, agent: "after" },
    { pattern: `(?:wzi(?:ął|ęła|ęli|ęły|ąć)|bierze|biorą|bra(?:ł|ła|li|ły)) udział` },
    { pattern: `uczestniczy(?:ł|ła|li|ły|ć|ą)?|uczestnictw(?:o|a|em)` },
    { pattern: `by(?:ł|ła|li|ły)? obecn(?:y|a|i|e)|obecnoś(?:ć|ci|cią)` },
    { pattern: `gość|gościem|gośćmi|gości(?= (?:na|podczas|uroczystości|obchodów))` },
    { pattern: `przyby(?:ł|ła|ło|li|ły|ć|wa)(?= na )` },
  ],
  support: [
    { pattern: `poparci(?:e|a|u|em)|wspar(?:cie|cia|ciu|ciem)`, agent: "after" },
    { pattern: `poparci(?:e|a|u|em)|popiera(?:ł|ła|li|ły|ć|ją)?|popar(?:ł|ła|li|ły)|poprze(?:ć|ą)` },
    { pattern: `wspiera(?:ł|ła|li|ły|ć|ją|jąc)?|wspar(?:ł|ła|li|ły|cie|cia|ciu|ciem)|wesprze(?:ć|ą)` },
    { pattern: `opowiedzia(?:ł|ła|li|ły) się za|solidarnoś(?:ć|ci) z` },
  ],
  cooperation: [
    // Signing or concluding a treaty together (not a contract, a purchase): "Putin i Kim Dzong Un podpisali traktat".
    { pattern: `(?:podpisa|zawar)(?:ł|ła|li|ły)(?!(?: \\S+){0,3} kontrakt)` },
    {
      pattern:
        "(?:wzmocni|wzmacnia|zacieśni|zacieśnia|pogłębi|pogłębia|rozwija|rozwinię|rozwoj|rozwój|umocni|umacnia|normalizacj)\\p{L}* (?:\\p{L}+ )?(?:współprac|stosunk|stosunków|więzi|relacj|koordynacj|partnerstw|przyjaźn|wymian)\\p{L}*",
    },
    { pattern: `współprac(?:a|y|ę|ą|ować|ują|uje|owali|ował|owała)|koordynacj(?:a|i|ę|ą)|partnerstw(?:o|a|u|em|ie) strategiczn\\p{L}*|strategiczn\\p{L}* partnerstw\\p{L}*` },
  ],
  praise: [
    { pattern: `(?:po)?chwali(?:ł|ła|li|ły|ć)|pochwał(?:a|y|ę|ą)|docenia?(?:ł|ła|li|ły|ć|ją)?` },
    { pattern: `wyrazi(?:ł|ła|li|ły)? uznanie|uznani(?:e|a) dla|wysoko oceni(?:ł|ła|li|ły|a)|złoży(?:ł|ła|li|ły) hołd|oddał(?:a|i)? hołd` },
    { pattern: `podziękowa(?:ł|ła|li|ły|ć)|dziękowa(?:ł|ła|li|ły)|wdzięczność` },
  ],
  visit: [
    { pattern: `${notPlanned(notInvited("wizyt(?:a|y|ę|ą|ie)"))}|pobyt(?:u|em|ie)?|${notPlanned("podróż(?:y|ą)?")}`, agent: "after" },
    { pattern: notPlanned(notInvited("wizyt(?:a|y|ę|ą|ie|ach|ami)")) },
    { pattern: `odwiedzi(?:ł|ła|li|ły|ć)?|odwiedza(?:ł|ła|li|ły|ć|ją)?` },
    { pattern: `przyby(?:ł|ła|ło|li|ły|ć|wa)|przylecia(?:ł|ła|li|ły)|przyjecha(?:ł|ła|li|ły)|przyjedzie|przyleci` },
    { pattern: `przebywa(?:ł|ła|li|ły|ć|ją)?|pobyt(?:u|em|ie)?|${notPlanned("podróż(?:y|ą)?")}` },
    { pattern: `uda(?:ł|ła|li|ły)? się do|zawita(?:ł|ła|li|ły)` },
  ],
};
