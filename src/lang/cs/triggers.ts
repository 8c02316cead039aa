/**
 * Czech relation triggers: the words that state a relation, with their inflected
 * forms as alternatives (past participles of every gender and number, infinitive,
 * present and future; nouns in every case). Longer phrases come first within a type.
 */
import type { RelationType } from "../../schema/result.js";
import type { TriggerPattern } from "../types.js";
import { notAfter } from "../trigger-patterns.js";

/** Past participle of every gender and number: "setkal", "setkala", "setkali", "setkaly", "setkalo". */
const PAST = "(?:l|la|lo|li|ly)";
/** Verbs of sending, past tense: "poslal", "zaslala", "adresoval", "předal", "zaslali". */
const SEND = `(?:posla|zasla|odesla|adresova|předa|vyjádři)${PAST}`;
/** A message noun not already governed by a sending verb before it (the verb is then the trigger). */
const noun = (p: string) => notAfter(`${SEND} (?:\\S+ ){0,5}`, p);

export const triggers: Partial<Record<RelationType, TriggerPattern[]>> = {
  meeting: [
    { pattern: `(?:byl|byla|byli|bylo) přijat(?:|a|i|o|y)`, voice: "passive" },
    { pattern: `(?:se )?setka${PAST}(?: se)?|setká(?:ní|ním|ních|t)?(?: se)?|setkají se|(?:se )?(?:sešel|sešl(?:a|i|o|y))(?: se)?|sejd(?:e|ou) se|schůz(?:ka|ky|ce|ku|kou|ek|kách)` },
    { pattern: `jedná(?:ní|ním|ních)|jedna${PAST}|rozhovor(?:y|ů|ech|ům|u|em)?(?! se (?:uskutečnil|konal))|telefonickém? rozhovor\\p{L}*|(?:videokonferenc(?:e|i|í)|videohovor(?:y|u|em)?)(?= (?:s|se) )|telefonova${PAST}|hovoři${PAST} s` },
    // Not "na summit skupiny BRICS" (to or at a summit): the summit is where one goes, not a meeting with its host.
    { pattern: notAfter("(?<!\\p{L})(?:na|ze|do) ", "summit(?:u|em)?") },
    { pattern: `přija${PAST}|přijme|přijímá|přivíta${PAST}` },
  ],
  message: [
    // A sending verb before its recipient ("poslal Kim Čong-unovi dopis"): the recipient in the dative follows the verb.
    { pattern: `${SEND}(?= (?:\\S+ ){0,5}(?:blahopřej|blahopřání|gratulac))`, kind: "congratulations" },
    { pattern: `${SEND}(?= (?:\\S+ ){0,5}(?:kondolenc|soustrast))`, kind: "condolences" },
    { pattern: `${SEND}(?= (?:\\S+ ){0,5}dopis)`, kind: "letter" },
    { pattern: `${SEND}(?= (?:\\S+ ){0,5}(?:pozdrav|přání))`, kind: "greetings" },
    { pattern: `${SEND}(?= (?:\\S+ ){0,5}(?:poselství|vzkaz|telegram))`, kind: "message" },
    { pattern: noun(`blahopřej(?:ný|ného|ném|ným) dopis\\p{L}*|blahopřá(?:ní|ním|l|la|li|ly)|gratula(?:ce|ci|cí|cemi)|(?:po)?gratulova${PAST}`), kind: "congratulations" },
    { pattern: noun(`kondolenc(?:e|i|í)|kondolenční(?:ho|m)? (?:dopis|telegram)\\p{L}*|soustrast(?:i)?`), kind: "condolences" },
    { pattern: `odpověď|odpovědí|odpovědi na (?:dopis|blahopřání)`, kind: "reply" },
    { pattern: noun(`dopis(?:|u|e|em|y|ů|ech|ům)`), kind: "letter" },
    { pattern: noun(`pozdrav(?:|y|ů|ech|em)|přání|pozdravi${PAST}`), kind: "greetings" },
    { pattern: noun(`poselstv(?:í|ím)|vzkaz(?:|u|em|y)|telegram(?:|u|em)`), kind: "message" },
    // "vzkázal Si Ťin-pchingovi": sent word to (the recipient in the dative follows).
    { pattern: `vzkáza${PAST}|vzkazuje`, kind: "message" },
  ],
  attendance: [
    { pattern: `(?:se )?zúčastni${PAST}(?: se)?|zúčastní se|účast(?:i|í)?|účastni${PAST} se` },
    { pattern: `(?:byl|byla|byli|bylo) přítom(?:en|na|ni|no)|přítomnost(?:i|í)?` },
    { pattern: `host(?:em|é|y|ů)?(?= (?:na|při|slavnost|oslav|přehlídk))|čestným hostem` },
    // The host and the guests of an event: "hostil přehlídku", "sledovali přehlídku" (watched it from the stand).
    { pattern: `hosti${PAST}|sledova${PAST}(?= (?:\\S+ ){0,2}(?:přehlídk|oslav|ceremoni|slavnost))` },
  ],
  support: [
    { pattern: `podpor(?:a|y|u|ou|ovat|uje|ují|ova${PAST}|ujeme)|podpoři${PAST}|podpoří|podporu` },
    { pattern: `zastal${PAST} se|solidarit(?:a|u|y|ou) s` },
  ],
  cooperation: [
    // Signing or concluding a treaty together (not a contract, a purchase): "smlouvu, kterou obě země podepsaly".
    { pattern: `(?:podepsa|uzavře)${PAST}(?!(?: \\S+){0,3} kontrakt)` },
    {
      pattern:
        "(?:posíl|posil|prohloub|prohlub|rozvíj|rozvinout|rozvoj|upev|utuž|normaliz)\\p{L}* (?:\\p{L}+ )?(?:vztah|spoluprác|vazb|koordinac|partnerstv|přátelstv|styk)\\p{L}*",
    },
    { pattern: `spoluprác(?:e|i|í)|spoluprac(?:ovat|uje|ují|ova${PAST})|koordinac(?:e|i|í)|strategické partnerství|strategického partnerství` },
    // A closer partnership promised: "slíbili hlubší partnerství".
    { pattern: "(?:hlubší|užší|těsnější|pevnější)(?:ho|mu|m)? (?:\\p{L}+ )?(?:partnerstv|vztah|vazb)\\p{L}*" },
  ],
  praise: [
    { pattern: `oceni${PAST}|oceňuje|oceňují|ocenění|(?:po)?chváli${PAST}|chvál(?:í|a|u)|vyzdvih(?:l|la|li|ly|uje)` },
    { pattern: `vyjádři${PAST} uznání|vzda${PAST} hold|poděkova${PAST}|děkuje` },
  ],
  visit: [
    // Not an invitation: "pozval Kima na návštěvu Moskvy" (invited Kim to visit Moscow).
    { pattern: notAfter(`pozva${PAST} (?:\\S+ ){0,4}na `, `návštěv(?:a|y|ě|u|ou|ách|ami)`) },
    { pattern: `navštívi${PAST}|navštíví|navštěvuje|navštívit` },
    { pattern: `přije(?:l|la|li|ly|lo|de|dou)|přiletě${PAST}|přiletí|přicestova${PAST}|dorazi${PAST}|zavíta${PAST}|pobyt(?:u|em)?|pobýva${PAST}|pobývá|pobývají|cest(?:a|y|ě|u|ou) do` },
  ],
};
