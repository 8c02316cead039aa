/**
 * Serbian relation triggers in both scripts: written once in Latin (ekavian:
 * "poseta", "saradnja"), each pattern joined with its Cyrillic transliteration.
 * Verbs with their l-participles (-o/-la/-lo/-li/-le), nouns with their case forms.
 */
import type { RelationType } from "../../schema/result.js";
import type { TriggerPattern } from "../types.js";
import { patternToCyrillic } from "./inflection.js";
import { notAfter } from "../trigger-patterns.js";

/** l-participle endings after a stem in -a: sastao/sastala/sastalo/sastali/sastale ("sasta" + …). */
const PAST = "(o|la|lo|li|le)";
/** What follows a visit noun: "u"/"na" or a dative (-u, -i, -oj). */
const DESTINATION = "(?= (u|na|\\p{L}+(u|i|oj))(?!\\p{L}))";
/**
 * Objects of "strengthen/deepen": ties, relations, cooperation, partnership, friendship. One
 * "\p{L}*" after all the stems, not one after each: the same matches, and every "\p{L}" is
 * ~7 KB of the alternation's machine code and ~0.3 ms of its compiling (bench/RESULTS.md).
 */
/** After an invitation: "pozvao Kima da poseti Rusiju" (an invitation is no visit yet, as in Bulgarian). */
const INVITED = "pozva\\p{L}* (?:\\S+ ){0,3}(?:da )?";
/**
 * Infinitives ("sastati se", "prisustvovati", "posetiti") and the future "sastaće" are not
 * triggers of a meeting, an attendance or a visit: they follow "će", "treba", "planira",
 * "pozvao … da" — an act still to come, which the golds do not annotate.
 */
const TIES = "(\\p{L}+ ){0,2}(vez|odnos|saradnj|partnerstv|prijateljstv)\\p{L}*";

const latin: Partial<Record<RelationType, TriggerPattern[]>> = {
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
    { pattern: "(uručio|uručila|uručili|predao|predala|preneo|prenela|preneli) (\\p{L}+ )?pismo", kind: "letter", voice: "passive" },
    { pattern: "(uručio|uručila|uručili|predao|predala|preneo|prenela|preneli) (\\p{L}+ )?poruku", kind: "message", voice: "passive" },
    { pattern: "(uručio|uručila|uručili|predao|predala|preneo|prenela|preneli) (\\p{L}+ )?pozdrave", kind: "greetings", voice: "passive" },
    { pattern: "odgovor(a|u|om)? na (pismo|poruku|čestitk\\p{L}*)", kind: "reply" },
    { pattern: "pism(o|a|u|om|ima)", kind: "letter" },
    { pattern: "poruk(a|e|u|om|ama)|poruci", kind: "message" },
    { pattern: `čestita${PAST}|čestita|čestitaju|čestitati|čestitk(a|e|u|om|ama)|čestitki`, kind: "congratulations" },
    { pattern: "pozdrav(e|i|a|ima)", kind: "greetings" },
    { pattern: "saučešć(e|a|u|em)", kind: "condolences" },
  ],
  attendance: [
    { pattern: `prisustvova${PAST}|prisustvuje|prisustvuju` },
    { pattern: `učestvova${PAST}|učestvuje|učestvuju` },
  ],
  support: [
    { pattern: `podržava${PAST}?|podržavaju|podržao|podržala|podržali|podržati` },
    // "izrazio podršku Moskvi": a dative follows; "podrška Pjongjanga" names the supporter, so the bare noun is no trigger.
    { pattern: `((izrazi|pruži)${PAST}?|dao|dala|dali) (\\p{L}+ )?(podršku|potporu)` },
  ],
  cooperation: [
    // Signing a treaty together: "Putin i Kim potpisali su sporazum".
    { pattern: `potpisa(o|la|lo|li|le|ti)(?= (\\S+ ){0,3}(ugovor|sporazum|deklaracij|memorandum))` },
    { pattern: "saradnj(a|e|i|u|om)" },
    { pattern: `sarađiva${PAST}|sarađuju|sarađuje|sarađivati` },
    { pattern: "partnerstv(o|a|u|om)" },
    { pattern: `(jačanj|produbljivanj|unapređenj)(e|a|u|em) ${TIES}` },
    { pattern: `(jača|produbi|produbljiva|unapredi|ojača)(ti|ju|o|la|li|le|će) ${TIES}` },
  ],
  praise: [
    { pattern: `pohvali${PAST}|pohvaliti|pohvaljuje|pohval(a|e|u|om|ama)` },
    // Not "po ceni" (at a price): the locative of "cena" is spelt like "ceni" (appreciates).
    { pattern: notAfter("(?<!\\p{L})(?:po|pri|o|u|na) (?:\\p{L}+ )?", `ceni${PAST}?`) },
    { pattern: "oda(o|la|li) (\\p{L}+ )?priznanje" },
    // Thanked: "zahvalio je Kimu" (not "zahvaljujući", owing to).
    { pattern: `zahvali${PAST}|zahvaliti|zahvaljuje|zahvaljuju|izrazi${PAST} zahvalnost` },
  ],
  visit: [
    // The noun only before its destination, a dative or "u"/"na" ("poseta Rusiji", "posetu Pekingu"): "poseta ministra" names the visitor.
    { pattern: notAfter(INVITED, `poset(a|e|i|u|om)${DESTINATION}`) },
    { pattern: notAfter(INVITED, `poseti${PAST}|posećuje|posećuju|obiša(o|la|li|le)`) },
    { pattern: `doputova${PAST}|otputova${PAST}|stigao|stigla|stigli|boravi${PAST}|boravi` },
  ],
};

let both: Partial<Record<RelationType, TriggerPattern[]>> | undefined;

/**
 * Every pattern in Latin and in Cyrillic script, transliterated at first use (at
 * import it cost every user a few milliseconds, Serbian text or not).
 * @example serbianTriggers().meeting!.some((p) => p.pattern.startsWith("састан"))
 */
export function serbianTriggers(): Partial<Record<RelationType, TriggerPattern[]>> {
  both ??= Object.fromEntries(Object.entries(latin).map(([type, patterns]) => [type, patterns.flatMap((p) => [p, { ...p, pattern: patternToCyrillic(p.pattern) }])]));
  return both;
}
