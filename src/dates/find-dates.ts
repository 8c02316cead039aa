/** Date expressions (work in progress: replaced by the dates stage). */
import type { CompiledLanguage } from "../lang/compile.js";
import type { Found } from "../resolve/types.js";
import type { Span } from "../schema/result.js";
import type { Tokens } from "../text/tokens.js";

export interface DateInput {
  text: string;
  folded: string;
  tokens: Tokens;
  tokenSentence: Int32Array;
  sentences: Span[];
  language: CompiledLanguage;
  /** Document date (yyyy-mm-dd) or null. */
  date: string | null;
  /** Entity mentions already found: dates never overlap them. */
  taken: Found[];
}

export function findDates(_input: DateInput): Found[] {
  return [];
}
