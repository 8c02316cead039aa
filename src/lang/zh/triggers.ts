/**
 * Chinese relation triggers. Chinese is verb-medial like English for most of
 * them ("习近平同金正恩举行会谈", "抵达平壤", "致贺电"); a trigger is a word of
 * two or more characters, never a single one ("信" is in "相信", "访" in "访问").
 */
import type { RelationType } from "../../schema/result.js";
import type { TriggerPattern } from "../types.js";
import { notAfter } from "../trigger-patterns.js";

/** After "将" (will), ten characters back at most in the clause: an act still to come ("普京将于3日出席阅兵式", "将同普京举行会谈"); not "将军" (a general). */
const notPlanned = (p: string) => notAfter("将(?!军)[^，。；、]{0,10}", p);

export const triggers: Partial<Record<RelationType, TriggerPattern[]>> = {
  meeting: [
    { pattern: notPlanned("举行(?:会谈|会晤|会见)") },
    // Not "在会谈中", "会谈后": those refer back to talks already named.
    { pattern: "会谈(?!中|后|前|时|期间)" },
    { pattern: "会晤(?!中|后|前|时|期间)" },
    { pattern: "会见(?!记者)" },
    { pattern: "接见" },
    { pattern: "会面" },
    { pattern: "见面" },
    { pattern: "通(?:电话|话)" },
    { pattern: "交谈" },
    { pattern: "座谈" },
    // Welcoming someone in person: "到机场迎接", "设宴欢迎金正恩夫妇" (not "欢迎…访问", a welcome of a visit).
    { pattern: "迎接(?!挑战)" },
    { pattern: "设宴(?:欢迎|款待)" },
    { pattern: "举行(?:隆重)?欢迎仪式" },
  ],
  // Not "在贺电中" (in the message): that refers back to a message already named.
  message: [
    { pattern: "(?:致)?贺(?:电|信|函)(?!中)", kind: "congratulations" },
    { pattern: "祝贺", kind: "congratulations" },
    { pattern: "(?:复|回)(?:电|信|函)", kind: "reply" },
    { pattern: "(?:唁电|慰问电|吊唁)", kind: "condolences" },
    { pattern: "(?:致信|亲笔信|书信|来信|信函|信件)", kind: "letter" },
    { pattern: "(?:口信|致电)", kind: "message" },
    { pattern: "问候", kind: "greetings" },
  ],
  attendance: [{ pattern: notPlanned("出席|参加|列席|观礼") }],
  support: [{ pattern: "支持" }, { pattern: "支援" }, { pattern: "声援" }, { pattern: "拥护" }],
  cooperation: [
    { pattern: "合作" },
    { pattern: "协作" },
    { pattern: "协调" },
    { pattern: "战略沟通" },
    { pattern: "加强[^，。；、]{0,10}(?:关系|交往|团结|沟通|协调|合作)" },
    // Moving ties forward: "推动中朝关系长期健康稳定发展", "深化两国友谊", "巩固中朝友谊".
    { pattern: "推动[^，。；、]{0,12}关系[^，。；、]{0,10}发展" },
    { pattern: "(?:深化|巩固)[^，。；、]{0,10}(?:关系|友谊|交往|合作)" },
    // Signing a treaty together: "签署了《全面战略伙伴关系条约》".
    { pattern: "(?:签署|签订|缔结)(?=[^，。；]{0,16}(?:条约|协定|宣言|备忘录))" },
  ],
  praise: [
    { pattern: "赞扬" },
    { pattern: "称赞" },
    { pattern: "赞赏" },
    { pattern: "高度评价" },
    { pattern: "赞誉" },
    { pattern: "盛赞" },
    { pattern: "称颂" },
    { pattern: "感谢" },
  ],
  visit: [
    // Not "结束访问" (ended the visit), "访问期间" (during the visit).
    { pattern: notPlanned("(?<!结束)(?:国事|正式|友好|工作)?访问(?!期间)") },
    { pattern: notPlanned("(?:抵达|到达|飞抵|到访|出访)") },
    { pattern: notPlanned("前往") },
    // "金正恩赴北京出席…" (went to Beijing to attend); not "派兵赴俄罗斯" (sent troops to Russia).
    { pattern: "(?<!派兵)赴" },
    // "访华", "访朝": the verb with a one-character country abbreviation as its object.
    // "来华" (came to China) likewise.
    { pattern: "[访訪来](?=[华朝俄韩美日])" },
  ],
};
