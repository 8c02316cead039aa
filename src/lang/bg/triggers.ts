/**
 * Bulgarian relation triggers: the words that state a relation, with their
 * forms as alternatives (Bulgarian verbs inflect for person and tense, nouns
 * take the article). At one position the first listed pattern wins, so fixed
 * phrases ("взе участие") come before the words they start with. Articled
 * meeting nouns ("по време на разговорите") refer back to talks already
 * reported and do not state a new meeting.
 */
import type { RelationType } from "../../schema/result.js";
import type { TriggerPattern } from "../types.js";
import { notAfter } from "../trigger-patterns.js";

/** Aorist and present endings of a verb stem in -а/-и: "срещна" + "", "ха", "л", "ла", "ли". */
const AORIST = "(?:|ха|л|ла|ло|ли)";
/** After an invitation: "покани Путин да посети", "поканата да посети". */
const INVITED = `покан\\p{L}* (?:\\S+ ){0,3}(?:да )?`;
/** Verbs of sending a message. */
const SEND = `(?:изпрати${AORIST}|изпраща(?:|т|ше)|отправи${AORIST}|адресира${AORIST})`;

export const triggers: Partial<Record<RelationType, TriggerPattern[]>> = {
  attendance: [
    { pattern: `присъстви(?:е|ето)|участие(?:то)?`, agent: "after" },
    { pattern: `(?:взе${AORIST}|взима(?:|т)|вземе|вземат|участва${AORIST}|участват) участие` },
    { pattern: `присъств(?:ие|ието|а|ат|аше|аха|ал|ала|али|ала)|участва(?:т|ше|ха|л|ла|ли)?|участие(?:то)?` },
    { pattern: `посети${AORIST}(?= (?:\\p{L}+ )?(?:парад|церемони|тържеств|чествани|събити|форум|среща на върха|изложб|концерт|погребени))` },
  ],
  meeting: [
    { pattern: `срещ(?:а|ата)(?! на върха)`, agent: "after" },
    { pattern: `(?:проведе${AORIST}|провежда(?:|т|ха)|проведат) (?:телефонни |телефонен )?(?:разговори|преговори|среща|срещи|разговор)` },
    { pattern: `(?:се )?срещна${AORIST}(?: се)?|(?:се )?среща(?:т|ше|ха)? се|срещ(?:а|и)|разговор(?:и)? на чай|разговор(?:и)?|преговори|беседва${AORIST}|беседа|(?:видеоконференци(?:я|ята|и)|видеовръзка(?:та)?|видеоразговор(?:а|и)?)(?= с(?:ъс)? )|телефонен разговор` },
    { pattern: `прие${AORIST}(?! (?:решени|закон|резолюци|декларац|документ|поправк|бюджет|програм|план|мерки|участие))`, voice: "active" },
    // Welcomed: "Путин посрещна Ким Чен Ун на космодрума".
    { pattern: `посрещна${AORIST}|посреща(?:|т|ше|ха)` },
    { pattern: `(?:беше|бе|бяха|е|са) приет(?:|а|и)`, voice: "passive" },
  ],
  message: [
    // A verb of sending before its recipient ("изпрати на Ким поздравително писмо"): the noun after it gives the kind.
    { pattern: `${SEND}(?=[^.!?]{0,60}(?:поздравителн|поздравлени))`, kind: "congratulations" },
    { pattern: `${SEND}(?=[^.!?]{0,60}съболезновани)`, kind: "condolences" },
    { pattern: `${SEND}(?=[^.!?]{0,60}(?:писм|телеграм))`, kind: "letter" },
    { pattern: `${SEND}(?=[^.!?]{0,60}послани)`, kind: "message" },
    { pattern: `(?:предаде${AORIST}|предаде|предава(?:|т))(?=[^.!?]{0,60}(?:поздрав|пожелани|послание|писмо))`, kind: "greetings" },
    { pattern: `поздравителн(?:о|ото|а|ата) (?:писмо|послание|телеграма)|поздравлени(?:е|ето|я|ята)|поздрави(?:ха|л|ла|ли)? за`, kind: "congratulations" },
    { pattern: `съболезновани(?:е|ето|я|ята)`, kind: "condolences" },
    { pattern: `отговор(?:а|ът)?(?= на (?:писм|послани|поздрав))`, kind: "reply" },
    { pattern: `писм(?:о|ото|а|ата)|телеграм(?:а|ата|и)`, kind: "letter" },
    { pattern: `послани(?:е|ето|я|ята)`, kind: "message" },
    // Greetings as a bare noun; "пожелания" (wishes) only after a verb of passing on (above): alone it is too common.
    { pattern: `поздрав(?:и|ите)?`, kind: "greetings" },
  ],
  support: [
    { pattern: `подкрепа(?:та)?`, agent: "after" },
    { pattern: `(?:изрази${AORIST}|изразява(?:|т)|оказ(?:а|ва|ват)) (?:\\p{L}+ )?подкрепа(?:та)?` },
    { pattern: `подкреп(?:а|ата|и|иха|ил|ила|или|я|ят|ям|яме|яше|яха)|одобри(?:ха)?` },
  ],
  cooperation: [
    // Signing a treaty together (not a contract, a purchase): "Путин и Ким Чен Ун подписаха договор".
    { pattern: `подписа${AORIST}(?!(?: \\S+){0,3} контракт)` },
    {
      pattern: `засил(?:и|ят|ва|ват|ване)(?: (?:\\p{L}+ )?координация(?:та)?|(?= (?:\\p{L}+ )?(?:обмена|сътрудничеството|връзките|отношенията|комуникацията|взаимодействието|партньорството|диалога|доверието)))`,
    },
    {
      pattern: `(?:консолидира(?:|т|ме)|укрепва(?:|т|ме)|укрепи(?:|ха|ят)|развива(?:|т|ме)|задълбочава(?:|т|ме)|разширява(?:|т|ме))(?: и (?:развива(?:|т|ме)|укрепва(?:|т|ме)|задълбочава(?:|т|ме)|разширява(?:|т|ме)))?(?= (?:\\p{L}+ )?(?:връзки|връзките|отношения|отношенията|отношенията си|сътрудничеството|сътрудничество|приятелството|партньорството))`,
    },
    { pattern: `сътрудничество(?:то)?|сътруднича(?:т|ха|ме)?|координация(?:та)?|взаимодействие(?:то)?` },
    // A closer partnership promised or deepened: "обещаха по-тясно партньорство", "за задълбочаване на партньорството".
    { pattern: `по-(?:тясно|дълбоко|здраво) (?:\\p{L}+ )?партньорство(?:то)?|задълбочаване(?:то)? на (?:\\p{L}+ )?(?:партньорството|отношенията|връзките|сътрудничеството)` },
  ],
  praise: [
    { pattern: `високо оцен(?:и|иха|ява|яват)|висока оценка` },
    { pattern: `приветства(?:|т|ше|ха|л|ла|ли)|оценява(?:|т|ше)|похвали${AORIST}|благодари${AORIST}|изрази${AORIST} благодарност` },
  ],
  visit: [
    { pattern: `посещени(?:е|ето)|визит(?:а|ата)`, agent: "after" },
    { pattern: `(?:пристигна${AORIST}|пристига(?:|т)|отлетя|долетя${AORIST}) (?:на (?:\\p{L}+ )?посещение )?(?:в|във|на)` },
    // Not an invitation: "Ким покани Путин да посети Северна Корея".
    { pattern: notAfter(INVITED, `посещени(?:е|ето|я)|посети${AORIST}|визит(?:а|ата|и|ите)|посещава(?:|т)`) },
  ],
};
