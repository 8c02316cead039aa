/**
 * The format of hand-made gold annotations in fixtures/gold (see fixtures/gold/README.md).
 * Gold is made by reading the text, never from the extractor's output.
 */
import { z } from "zod";
import {
  DateValueSchema,
  EntityIdSchema,
  EntityTypeSchema,
  IsoDateSchema,
  MentionFormSchema,
  RelationAttributesSchema,
  RelationTypeSchema,
  SpanSchema,
} from "../../src/schema/result.js";

export const GoldMentionSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    text: z.string().min(1),
    type: EntityTypeSchema,
    entity: z.nullable(EntityIdSchema),
    form: MentionFormSchema,
    base: z.string().optional(),
    value: z.optional(DateValueSchema),
  })
  .strict();
export type GoldMention = z.infer<typeof GoldMentionSchema>;

export const GoldRelationSchema = z
  .object({
    type: RelationTypeSchema,
    subject: EntityIdSchema,
    object: EntityIdSchema,
    attributes: z._default(RelationAttributesSchema, {}),
    evidence: SpanSchema,
    trigger: z.object({ ...SpanSchema.shape, text: z.string().min(1) }).optional(),
    note: z.string().optional(),
  })
  .strict();
export type GoldRelation = z.infer<typeof GoldRelationSchema>;

export const GoldFileSchema = z
  .object({
    file: z.string(),
    lang: z.string(),
    date: z.nullable(IsoDateSchema),
    mentions: z.array(GoldMentionSchema),
    relations: z.array(GoldRelationSchema),
    notes: z.array(z.string()).default([]),
  })
  .strict();
export type GoldFile = z.infer<typeof GoldFileSchema>;
