/** Dates in this language: the date vocabulary read by src/dates. */
import type { LanguagePack } from "../types.js";

export const dateSupport: Pick<LanguagePack, "dates" | "chronoLocale"> = {  };
