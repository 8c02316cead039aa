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
  /** The role noun's base form ("predsjednik" for "predsjedniku"). */
  base: string;
  /** The country adjective written inside the title ("ministre russe des Affaires étrangères"): whose the role is. */
  inner?: Found;
}

/**
 * A Found made by a constructor, not an object literal: V8 may decide that every object of a
 * literal is to be allocated in the old generation (allocation-site pretenuring), and did so
 * for mentions after a large gazetteer's build had grown the young generation to its
 * maximum. Mentions then filled the old generation with garbage and each young collection
 * took 1.9 ms instead of 0.8 (bench/RESULTS.md). Objects made by `new` have no allocation site.
 */
class FoundMention implements Found {
  constructor(
    public start: number,
    public end: number,
    public firstToken: number,
    public lastToken: number,
    public sentence: number,
    public entity: number,
    public type: EntityType,
    public form: MentionForm,
    public base: string | undefined,
    public value: string | undefined,
    public confidence: number,
    public ending: string | undefined,
  ) {}
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
  return new FoundMention(start, end, firstToken, lastToken, sentence, entity, type, form, base, value, confidence, ending);
}
