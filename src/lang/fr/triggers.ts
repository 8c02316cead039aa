/**
 * French relation triggers: the words that state a relation, with their
 * inflected forms as alternatives. At one position the first listed pattern
 * wins, so longer phrases come before the words they start with.
 */
import type { RelationType } from "../../schema/result.js";
import type { TriggerPattern } from "../types.js";
import { notAfter } from "../trigger-patterns.js";

/** An apostrophe, straight or typographic. */
const APOS = "['’]";
/** Nouns of ties between states and parties. */
const TIES = "(?:coopération|collaboration|relations|liens|partenariat|amitié|coordination|alliance|échanges)";
/** Verbs that make ties closer, in the forms that state a pledge or an agreement. */
const STRENGTHEN =
  "(?:renforc(?:er|é|ée|és|ées|era|eront|ent|ant)|approfondi(?:r|ra|ront|t|s)?|développ(?:er|é|ée|és|ées|era|eront|ant)|élarg(?:ir|i|ie|ira|iront)|consolid(?:er|é|ée|era|eront)|intensifi(?:er|é|ée|era|eront)|resserr(?:er|é|és|era|eront)|promouvoir|promu|hisser|porter|élever|étendre|étendu)";

/** Nouns of a meeting (and "rencontre", also the verb: "Kim rencontre Poutine"). */
const MEETING_NOUN = "(?:rencontres?|entretiens?|pourparlers|discussions|tête-à-tête|conversation\\stéléphonique|entretien\\stéléphonique|visioconférences?|entretien\\sen\\svisioconférence)";

export const triggers: Partial<Record<RelationType, TriggerPattern[]>> = {
  meeting: [
    { pattern: "(?:a été|ont été|avait été|sera|fut|été) (?:chaleureusement )?(?:reçue?s?|accueillie?s?)(?= par\\b)", voice: "passive" },
    // Not the infinitives ("souhaite s'entretenir", "doivent se rencontrer"): an act still to come.
    { pattern: `(?:s${APOS}est|se sont|s${APOS}était|s${APOS}étaient|se sera|se seront) (?:entretenue?s?|rencontré(?:e|s|es)?|réuni(?:e|s|es)?)` },
    // "se retrouvent à Astana", "se sont retrouvés" (met up).
    { pattern: `(?:se |s${APOS}étaient |se sont )retrouv(?:ent|és|ées|ont|aient)` },
    { pattern: "rencontr(?:é|ée|és|ées|ent|era|eront|ait|aient|er|ant)|(?:s'est |se sont )?entretenu(?:e|s|es)?|sommet (?:avec|bilatéral)|échange de vues" },
    // A meeting noun after a definite article ("à l'issue des discussions", "cette rencontre") refers back to a meeting
    // already stated; it states one itself with its partner ("l'entretien avec Poutine") or its participants ("leur rencontre").
    { pattern: `${MEETING_NOUN}(?=\\s(?:avec|entre)\\b)` },
    { pattern: `(?<!\\b(?:l['’]|le\\s|la\\s|les\\s|cet\\s|cette\\s|ces\\s|du\\s|au\\s|aux\\s))${MEETING_NOUN}` },
    { pattern: "(?:a|ont|avait|avaient|aura|auront) reçu(?! (?:une|la|les|un|le|des) (?:lettre|lettres|message|messages|télégramme|réponse|invitation))|reçoit|reçoivent|recevra|recevront|recevait|accueilli(?:e|s|es)?(?= (?:à|au|par)\\b)" },
  ],
  message: [
    { pattern: "(?:lettre|message|télégramme) de (?:félicitations|vœux|voeux)|félicit(?:ations|é|ée|és|er|e|ent|ant)", kind: "congratulations" },
    { pattern: "(?:lettre|message|télégramme) de condoléances|condoléances", kind: "condolences" },
    { pattern: "salutations|vœux|voeux|message de salutation|souhait(?:e|é|ent|ait) (?:un )?(?:bon|joyeux) anniversaire", kind: "greetings" },
    { pattern: "réponse|répondu|répondant", kind: "reply" },
    { pattern: "lettres?|missive", kind: "letter" },
    { pattern: "messages?|télégrammes?", kind: "message" },
  ],
  attendance: [
    { pattern: "(?:a|ont|avait|avaient) pris part|prend(?:ra|ront)? part|particip(?:é|ait|aient|e|ent|era|eront|ant|ation)|assist(?:é|ait|aient|e|ent|era|eront|ant)(?= (?:à|au|aux)\\b)|présence (?:à|au|aux)" },
  ],
  support: [
    // Not "soutient que" (claims that).
    { pattern: "soutien(?:t|nent|dra|dront)(?!\\s(?:que|qu['’]))|soutiens?|souten(?:ir|u|ue|us|ues|ait|aient|ant)(?!\\s(?:que|qu['’]))|appui(?:e|ent|era|eront|é|ée|yer|yé|yant)?" },
  ],
  cooperation: [
    // Signing a treaty together: "Poutine et Kim ont signé un traité".
    { pattern: `sign(?:é|ée|és|ées|ent|ont|era|eront|èrent|ait|aient)(?= (?:\\S+ ){0,6}(?:traité|accord|pacte|déclaration|mémorandum))` },
    { pattern: `${STRENGTHEN}(?: davantage| encore)? (?:la |le |les |l${APOS}|leur |leurs |sa |ses |son )?(?:\\S+ )?${TIES}` },
    { pattern: "(?:plus )?étroite(?:s)? (?:coopération|collaboration|relations)|coopérer" },
  ],
  praise: [
    { pattern: "salu(?:é|ée|és|e|ent|ait|aient|ant)(?! (?:de la main|à)\\b)|(?:a|ont|avait) rendu hommage|rend(?:ent)? hommage|lou(?:é|ée|e|ent|ait)|remerci(?:é|ée|e|ent|ait|ant)|(?:a|ont) fait l'éloge|(?:a|ont) fait l’éloge|fait l'éloge|apprécié" },
  ],
  visit: [
    // "la visite d'État de M. Poutine en Chine": the visitor after the noun, then the destination; not a visit still
    // to come ("la préparation d'une visite de M. Poutine", "une prochaine visite").
    { pattern: notAfter("(?:préparation d['’]une|préparer une|prochaine|future|éventuelle|invitation à une) ", "visite(?: d['’]État| officielle| de travail)?(?= d(?:e|u|es) )"), agent: "after" },
    // The noun "visite" with its destination ("visite officielle en Chine"), not "la préparation d'une visite de M. Poutine".
    { pattern: "visite(?= (?:officielle |d'État |d’État |de travail |de \\S+ jours )?(?:à|en|au|aux)\\b)|visit(?:é|ée|ent|era|eront|ait|aient|ant)|(?:est |sont )?arrivée?s? (?:[^\\s.,;:!?]+ ){0,2}?(?:à|en|au)(?![\\p{L}\\p{N}])|arrivée (?:à|en|au)|(?:s'est |se sont |s’est )rend(?:u|ue|us|ues) (?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd'hui) )?(?:à|en|au)|se rend(?:ra|ront)? (?:à|en|au)|voyage (?:à|en|au)|séjour (?:à|en|au)|tournée (?:en|au|dans)" },
  ],
};
