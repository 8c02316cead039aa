/**
 * Korean relation triggers. Korean is verb-final (SOV): the trigger comes after
 * both arguments ("김정은 … 시진핑 국가주석과 정상회담을 했다"), so the nouns that
 * name the event are the triggers, each with the particles and 하다-forms that may
 * follow it on the same spaced word (a trigger must end at a word boundary).
 */
import type { RelationType } from "../../schema/result.js";
import type { TriggerPattern } from "../types.js";
import { PARTICLES } from "./inflection.js";

const P = PARTICLES.join("|");

/** A noun with the particle it may carry: "축전을", "친서에서". */
const noun = (stem: string) => `${stem}(?:${P})?`;

/** A verbal noun (…하다): "회담", "회담을", "회담했다", "회담하고", "회담한", "지지한다고". */
const verbal = (stem: string) => `${stem}(?:[하했한할함해합]\\p{L}*|${P})?`;

export const triggers: Partial<Record<RelationType, TriggerPattern[]>> = {
  meeting: [
    { pattern: verbal("(?:정상|단독|확대|양자)?회담") },
    { pattern: verbal("회동") },
    { pattern: verbal("접견") },
    // "공항에 나가 시 주석을 직접 영접했다": received him in person.
    { pattern: verbal("영접") },
    { pattern: verbal("면담") },
    { pattern: verbal("차담") },
    { pattern: verbal("전화\\s*통화") },
    { pattern: "만(?:나\\p{L}*|났\\p{L}*|난|날|남\\p{L}*)" },
    { pattern: "마주 앉\\p{L}*" },
  ],
  message: [
    { pattern: noun("축전"), kind: "congratulations" },
    { pattern: "축하(?:하\\p{L}*|했\\p{L}*|한)", kind: "congratulations" },
    { pattern: noun("(?:축하 )?(?:친서|서한|편지)"), kind: "letter" },
    { pattern: noun("(?:축하 )?메시지"), kind: "message" },
    { pattern: noun("(?:조전|조의|애도)"), kind: "condolences" },
    { pattern: noun("(?:답전|답신|회신|답장)"), kind: "reply" },
    { pattern: noun("(?:안부|연하장)"), kind: "greetings" },
  ],
  attendance: [{ pattern: verbal("(?:참석|참관|참가|출석)") }],
  support: [{ pattern: verbal("지지") }, { pattern: verbal("성원") }],
  cooperation: [
    { pattern: verbal("(?:군사|경제|안보|실질|전략)?협력") },
    { pattern: verbal("공조") },
    { pattern: verbal("협조") },
    { pattern: verbal("교류") },
    { pattern: "전략적 소통" + "(?:" + P + ")?" },
    { pattern: "관계를 (?:강화|발전|심화)\\p{L}*" },
    // Signing a treaty together: "조약에 서명했다", "협정을 체결했다".
    { pattern: `(?<=(?:조약|협정|선언|각서|합의문)(?:에|을|를)?\\s*)${verbal("(?:서명|체결)")}` },
  ],
  praise: [
    { pattern: "높이 평가\\p{L}*" },
    { pattern: verbal("(?:칭찬|찬양|치하|극찬|격찬|칭송)") },
    { pattern: noun("찬사") },
    { pattern: "감사(?:를|의|하\\p{L}*|했\\p{L}*|한)" },
    // "…에 사의를 표했다": expressed thanks.
    { pattern: "사의를 표\\p{L}*" },
  ],
  visit: [
    { pattern: verbal("(?:방문|도착)") },
    // 방 + a country's syllable: "방중" (a visit to China), "방북했다"; the syllable is the destination (see ./abbreviations.ts).
    { pattern: verbal("방(?:중|북|러|미|일|한)") },
    { pattern: "찾(?:은|았\\p{L}*|아|을)" },
  ],
};
