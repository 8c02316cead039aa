/**
 * Slovak relation triggers: the words that state a relation, with their inflected
 * forms as alternatives (past participles of every gender and number, infinitive,
 * present and future; nouns in every case). Longer phrases come first within a type.
 */
import type { RelationType } from "../../schema/result.js";
import type { TriggerPattern } from "../types.js";
import { notAfter } from "../trigger-patterns.js";

/** Past participle of every gender and number: "rokoval", "rokovala", "rokovali", "rokovalo". */
const PAST = "(?:l|la|lo|li)";
/** Verbs of sending, past tense: "poslal", "zaslala", "adresoval", "odovzdal". */
const SEND = `(?:posla|zasla|odosla|adresova|odovzda|vyjadri)${PAST}`;
/** A message noun not already governed by a sending verb before it (the verb is then the trigger). */
const noun = (p: string) => notAfter(`${SEND} (?:\\S+ ){0,5}`, p);

export const triggers: Partial<Record<RelationType, TriggerPattern[]>> = {
  meeting: [
    { pattern: `(?:bol|bola|boli|bolo) prijat(?:ý|á|í|é)`, voice: "passive" },
    { pattern: `(?:sa )?(?:stretol|stretla|stretli|stretlo|stretne|stretnú|stretnúť|stretáva${PAST})(?: sa)?|stretnut(?:ie|ia|í|iu|ím|iach)|schôdz(?:ka|ky|ke|ku|kou|ok)` },
    { pattern: `rokovan(?:ie|ia|í|iu|ím|iach)|rokova${PAST}|rokuj(?:e|ú)|rozhovor(?:y|ov|och|u|om|mi)?(?! sa (?:uskutočnil|konal))|telefonick(?:ý|om) rozhovor\\p{L}*|(?:videokonferenci(?:a|e|u|ou|i)|videohovor(?:y|u|om)?)(?= (?:s|so) )|telefonova${PAST}|hovori${PAST} s` },
    // Not "na samit skupiny BRICS" (to or at a summit): the summit is where one goes, not a meeting with its host.
    { pattern: notAfter("(?<!\\p{L})(?:na|zo|do) ", "samit(?:u|e|om)?") },
    { pattern: `prija${PAST}|prijme|prijíma|privíta${PAST}` },
  ],
  message: [
    // A sending verb before its recipient ("poslal Kim Čong-unovi list"): the recipient in the dative follows the verb.
    { pattern: `${SEND}(?= (?:\\S+ ){0,5}(?:blahoprajn|blahoželan|gratulác))`, kind: "congratulations" },
    { pattern: `${SEND}(?= (?:\\S+ ){0,5}(?:kondolenc|sústrasť))`, kind: "condolences" },
    { pattern: `${SEND}(?= (?:\\S+ ){0,5}list)`, kind: "letter" },
    { pattern: `${SEND}(?= (?:\\S+ ){0,5}(?:pozdrav|prian))`, kind: "greetings" },
    { pattern: `${SEND}(?= (?:\\S+ ){0,5}(?:posolstv|odkaz|telegram))`, kind: "message" },
    { pattern: noun(`blahoprajn(?:ý|ého|om|ým) list\\p{L}*|blahoželan(?:ie|ia|í|ím)|blahoželal(?:|a|i|o)|gratulác(?:ia|ie|iu|iou|ií)|(?:za)?gratulova${PAST}`), kind: "congratulations" },
    { pattern: noun(`kondolenc(?:ia|ie|iu|iou|ií)|sústrasť|sústrasti`), kind: "condolences" },
    { pattern: `odpoveď|odpoveďou|odpovede na (?:list|blahoželanie)`, kind: "reply" },
    { pattern: noun(`list(?:|u|e|om|y|ov|och)`), kind: "letter" },
    { pattern: noun(`pozdrav(?:|y|ov|om|mi)|pozdravi${PAST}|prian(?:ie|ia|í)`), kind: "greetings" },
    { pattern: noun(`posolstv(?:o|a|e|om)|odkaz(?:|u|om|y)|telegram(?:|u|om)`), kind: "message" },
  ],
  attendance: [
    { pattern: `(?:sa )?zúčastni${PAST}(?: sa)?|zúčastní sa|zúčastniť sa|účasť|účasti|účasťou` },
    { pattern: `(?:bol|bola|boli|bolo) prítomn(?:ý|á|í|é)|prítomnosť|prítomnosti` },
    { pattern: `hosť(?:om|ami|ia)?(?= (?:na|pri|osláv|prehliad))|čestným hosťom` },
  ],
  support: [
    { pattern: `podpor(?:a|y|e|u|ou|ovať|uje|ujú|ova${PAST}|iť|i${PAST}|í)` },
    { pattern: `zasta${PAST} sa|solidarit(?:a|u|y|ou) s` },
  ],
  cooperation: [
    // Signing or concluding a treaty together (not a contract, a purchase): "zmluvu, ktorú obe krajiny podpísali".
    { pattern: `(?:podpísa|uzavre)${PAST}(?!(?: \\S+){0,3} kontrakt)` },
    {
      pattern:
        "(?:posilň|posiln|prehĺb|prehlb|rozvíj|rozvoj|upevň|upevn|normaliz)\\p{L}* (?:\\p{L}+ )?(?:vzťah|spoluprác|väzb|koordinác|partnerstv|priateľstv|styk)\\p{L}*",
    },
    { pattern: `spoluprác(?:a|e|u|ou|i)|spolupracova(?:ť|l|la|li)|spolupracuj(?:e|ú)|koordinác(?:ia|ie|iu|iou)|strategické partnerstvo|strategického partnerstva` },
  ],
  praise: [
    { pattern: `oceni${PAST}|oceňuje|oceňujú|ocenenie|(?:po)?chváli${PAST}|vyzdvihol|vyzdvihla|vyzdvihli|vyzdvihuje` },
    { pattern: `vyjadri${PAST} uznanie|vzda${PAST} hold|poďakova${PAST}|ďakuje` },
  ],
  visit: [
    { pattern: `návštev(?:a|y|e|u|ou|ách|ami)` },
    { pattern: `navštívi${PAST}|navštívi|navštevuje|navštíviť` },
    { pattern: `pricestova${PAST}|prilete${PAST}|priletí|prišiel|prišla|prišli|dorazi${PAST}|zavíta${PAST}|pobyt(?:u|e|om)?|cest(?:a|y|e|u|ou) do` },
  ],
};
