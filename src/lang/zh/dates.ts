/** Chinese dates: chrono-node's locale, and the vocabulary read by the date grammar (src/dates). */
import { SAME_DAY, type DateVocabulary } from "../../dates/vocabulary.js";
import type { LanguagePack } from "../types.js";

const NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];
const WEEKDAYS = ["一", "二", "三", "四", "五", "六", "日"];

const dates: DateVocabulary = {
  // "9月", "09月", "九月" (fullwidth digits fold to ASCII).
  months: NUMERALS.map((n, i) => [`${i + 1}月`, `${String(i + 1).padStart(2, "0")}月`, `${n}月`]),
  weekdays: WEEKDAYS.map((d, i) => [`星期${d}`, `周${d}`, `礼拜${d}`, ...(i === 6 ? ["星期天", "礼拜天"] : [])]),
  // The day just named ("当天"): see SAME_DAY.
  relativeDays: { 昨天: -1, 前天: -2, 今天: 0, 明天: 1, 后天: 2, 昨日: -1, 今日: 0, 明日: 1, 昨晚: -1, 今晨: 0, 今晚: 0, 当天: SAME_DAY, 当日: SAME_DAY, 同日: SAME_DAY },
  // "晚" alone after a day ("26日晚") as well as "晚上".
  partsOfDay: ["上午", "下午", "晚上", "早上", "早晨", "凌晨", "中午", "傍晚", "晚间", "夜间", "夜里", "晚"],
  yearWords: ["年"],
  relativeYears: { 去年: -1, 前年: -2, 今年: 0, 明年: 1 },
  relativeMonths: { 上月: -1, 上个月: -1, 本月: 0, 这个月: 0, 下月: 1, 下个月: 1 },
  // "上周五" is 上 + 周五 (Friday of last week), "本周二" 本 + 周二, "下个星期一" 下个 + 星期一.
  relativeWeeks: { 上: -1, 上个: -1, 本: 0, 这: 0, 这个: 0, 下: 1, 下个: 1 },
  orders: ["ymd"],
  daySuffixes: ["日", "号"],
  daysAlone: true,
  // "5日元" is five yen.
  notAfterDay: ["元"],
};

export const dateSupport: Pick<LanguagePack, "dates" | "chronoLocale"> = { chronoLocale: "zh", dates };
