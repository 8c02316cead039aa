/**
 * English relation triggers: the words that state a relation, with their
 * inflected forms as alternatives. At one position the first listed pattern
 * wins, so longer phrases come before the words they start with.
 */
import type { RelationType } from "../../schema/result.js";
import type { TriggerPattern } from "../types.js";

/** How many days a visit lasts, before "-day": a number in digits or words. */
const DAYS = "(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|multi)";
/** Rest of the clause, for lookarounds. */
const CLAUSE = "[^.!?;]";
/** Nouns of ties between states and parties. */
const TIES = "(?:ties|relations|relationship|cooperation|partnership|friendship|coordination|alliance|exchanges|bonds)";
/** Verbs (and their nouns) that make ties closer. */
const STRENGTHEN =
  "(?:strengthen(?:s|ed|ing)?|strengthening of|deepen(?:s|ed|ing)?|deepening of|expand(?:s|ed|ing)?|expansion of|boost(?:s|ed|ing)?|enhanc(?:e|es|ed|ing)|enhancement of|develop(?:s|ed|ing)?|development of|consolidat(?:e|es|ed|ing)|promot(?:e|es|ed|ing)|advanc(?:e|es|ed|ing)|improv(?:e|es|ed|ing)|bolster(?:s|ed|ing)?|cement(?:s|ed|ing)?|upgrad(?:e|es|ed|ing)|elevat(?:e|es|ed|ing)|carry forward|carried forward)";

export const triggers: Partial<Record<RelationType, TriggerPattern[]>> = {
  meeting: [
    { pattern: "meeting(?=\\sof\\b)", agent: "after" },
    { pattern: "(?:was|were|being|been) (?:warmly )?(?:received|welcomed|greeted|met)(?=(?:\\s[^\\s.!?;,]+){0,4}\\sby\\b)", voice: "passive" },
    { pattern: "(?:held|hold|holds|holding|had|have|has) (?:\\S+ ){0,2}(?:talks|discussions|a meeting|meetings|a summit|a phone call|a telephone conversation|a conversation|a video call)" },
    // A headline's summit without its article ("Putin and Kim hold first summit"); the words between are
    // adjectives of the summit only: "has attended the G20 summit" states no meeting.
    { pattern: "(?:held|hold|holds|holding) (?:their |a )?(?:(?:first|second|third|fourth|fifth|historic|landmark|rare|bilateral|inaugural|surprise) )*summits?" },
    // "the meeting", "the talks" refer back to a meeting already stated; they state one only with the partner.
    { pattern: "met(?: with)?|meets?(?: with)?|meeting with|meetings?(?=\\sbetween\\b)|(?<!\\b(?:the|this|that|their|his|her|its)\\s)meetings?" },
    { pattern: "talks with|talked with|talked to|spoke with|spoke to|spoke by phone|phone call|telephone call|telephone conversation|phone conversation|video call|conversation with|summit with|summit talks|sat down with" },
    { pattern: "received|receives|hosted|hosts|hosting|welcomed|greeted|audience" },
  ],
  message: [
    { pattern: "congratulat(?:ed|es|e|ing|ions?|ory)", kind: "congratulations" },
    { pattern: "condolences?|condolence message", kind: "condolences" },
    { pattern: "greetings|greeting message|best wishes", kind: "greetings" },
    { pattern: "repl(?:y|ied|ies) to|replied|reply letter|reply message", kind: "reply" },
    { pattern: "letters?|wrote to|written to", kind: "letter" },
    { pattern: "messages?|telegrams?|sent word", kind: "message" },
  ],
  attendance: [
    { pattern: "(?:participation|attendance|presence)(?=\\sof\\b)", agent: "after" },
    { pattern: "(?:was|were) present at|(?:took|take|takes|taking) part in|participat(?:ed|es|e|ing) in|participation in|presence at" },
    { pattern: "attend(?:ed|s|ing)?|attendance at" },
  ],
  support: [
    { pattern: "(?:support|backing)(?=\\sof\\b)", agent: "after" },
    { pattern: "support(?:s|ed|ing)?|backing|backed|backs|endors(?:e|es|ed|ing)|stood by|stand by|stands by|solidarity with" },
  ],
  cooperation: [
    // Signing a treaty together: "Putin and Kim signed a treaty".
    { pattern: `sign(?:ed|s)(?= (?:\\S+ ){0,3}(?:treaty|agreement|accord|pact|declaration|memorandum|deal))` },
    { pattern: `(?:pledg(?:e|es|ed|ing)|vow(?:s|ed|ing)?|agre(?:e|es|ed|eing)|promis(?:e|es|ed|ing)|commit(?:s|ted|ting)?|resolv(?:e|es|ed)|reaffirm(?:s|ed|ing)?)(?=${CLAUSE}{0,60}\\b(?:${STRENGTHEN}|closer|stronger)\\s${CLAUSE}{0,30}\\b${TIES})` },
    { pattern: `(?:closer|stronger|deeper|enhanced|expanded|strengthened)\\s(?:\\S+\\s)?${TIES}` },
    // The tie noun after its verb ("develop the DPRK-China relations"), so that the parties before it are its arguments.
    { pattern: `${TIES}(?<=\\b${STRENGTHEN}\\s(?:the\\s|their\\s|bilateral\\s)?(?:[^\\s.!?;]+\\s){0,2}${TIES})` },
    { pattern: "cooperat(?:e|es|ed|ing) with|agreed to cooperate" },
  ],
  praise: [
    { pattern: "prais(?:e|ed|es|ing)|hail(?:s|ed|ing)?|appreciat(?:e|es|ed|ing)|commend(?:s|ed|ing)?|laud(?:s|ed|ing)?|applaud(?:s|ed|ing)?|thank(?:ed|ing)?|thanks(?!\\sto\\b)|paid tribute to|pays tribute to|paying tribute to|spoke highly of|speaks highly of" },
  ],
  visit: [
    { pattern: "(?:state |official |working )?visit(?=\\sof\\b)", agent: "after" },
    // The noun "visit" with its destination ("visit to"), not "the visit came ahead of …". Its length
    // is a number ("three-day", "3-day"): any word before "-day" made every word a possible start,
    // and took an opening bracket or quote into the trigger ("(three-day visit to").
    { pattern: `(?:state |official |working |first |historic |${DAYS}-day )?visit (?:to|in)|visit(?:s|ed|ing)|(?:would|will) visit|arriv(?:ed|es|ing|al) (?:in|at)|trip to|travel(?:l)?(?:ed|ing|s)? to|tour of|toured|flew to|landed in|came to` },
  ],
};
