/**
 * Slovenian relation triggers (position relations come from titles). Verbs are
 * written with their past participles (-l, -la, -lo, -li, -le) and present
 * forms; nouns with their case forms. "\p{L}*" rather than "\w*": \w is ASCII only.
 */
import type { RelationType } from "../../schema/result.js";
import type { TriggerPattern } from "../types.js";
import { notAfter } from "../trigger-patterns.js";

/** Past participle endings of a verb stem ending in -l: sestal, sestala, sestalo, sestali, sestale. */
const PAST = "(a|o|i|e)?";

export const triggers: Partial<Record<RelationType, TriggerPattern[]>> = {
  meeting: [
    { pattern: `sestal${PAST}` },
    { pattern: "sestane(ta|jo)?|sestati" },
    { pattern: "sestan(ek|ka|ku|kom|ki|kov|kih)" },
    { pattern: `srečal${PAST}` },
    { pattern: "srečanj(e|a|u|em|i|ih)" },
    { pattern: "(videokonferenc(a|e|i|o)|video[- ]?klic(a|u|em)?)(?= (z|s) )" },
    { pattern: `pogovarjal${PAST}|pogovarja(ta|jo)` },
    { pattern: `pogovoril${PAST}` },
    { pattern: "(telefonsk\\p{L}* )?pogovor(i|e|ih|u|a|om)?(?= (z|s) )" },
    { pattern: `sprejel${PAST}|sprejme(ta|jo)?` },
  ],
  message: [
    // "Šojgu je Kimu izročil pismo Putina": the recipient (dative) precedes, the sender (genitive) follows.
    { pattern: `(izročil|predal|prenesel)${PAST} (\\p{L}+ )?pismo`, kind: "letter", voice: "passive" },
    { pattern: `(izročil|predal|prenesel)${PAST} (\\p{L}+ )?sporočilo`, kind: "message", voice: "passive" },
    { pattern: `(izročil|predal|prenesel)${PAST} (\\p{L}+ )?pozdrave`, kind: "greetings", voice: "passive" },
    { pattern: `(izročil|predal|prenesel)${PAST} (\\p{L}+ )?čestitke`, kind: "congratulations", voice: "passive" },
    { pattern: "odgovor(a|u|om)? na (pismo|sporočilo|čestitk\\p{L}*)", kind: "reply" },
    { pattern: "pism(o|a|u|om|i|ih)", kind: "letter" },
    { pattern: `poslal${PAST} (\\p{L}+ )?sporočilo|sporočil(u|om)|poslanic(a|e|i|o)`, kind: "message" },
    { pattern: `čestital${PAST}|čestita(ta|jo)?|čestitk(a|e|i|o|ah|ami|am)`, kind: "congratulations" },
    { pattern: "pozdrav(e|i|ov|ih)", kind: "greetings" },
    { pattern: `sožalj(e|a|u|em)|izrazil${PAST} sožalje`, kind: "condolences" },
  ],
  attendance: [
    { pattern: `udeležil${PAST}|udeleži(ta|jo)?|udeležb(a|e|i|o)` },
    { pattern: `prisostvoval${PAST}|prisostvuje(ta|jo)?` },
    { pattern: `bil${PAST} (navzoč|prisot)\\p{L}*` },
  ],
  support: [
    { pattern: "podpira(l|la|lo|li|le|ta|jo|mo)?" },
    { pattern: `podprl${PAST}|podpre(ta|jo)?` },
    // "izrazil podporo Rusiji" (a dative follows); "podpora Pjongjanga" names the supporter, so the bare noun is no trigger.
    { pattern: `(izrazil|izrekel|zagotovil|ponudil)${PAST} (\\p{L}+ )?podporo` },
  ],
  cooperation: [
    // Signing a treaty together: "Putin in Kim sta podpisala pogodbo".
    { pattern: `podpisa(?:l|la|lo|li|le|ti)(?= (?:\\S+ ){0,3}(?:pogodb|sporazum|deklaracij|memorand))` },
    { pattern: "sodelovanj(e|a|u|em|i)" },
    { pattern: `sodeloval${PAST}|sodeluje(ta|jo)?` },
    { pattern: "partnerstv(o|a|u|om)" },
    { pattern: "(krepi|okrepi|poglobi)(ti|tev|tve|tvi|ta|jo|l|la|lo|li|le)? (\\p{L}+ ){0,2}(vez|vezi|(odnos|prijateljstv|sodelovanj|partnerstv)\\p{L}*)" },
    { pattern: "usklajevanj(e|a|u|em)" },
  ],
  praise: [
    { pattern: `pohvalil${PAST}|pohvali(ta|jo)?|pohval(a|e|i|o)` },
    { pattern: `hvalil${PAST}` },
    // Not "po ceni" (at a price): the locative of "cena" is spelt like "ceni" (appreciates).
    { pattern: notAfter("(?<!\\p{L})(?:po|pri|o|v) (?:\\p{L}+ )?", "ceni(?:l|la|lo|li|le|ta|jo)?") },
    { pattern: `izrazil${PAST} (\\p{L}+ )?priznanje|(izrekel|izrekla|izrekli) (\\p{L}+ )?priznanje` },
  ],
  visit: [
    // The noun only with its destination ("na obisku na Kitajskem", "obisk v Pjongjangu"): "obisk ministra" names the visitor.
    { pattern: "obisk(a|u|om|i|ih)?(?= (v|na) )" },
    { pattern: `obiskal${PAST}|obišč(e|eta|ejo)|obiskati` },
    { pattern: `prispel${PAST}|pripotoval${PAST}|odpotoval${PAST}|gostoval${PAST}|dopotoval${PAST}` },
  ],
};
