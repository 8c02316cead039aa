/**
 * Croatian relation triggers (position relations come from titles). Verbs are
 * written with their l-participles (-o/-la/-lo/-li/-le: "sastao", "sastala")
 * and present forms; nouns with their case forms. "\p{L}*", not "\w*" (ASCII only).
 */
import type { RelationType } from "../../schema/result.js";
import type { TriggerPattern } from "../types.js";
import { notAfter } from "../trigger-patterns.js";

/** l-participle endings after a stem in -a: sastao/sastala/sastalo/sastali/sastale ("sasta" + …). */
const PAST = "(o|la|lo|li|le)";
/** "delivered/handed over/conveyed": the recipient (dative) precedes, the sender (genitive) follows. */
const DELIVERED = "(uručio|uručila|uručili|predao|predala|predali|prenio|prenijela|prenijeli)";
/** Objects of "strengthen/deepen": ties, relations, cooperation, partnership, friendship. */
/** After an invitation: "pozvao Kima da posjeti Rusiju" (an invitation is no visit yet, as in Bulgarian). */
const INVITED = "pozva\\p{L}* (?:\\S+ ){0,3}(?:da )?";
/**
 * Infinitives ("sastati se", "prisustvovati", "posjetiti") are not triggers of a meeting, an
 * attendance or a visit: they follow "će", "treba", "planira", "pozvao … da" — an act still
 * to come, which the golds do not annotate ("Putin će u srijedu prisustvovati vojnoj paradi").
 */
const TIES = "(\\p{L}+ ){0,2}(vez|odnos|suradnj|partnerstv|prijateljstv)\\p{L}*";
/** What follows a visit noun: "u"/"na" or a dative (-u, -i, -oj). */
const DESTINATION = "(?= (u|na|\\p{L}+(u|i|oj))(?!\\p{L}))";

export const triggers: Partial<Record<RelationType, TriggerPattern[]>> = {
  meeting: [
    { pattern: `sasta${PAST}|sastaju|sastaje` },
    { pattern: "sastan(ak|ka|ku|kom|ci|aka|cima)" },
    { pattern: "susret(a|u|om|i|e|ima)?" },
    { pattern: "(video[- ]?konferencij(a|e|i|u|om)|video[- ]?poziv(a|u|om)?)(?= (s|sa) )" },
    { pattern: "sreo|srela|srelo|sreli|srele" },
    { pattern: `razgovara${PAST}|razgovaraju|razgovor(a|u|om|i|e|ima)?(?= (s|sa) )` },
    { pattern: "primio|primila|primili|primile|prima|primaju" },
  ],
  message: [
    { pattern: `${DELIVERED} (\\p{L}+ )?pismo`, kind: "letter", voice: "passive" },
    { pattern: `${DELIVERED} (\\p{L}+ )?poruku`, kind: "message", voice: "passive" },
    { pattern: `${DELIVERED} (\\p{L}+ )?pozdrave`, kind: "greetings", voice: "passive" },
    { pattern: "odgovor(a|u|om)? na (pismo|poruku|čestitk\\p{L}*)", kind: "reply" },
    { pattern: "pism(o|a|u|om|ima)", kind: "letter" },
    { pattern: "poruk(a|e|u|om|ama)|poruci", kind: "message" },
    { pattern: `čestita${PAST}|čestita|čestitaju|čestitati|čestitk(a|e|u|om|ama)|čestitci`, kind: "congratulations" },
    { pattern: "pozdrav(e|i|a|ima)", kind: "greetings" },
    { pattern: "sućut(i)?|saučešć(e|a|u|em)", kind: "condolences" },
  ],
  attendance: [
    { pattern: `prisustvova${PAST}|prisustvuje|prisustvuju` },
    { pattern: `sudjelova${PAST}|sudjeluje|sudjeluju` },
    { pattern: "nazočio|nazočila|nazočili|nazoči|nazočan|nazočna|nazočni" },
  ],
  support: [
    { pattern: `podržava${PAST}?|podržavaju|podržao|podržala|podržali|podržati|podupire|podupiru|podupira${PAST}|poduprijeti|poduprla|poduprli` },
    // "izrazio potporu Moskvi": a dative follows; "potpora Pjongjanga" names the supporter, so the bare noun is no trigger.
    { pattern: `((izrazi|pruži)${PAST}?|dao|dala|dali) (\\p{L}+ )?(potporu|podršku)` },
  ],
  cooperation: [
    // Signing a treaty together: "Putin i Kim potpisali su sporazum".
    { pattern: `(?:potpisa(?:o|la|lo|li|le|ti)|potpisuju|potpisat će)(?= (?:\\S+ ){0,3}(?:ugovor|sporazum|deklaracij|memorandum))` },
    { pattern: "suradnj(a|e|i|u|om)" },
    { pattern: `surađiva${PAST}|surađuju|surađuje|surađivati` },
    { pattern: "partnerstv(o|a|u|om)" },
    { pattern: `(jačanj|produbljivanj|unaprjeđenj|unapređenj)(e|a|u|em) ${TIES}` },
    { pattern: `(jača|produblji|produbljiva|unaprijedi|ojača)(ti|ju|o|la|li|le|t će) ${TIES}` },
  ],
  praise: [
    { pattern: `pohvali${PAST}|pohvaliti|pohvaljuje|pohval(a|e|u|om|ama)` },
    // Not "po cijeni" (at a price): the locative of "cijena" is spelt like "cijeni" (appreciates).
    { pattern: notAfter("(?<!\\p{L})(?:po|pri|o|u|na) (?:\\p{L}+ )?", `cijeni${PAST}?`) },
    { pattern: "oda(o|la|li) (\\p{L}+ )?priznanje" },
    // Thanked: "zahvalio je Kimu" (not "zahvaljujući", owing to).
    { pattern: `zahvali${PAST}|zahvaliti|zahvaljuje|zahvaljuju|izrazi${PAST} zahvalnost` },
  ],
  visit: [
    // The noun only before its destination, a dative or "u"/"na" ("posjet Rusiji", "posjet u Pjongjang"): "posjet ministra" names the visitor.
    { pattern: notAfter(INVITED, `posjet(a|u|om|i|e)?${DESTINATION}`) },
    { pattern: notAfter(INVITED, `posjeti${PAST}|posjećuje|posjećuju|obiša(o|la|li|le)`) },
    { pattern: `doputova${PAST}|otputova${PAST}|stigao|stigla|stigli|boravi${PAST}|boravi` },
  ],
};
