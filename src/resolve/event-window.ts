/**
 * The days around a dated event (the gazetteer's `when`) in which a document may name it
 * by a generic phrase ("the military parade", "열병식").
 */
import type { GazetteerEntry } from "../schema/gazetteer.js";

/** Days before and after an event in which a document's generic descriptor ("the parade") may name it. */
const EVENT_WINDOW = { before: 3, after: 21 };
const DAY = 86_400_000;

/** True unless the entry is a dated event and the document date is unknown or outside its window. */
export function aroundEvent(entry: GazetteerEntry, date: string | null): boolean {
  if (entry.type !== "event" || !entry.when) return true;
  if (date === null) return false;
  const t = Date.parse(date);
  const from = Date.parse(entry.when.from) - EVENT_WINDOW.before * DAY;
  const to = Date.parse(entry.when.to ?? entry.when.from) + EVENT_WINDOW.after * DAY;
  return t >= from && t <= to;
}
