/** The internal shape of a mention between the stages (assembly gives it its public form). */
import type { EntityType, MentionForm } from "../schema/result.js";

export interface Found {
  start: number;
  end: number;
  firstToken: number;
  lastToken: number;
  sentence: number;
  /** Index of the gazetteer entry, or -1 when unlinked (or a date). */
  entity: number;
  type: EntityType;
  form: MentionForm;
  base?: string;
  /** Dates: the ISO value. */
  value?: string;
  confidence: number;
  /** The grammatical ending found on the last word ("owi", "s", ""). */
  ending?: string;
}

/** A role noun found in the text ("przywódca", "President"), for descriptors and titles. */
export interface RoleWord {
  start: number;
  end: number;
  firstToken: number;
  lastToken: number;
  sentence: number;
  role: string;
  text: string;
}

/** Creates a Found with every field present, in one order (one hidden class for all mentions). */
export function makeFound(
  start: number,
  end: number,
  firstToken: number,
  lastToken: number,
  sentence: number,
  entity: number,
  type: EntityType,
  form: MentionForm,
  confidence: number,
  base?: string,
  value?: string,
  ending?: string,
): Found {
  return { start, end, firstToken, lastToken, sentence, entity, type, form, base, value, confidence, ending };
}
