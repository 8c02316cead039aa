/**
 * Italian relation triggers: the words that state a relation, with their
 * inflected forms as alternatives. At one position the first listed pattern
 * wins, so longer phrases come before the words they start with.
 */
import type { RelationType } from "../../schema/result.js";
import type { TriggerPattern } from "../types.js";

/** Rest of the clause, for lookarounds. */
const CLAUSE = "[^.!?;]";
/** Nouns of ties between states and parties. */
const TIES = "(?:cooperazione|collaborazione|relazioni|rapporti|legami|amicizia|partenariato|partnership|coordinamento|alleanza|scambi)";
/** Verbs that make ties closer, in the forms that state a pledge or an agreement (infinitive, participle, future). */
const STRENGTHEN =
  "(?:rafforza(?:re|to|ta|ti|te|rà|ranno|no)|approfondi(?:re|to|ta|ti|te|rà|ranno|scono)|amplia(?:re|to|ta|ti|te|rà|ranno|no)|svilupp(?:are|ato|ata|ati|ate|erà|eranno|ano)|consolida(?:re|to|ta|ti|te|rà|ranno|no)|potenzia(?:re|to|ta|ti|te|rà|ranno)|intensifica(?:re|to|ta|ti|te)|intensificherà|promuovere|promosso|espandere|espanso|stringere|stretto|portare|elevare)";

/** Nouns of a meeting. */
const MEETING_NOUN = "(?:incontr[oi]|colloqui(?:o)?(?:\\stelefonic[oi])?|telefonata|conversazione\\stelefonica|videoconferenz[ae]|videochiamat[ae]|colloquio\\sin\\svideoconferenza)";

/** A day word between "arrivato" and its destination ("è arrivato venerdì a Harbin"). */
const WHEN = "(?:(?:lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|ieri|oggi|stamani|stamattina|stasera|stanotte) )?";

export const triggers: Partial<Record<RelationType, TriggerPattern[]>> = {
  meeting: [
    { pattern: "incontro(?=\\s(?:di|del|della|dello|dell['’]))", agent: "after" },
    // Received or welcomed by someone, a place between ("era stato accolto all'aeroporto da Kim").
    { pattern: "(?:è|è stato|è stata|sono stati|sono state|era stato|era stata|fu) (?:ricevut|accolt)[oaie](?= (?:[^\\s.!?;,]+ ){0,3}?(?:da|dal|dalla)\\b)", voice: "passive" },
    { pattern: "(?:ha|hanno|aveva|avevano|avrà|avranno) (?:\\S+ ){0,2}(?:tenuto|avuto) (?:\\S+ ){0,2}(?:colloqui|colloquio|un incontro|incontri|un vertice|una conversazione|un colloquio telefonico|una telefonata)" },
    { pattern: "(?:si )?(?:sono|è|erano|era) incontrat[oaie]|incontrat[oaie]|incontr(?:a|ano|ò|arono|are|erà|eranno|ava|avano|erebbe)" },
    // A meeting noun after a definite article ("l'incontro si è svolto", "dopo i colloqui") refers back to a meeting
    // already stated; it states one itself with its partner ("l'incontro con Putin") or its participants ("il loro incontro").
    { pattern: `${MEETING_NOUN}(?=\\s(?:con|col|tra|fra)\\b)` },
    { pattern: `(?<!\\b(?:l['’]|il\\s|i\\s|lo\\s|gli\\s|dell['’]|del\\s|dei\\s|degli\\s|nell['’]|nel\\s|nei\\s|all['’]|al\\s|ai\\s|dall['’]|dal\\s|dai\\s|quell['’]|quest['’]|questo\\s|questi\\s))(?<!(?:ven\\S*|vien\\S*|andare|andato|andati|vanno|va)\\s)${MEETING_NOUN}(?!\\s(?:a|ad|alle|ai)\\s(?:esigenze|richieste|bisogni)\\b)` },
    { pattern: "vertice (?:con|bilaterale)|scambio di (?:opinioni|vedute)|faccia a faccia" },
    { pattern: "ricevut[oaie](?! (?:una|la|le|un|il|i) (?:lettera|lettere|messaggio|messaggi|telegramma|risposta|notizia|invito))|ricev(?:e|ono|ette|ettero|erà|eranno)(?! (?:una|la|le|un|il|i) (?:lettera|lettere|messaggio|messaggi|telegramma|risposta|notizia|invito))" },
    { pattern: "(?:hanno|ha|abbiano) discusso|discuteranno|discutere con|discusso con" },
  ],
  message: [
    { pattern: "(?:lettera|messaggio|telegramma) di (?:congratulazioni|felicitazioni|auguri)|congratulazioni|felicitazioni|congratulat[oaie]|congratul(?:a|ano|ò|arsi|andosi)|messaggio di congratulazioni", kind: "congratulations" },
    { pattern: "(?:lettera|messaggio|telegramma) di (?:condoglianze|cordoglio)|condoglianze|cordoglio", kind: "condolences" },
    { pattern: "saluti|auguri|messaggio di saluto", kind: "greetings" },
    { pattern: "risposta|ha risposto|rispondendo", kind: "reply" },
    { pattern: "letter[ae]", kind: "letter" },
    { pattern: "messaggi(?:o)?|telegramm[ai]", kind: "message" },
  ],
  attendance: [
    { pattern: "(?:partecipazione|presenza)(?=\\s(?:di|del|della|dello|dell['’]))", agent: "after" },
    { pattern: "(?:ha|hanno|aveva|avevano) preso parte|prende(?:ranno|rà)? parte|partecipat[oaie]|partecip(?:a|ano|ò|arono|are|erà|eranno|ava|avano)|partecipazione|(?:ha|hanno) assistito|assist(?:e|ono|ette|ettero|erà|eranno)|presenziat[oaie]|presenzi(?:a|ano|ò)|presenza" },
  ],
  support: [
    { pattern: "(?:sostegno|appoggio)(?=\\s(?:di|del|della|dello|dell['’]))", agent: "after" },
    // Not "sostiene che" (claims that).
    { pattern: "(?:sosten(?:ere|uto|uta|uti|ute|go|gono|ne|eva|evano|endo)|sostien(?:e|i)|sosterr(?:à|anno|ebbe|ebbero))(?!\\s(?:che|di)\\b)|sostegno|appogg(?:io|ia|iano|iato|iata|iare|erà|eranno|iò)|support(?:o|are|ato|a|ano)" },
  ],
  cooperation: [
    // Signing a treaty together: "Putin e Kim hanno firmato un trattato".
    { pattern: `(?:firm(?:ano|ato|ata|ati|ò|arono|eranno|erà)|sottoscritt[oaie]|sottoscri(?:vono|ve|sse|ssero))(?= (?:\\S+ ){0,5}(?:trattat|accord|patto|dichiarazion|memorandum|intesa))` },
    { pattern: `${STRENGTHEN}(?: ulteriormente)? (?:la |le |il |i |gli |l'|l’)?(?:\\S+ )?${TIES}` },
    { pattern: "(?:più )?strett[aie] (?:cooperazione|collaborazione|relazioni|legami)|cooperare" },
  ],
  praise: [
    { pattern: "apprezzat[oaie]|apprezz(?:a|ano|ò|arono)|elogiat[oaie]|elogi(?:a|ano|ò|arono)|lodat[oaie]|lod(?:a|ano|ò|arono)|ringraziat[oaie]|ringrazi(?:a|ano|ò|arono)|(?:ha|hanno) reso omaggio|plaudito|encomiat[oaie]" },
  ],
  visit: [
    { pattern: "visita(?=\\s(?:di|del|della|dello|dell['’]))", agent: "after" },
    // The noun with its destination ("visita di quattro giorni in Cina"), not "la visita di Choe arriva …".
    { pattern: `(?:in )?visita(?= (?:ufficiale |di Stato |di lavoro |lampo |di (?:\\S+ )?giorn[oi] )?(?:a|in|al|allo|alla|nel|nella|negli)\\b)|visit(?:ato|ata|ò|arono|erà|eranno)|(?:è|sono) (?:arrivat[oaie]|giunt[oaie]) ${WHEN}(?:a|in|nel|nella)|arriv(?:ato|ata|ati|ò|arono|o) ${WHEN}(?:a|in)|viaggio (?:a|in)|trasferta (?:a|in)|(?:si è|si sono) recat[oaie]|atterrat[oaie] (?:a|in|nel|nella|all['’]|al)|volat[oaie] (?:a|in)|(?:ri)?partit[oaie] (?:per|alla volta di)` },
  ],
};
