/**
 * German relation triggers: the words that state a relation, with their
 * inflected forms as alternatives. At one position the first listed pattern
 * wins, so longer phrases come before the words they start with. German puts
 * the participle last ("haben sich in Peking getroffen"); where the object
 * stands before such a verb, the trigger is the preposition that introduces it
 * and a lookahead checks the verb ("an der Parade teilgenommen").
 */
import type { RelationType } from "../../schema/result.js";
import type { TriggerPattern } from "../types.js";

/** Rest of the sentence (no sentence-final punctuation), for lookaheads and lookbehinds. */
const CLAUSE = "[^.!?;]";
/** Nouns of ties between states and parties. */
const TIES = "(?:Beziehungen|Verbindungen|Bande|Zusammenarbeit|Kooperation|Partnerschaft|Freundschaft|Koordination|Zusammenhalt|Allianz|Bündnis)";
/** Verbs that make ties closer: stärken, ausbauen, vertiefen … in their common forms. */
const STRENGTHEN =
  "(?:zu\\s)?(?:stärken|gestärkt|stärkten?|auszubauen|ausbauen|ausgebaut|vertiefen|vertieft|vertieften|zu\\svertiefen|festigen|gefestigt|verbessern|verbessert|entwickeln|weiterzuentwickeln|weiterentwickeln|intensivieren|intensiviert|fördern|gefördert|ausweiten|auszuweiten|ausgeweitet)";
/** The separable particle of "traf … in Pjöngjang ein" (arrived) closing the clause. */
const ARRIVED = "[^.!?;,]{0,80}\\sein\\s*[.,;:!?]";
/** Nouns of a meeting. */
const MEETING_NOUN =
  "(?:Treffens?|Zusammentreffens?|Gipfeltreffens?|Gipfel|Spitzentreffens?|Gespräch(?:e|en|s)?|Gesprächsrunde|Unterredung(?:en)?|Verhandlungen|Telefonat(?:e|en|s)?|Telefongespräch(?:e|en|s)?|Videokonferenz(?:en)?|Videoschalte|Videotelefonat(?:e|en|s)?|Videogespräch(?:e|en|s)?)";
/** Nouns after which "getroffen" is "made" (a decision), not "met". */
const NOT_MET = "(?:Entscheidung|Entscheidungen|Vereinbarung|Vereinbarungen|Maßnahmen|Vorkehrungen|Absprachen?|Abmachung|Auswahl|Wahl|Feststellung|Aussagen?|Regelungen?|Vorbereitungen|schwer|hart|stark|besonders|Sanktionen)";

export const triggers: Partial<Record<RelationType, TriggerPattern[]>> = {
  meeting: [
    { pattern: "(?:traf|trafen|trifft|treffen|träfen) sich" },
    // Literal first, then the look back: the regex engine tries the lookbehind only where "getroffen" stands.
    { pattern: `getroffen(?<=\\bsich\\s${CLAUSE}{0,80}getroffen)` },
    { pattern: `getroffen(?<!${NOT_MET}\\sgetroffen)(?<=\\b(?:hat|hatte|haben|hatten|habe|hätten)\\s${CLAUSE}{0,80}getroffen)` },
    // "traf … ein" is "arrived" (visit).
    { pattern: `(?:traf|trafen|trifft)(?!${ARRIVED})` },
    // A meeting noun after a definite article ("bei dem Treffen", "nach den Gesprächen") refers back to a meeting
    // already stated; it states one itself only with its partner ("dem Treffen mit Xi").
    { pattern: `${MEETING_NOUN}(?=\\s(?:mit|zwischen)\\b)` },
    { pattern: `(?<!\\b(?:das|die|der|dem|den|des|dieses|diese|dieser|diesem|diesen)\\s)${MEETING_NOUN}` },
    { pattern: `(?:sprach|sprachen|spricht|gesprochen|telefonierte|telefonierten|telefoniert|beriet|berieten|beraten)(?=\\s${CLAUSE}{0,40}\\bmit\\b)` },
    // Verb-final: "Trump hatte am Freitag mit Xi telefoniert", the partner before the participle (literal first, then the look back).
    { pattern: `(?:telefoniert|gesprochen)(?<=\\bmit\\s${CLAUSE}{0,40}(?:telefoniert|gesprochen))` },
    // "Xi und Putin beraten per Video", "berieten telefonisch".
    { pattern: "(?:beraten|berieten)(?=\\s(?:per|telefonisch|am Telefon)\\b)" },
    { pattern: "empfing|empfingen|empfängt|empfangen|zusammengekommen|zusammengetroffen|kam(?:en)?\\s(?:\\S+\\s){0,3}zusammen" },
  ],
  message: [
    { pattern: "Glückwunsch(?:schreiben|botschaft|telegramm|brief)(?:s|e|en)?|Glückwünsche|Glückwünschen|gratulierte|gratulierten|gratuliert|beglückwünschte|beglückwünschten|beglückwünscht", kind: "congratulations" },
    { pattern: "(?:Beileids|Kondolenz)(?:schreiben|botschaft|telegramm)(?:s|e|en)?|Beileid|Kondolenz", kind: "condolences" },
    { pattern: "Grußbotschaft(?:en)?|Grüße|Grüßen|Grußwort(?:e|en)?", kind: "greetings" },
    { pattern: "Antwortschreiben|Antwortbrief|antwortete|antworteten", kind: "reply" },
    { pattern: "Brief(?:e|en|es|s)?|Schreiben|Schreibens", kind: "letter" },
    // Not "die Botschaft in Pjöngjang" (the embassy).
    { pattern: "Botschaft(?:en)?(?!\\s(?:in|im)\\b)|Nachricht(?:en)?\\san|Telegramm(?:e|en|s)?", kind: "message" },
  ],
  attendance: [
    { pattern: "Teilnahme(?=\\s(?:des|der|von|vom)\\b)", agent: "after" },
    { pattern: `(?:an|am|an\\sden|an\\sder|an\\sdem)(?=\\s${CLAUSE}{1,120}?\\bteil(?:genommen|nahm|nahmen|nehmen|zunehmen|nimmt)?\\b)` },
    { pattern: "Teilnahme|teilgenommen|teilnahm|teilnahmen|teilzunehmen|teilnehmen|anwesend|beigewohnt|beiwohnten|beiwohnte" },
  ],
  support: [
    { pattern: "Unterstützung(?=\\s(?:des|der|von|vom)\\b)", agent: "after" },
    { pattern: "unterstützt|unterstützte|unterstützten|unterstützen|unterstütze|unterstützend|Unterstützung|befürwortet|befürwortete|befürworteten|Rückendeckung|Rückhalt" },
  ],
  cooperation: [
    // Signing a treaty together: "Putin und Kim unterzeichneten einen Vertrag".
    { pattern: `unterzeichne(?:te|ten|t)` },
    { pattern: `(?:verpflichten|verpflichtet|verpflichtete|verpflichteten|versprachen|versprach|versprochen|vereinbarten|vereinbarte|vereinbart|bekräftigten|bekräftigte|bekundeten|bekundete)(?:\\ssich)?(?=${CLAUSE}{0,100}\\b${TIES})` },
    { pattern: `(?:enge|engere|engeren|enger|stärkere|stärkeren|verstärkte|verstärkten|bessere|besseren)\\s${TIES}` },
    { pattern: `${TIES}(?=(?:\\s\\S+){0,6}?\\s${STRENGTHEN}\\b)` },
    { pattern: `(?:stärken|ausbauen|vertiefen|festigen|intensivieren|verbessern)(?=\\s(?:\\S+\\s){0,3}${TIES})` },
  ],
  praise: [
    { pattern: "lobte|lobten|lobt|gelobt|würdigte|würdigten|würdigt|gewürdigt|pries|priesen|gepriesen|dankte|dankten|dankt|gedankt|bedankte|bedankten|Lob|würdigend" },
  ],
  visit: [
    { pattern: "(?:Staats|Arbeits)?[Bb]esuch(?:s|es)?(?=\\s(?:des|der|von|vom|eines|einer)\\b)", agent: "after" },
    { pattern: `(?:traf|trafen|trifft)(?=${ARRIVED})` },
    // A verb that closes its clause has its destination before it ("die … Länder besuchten,"): only the verb-second forms.
    { pattern: "(?:besuchte|besuchten|besucht|besuchen|bereiste|bereisten|reiste|reisten|reist|flog|flogen)(?!\\s*[,.;:!?])" },
    { pattern: `(?:in|im|nach)(?=\\s${CLAUSE}{1,60}?\\b(?:eingetroffen|angekommen|gereist|geflogen|gekommen)\\b)` },
    // The noun with its destination or visitor ("Besuch in Nordkorea", "Besuch eines chinesischen Regierungschefs"), not "Anlass des Besuchs".
    { pattern: "(?:Staats|Arbeits|Freundschafts)?(?:besuch|besuche|besuchen)(?=\\s(?:in|im|nach|bei|beim|eines|einer|des|der|von|vom|auf)\\b)|Staatsbesuch|Arbeitsbesuch|Reise(?=\\s(?:nach|in|zu)\\b)|Visite|Ankunft|Aufenthalt(?:s|es)?(?=\\s(?:in|im)\\b)" },
  ],
};
