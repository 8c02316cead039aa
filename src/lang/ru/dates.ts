/** Dates in this language: chrono-node's locale. */
import type { LanguagePack } from "../types.js";

export const dateSupport: Pick<LanguagePack, "dates" | "chronoLocale"> = { chronoLocale: "ru" };
