/** The internal shape of a relation between the stages. */
import type { RelationAttributes, RelationType } from "../schema/result.js";
import type { Found } from "../resolve/types.js";

export interface FoundRelation {
  type: RelationType;
  /** Entry indices. */
  subject: number;
  object: number;
  attributes: RelationAttributes;
  evidence: { start: number; end: number; sentence: number };
  trigger?: { start: number; end: number; text: string };
  /** The mentions of subject and object in the evidence. */
  mentions: Found[];
  confidence: number;
}
