/** Options of `extract()` (SPEC §1). */
import * as z from "zod";
import { IsoDateSchema } from "./result.js";

export const ExtractOptionsSchema = z
  .object({
    /** ISO 639-1 code of the text; skips language identification. */
    lang: z.string().regex(/^[a-z]{2}$/, "expected an ISO 639-1 code such as \"pl\"").optional(),
    /** Document date, `yyyy-mm-dd`; overrides a header date. */
    date: IsoDateSchema.optional(),
  })
  .strict();
export type ExtractOptions = z.infer<typeof ExtractOptionsSchema>;
