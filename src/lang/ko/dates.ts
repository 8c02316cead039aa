/** Korean dates: the vocabulary read by the date grammar (src/dates); particles may follow a date word. */
import { SAME_DAY, type DateVocabulary } from "../../dates/vocabulary.js";
import type { LanguagePack } from "../types.js";

const WEEKDAYS = ["월", "화", "수", "목", "금", "토", "일"];

const dates: DateVocabulary = {
  months: Array.from({ length: 12 }, (_, i) => [`${i + 1}월`, `${String(i + 1).padStart(2, "0")}월`]),
  weekdays: WEEKDAYS.map((d) => [`${d}요일`]),
  // The day just named ("이날"): see SAME_DAY.
  relativeDays: { 어제: -1, 그저께: -2, 그제: -2, 오늘: 0, 내일: 1, 모레: 2, 어젯밤: -1, 간밤: -1, 이날: SAME_DAY, 당일: SAME_DAY },
  partsOfDay: ["오전", "오후", "저녁", "새벽", "밤", "아침", "낮"],
  yearWords: ["년"],
  relativeYears: { 지난해: -1, 작년: -1, 재작년: -2, 올해: 0, 금년: 0, 내년: 1 },
  relativeMonths: { 지난달: -1, "지난 달": -1, 이달: 0, "이번 달": 0, "다음 달": 1, 다음달: 1 },
  relativeWeeks: { 지난주: -1, "지난 주": -1, 이번주: 0, "이번 주": 0, 다음주: 1, "다음 주": 1 },
  // "지난 15일" (the past 15th), "오는 20일" (the coming 20th).
  next: ["오는", "다음"],
  last: ["지난"],
  orders: ["ymd"],
  daySuffixes: ["일"],
  daysAlone: true,
  // "1박 2일" (one night, two days) is a length of stay.
  notBeforeDay: ["박"],
  particles: ["은", "는", "이", "가", "을", "를", "에", "에서", "에는", "에도", "의", "부터", "까지", "로", "으로", "인", "엔", "께", "쯤", "경", "도", "만", "과", "와", "초", "말", "중순", "하순", "상순", "께부터", "부터는"],
};

export const dateSupport: Pick<LanguagePack, "dates" | "chronoLocale"> = { dates };
