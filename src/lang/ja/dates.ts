/** Japanese dates: chrono-node's locale, and the vocabulary read by the date grammar (src/dates). */
import { SAME_DAY, type DateVocabulary } from "../../dates/vocabulary.js";
import type { LanguagePack } from "../types.js";

const WEEKDAYS = ["月", "火", "水", "木", "金", "土", "日"];

const dates: DateVocabulary = {
  // "9月", "09月" (fullwidth digits fold to ASCII).
  months: Array.from({ length: 12 }, (_, i) => [`${i + 1}月`, `${String(i + 1).padStart(2, "0")}月`]),
  weekdays: WEEKDAYS.map((d) => [`${d}曜日`, `${d}曜`]),
  // The day just named ("同日"): see SAME_DAY.
  relativeDays: { 昨日: -1, 一昨日: -2, 今日: 0, 明日: 1, 明後日: 2, きのう: -1, きょう: 0, あす: 1, あした: 1, 昨夜: -1, 今朝: 0, 今夜: 0, 今晩: 0, 同日: SAME_DAY, 当日: SAME_DAY },
  partsOfDay: ["朝", "午前", "午後", "夜", "夕方", "未明", "深夜", "昼", "早朝", "夕"],
  yearWords: ["年"],
  relativeYears: { 昨年: -1, 去年: -1, 一昨年: -2, 今年: 0, 本年: 0, 来年: 1 },
  relativeMonths: { 先月: -1, 今月: 0, 来月: 1 },
  relativeWeeks: { 先週: -1, 先週の: -1, 今週: 0, 今週の: 0, 来週: 1, 来週の: 1 },
  orders: ["ymd"],
  daySuffixes: ["日"],
  daysAlone: true,
  // "4日間" (four days), "40日ぶり" (after forty days), "13日前" (thirteen days ago).
  notAfterDay: ["間", "ぶり", "前", "後", "以上", "以内", "連続"],
};

export const dateSupport: Pick<LanguagePack, "dates" | "chronoLocale"> = { chronoLocale: "ja", dates };
