/**
 * Japanese relation triggers. Japanese is verb-final (SOV): "金氏はプーチン氏と
 * 会談した" — the trigger follows both arguments, the partner marked by "と",
 * the destination by "を"/"に". Triggers are the Sino-Japanese nouns (会談, 訪問,
 * 支持) that stand for the event, with the verb forms that are written in kana.
 */
import type { RelationType } from "../../schema/result.js";
import type { TriggerPattern } from "../types.js";
import { notAfter } from "../trigger-patterns.js";

/** A visit named as planned before it ("5月に予定されるプーチン大統領の訪中"): still to come. */
const notPlanned = (p: string) => notAfter("予定(?:される|されている|の)[^、。]{0,15}", p);

export const triggers: Partial<Record<RelationType, TriggerPattern[]>> = {
  meeting: [
    // Not "会談後", "会談中": those refer back to talks already named.
    { pattern: "会談(?!後|前|中)" },
    { pattern: "(?<!記者)会見" },
    { pattern: "面会" },
    { pattern: "会合" },
    { pattern: "接見" },
    { pattern: "会っ(?:た|て)" },
    { pattern: "顔を合わせ" },
    // Welcoming in person: "空港で出迎えた".
    { pattern: "出迎え" },
  ],
  message: [
    { pattern: "祝電", kind: "congratulations" },
    { pattern: "祝意", kind: "congratulations" },
    { pattern: "祝賀(?:メッセージ|の書簡)", kind: "congratulations" },
    { pattern: "(?:書簡|親書|手紙)", kind: "letter" },
    { pattern: "メッセージ", kind: "message" },
    { pattern: "(?:弔電|弔意)", kind: "condolences" },
    { pattern: "(?:返電|返書|返信)", kind: "reply" },
    { pattern: "年賀状", kind: "greetings" },
  ],
  attendance: [{ pattern: "出席" }, { pattern: "参列" }, { pattern: "列席" }, { pattern: "参加" }, { pattern: "参観" }],
  support: [{ pattern: "支持" }, { pattern: "支援" }, { pattern: "後押し" }],
  cooperation: [
    { pattern: "協力" },
    { pattern: "連携" },
    { pattern: "協調" },
    { pattern: "意思疎通" },
    { pattern: "関係(?:を)?(?:さらに)?(?:強化|発展|深化)" },
    // Signing a treaty together: "条約に署名した".
    { pattern: "(?<=(?:条約|協定|宣言|覚書)に)署名" },
  ],
  praise: [
    { pattern: "称賛" },
    { pattern: "賞賛" },
    { pattern: "高く評価" },
    { pattern: "評価し" },
    { pattern: "たたえ" },
    { pattern: "称え" },
    { pattern: "感謝" },
    { pattern: "謝意" },
  ],
  visit: [
    { pattern: notPlanned("訪問") },
    // "訪朝", "訪中": the verb with a one-character country abbreviation as its object.
    { pattern: notPlanned("訪(?=[朝中ロ韓米])") },
    { pattern: "到着" },
    { pattern: "訪れ" },
    { pattern: "入り(?:し|した)" },
    { pattern: "入っ(?:た|て)" },
    // Leaving for a place: "ベトナムに向けて出発した".
    { pattern: "(?<=(?:に向けて|に向け|へ))出発" },
  ],
};
