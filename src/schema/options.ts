/** Options of `extract()` (SPEC §1). */
import * as z from "zod/mini";
import { isCalendarDate } from "../text/header.js";
import { zodSchema } from "./zod-schema.js";
import { IsoDateSchema } from "./result.js";

/** An ISO 639-1 code, as `lang` takes it. */
const LANG_CODE = /^[a-z]{2}$/;

export const ExtractOptionsSchema = zodSchema(() =>
  z.strictObject({
    /** ISO 639-1 code of the text; skips language identification. */
    lang: z.optional(z.string().check(z.regex(LANG_CODE, "expected an ISO 639-1 code such as \"pl\""))),
    /** Document date, `yyyy-mm-dd`; overrides a header date. */
    date: z.optional(IsoDateSchema),
  }),
);
export type ExtractOptions = z.infer<typeof ExtractOptionsSchema>;

/**
 * The options of a plain object whose own keys are only `lang` and `date`, each a string the
 * schema accepts or undefined; else undefined, and the schema reads them and says what is wrong.
 * The schema's own tests, asked without building it: its pattern for `lang`, and for `date`
 * `isCalendarDate` (which holds only for strings its pattern also takes). A program that passes
 * good options never builds a zod schema, ~4 ms of a fresh process's first `extract`
 * (test/schema/options.test.ts holds the two to the same answers).
 * @example plainOptions({ lang: "pl" }) // { lang: "pl", date: undefined }; plainOptions({ lang: "PL" }) === undefined
 */
export function plainOptions(options: object): ExtractOptions | undefined {
  if (Object.getPrototypeOf(options) !== Object.prototype) return undefined;
  for (const name in options) if ((name !== "lang" && name !== "date") || !Object.hasOwn(options, name)) return undefined;
  const { lang, date } = options as Record<string, unknown>;
  if (lang !== undefined && (typeof lang !== "string" || !LANG_CODE.test(lang))) return undefined;
  if (date !== undefined && (typeof date !== "string" || !isCalendarDate(date))) return undefined;
  return { lang, date };
}
