/**
 * The result of `extract()` as zod schemas (SPEC §2). The TypeScript types are
 * inferred from these schemas; `schema.json` is generated from them. Each is built
 * when a program first reads it (./lazy-schema.ts).
 */
import * as z from "zod";
import { isCalendarDate } from "../text/header.js";
import { lazySchema } from "./lazy-schema.js";

/** Entity types of SPEC §3. */
export const EntityTypeSchema = lazySchema(() => z.enum(["person", "party", "organization", "country", "place", "event", "policy", "date"]));
export type EntityType = z.infer<typeof EntityTypeSchema>;

/** Relation types of SPEC §5, in the order of their schema. */
export const RELATION_TYPES = ["meeting", "message", "position", "attendance", "support", "cooperation", "praise", "visit"] as const;

/** Relation types of SPEC §5. */
export const RelationTypeSchema = lazySchema(() => z.enum(RELATION_TYPES));
export type RelationType = z.infer<typeof RelationTypeSchema>;

/** How a mention names its entity. */
export const MentionFormSchema = lazySchema(() => z.enum(["name", "short", "abbreviation", "descriptor", "adjective", "date"]));
export type MentionForm = z.infer<typeof MentionFormSchema>;

/** An ISO calendar date, `yyyy-mm-dd`. */
export const IsoDateSchema = lazySchema(() =>
  z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "expected yyyy-mm-dd")
    .refine(isCalendarDate, "not a calendar date"),
);

/** A date value of a date mention: `yyyy-mm-dd`, `yyyy-mm`, `yyyy` or `--mm-dd` (no year known). */
export const DateValueSchema = lazySchema(() =>
  z
    .string()
    .regex(/^(\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?|--(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))$/, "expected yyyy-mm-dd, yyyy-mm, yyyy or --mm-dd"),
);

/** A kebab-case ASCII entity id (SPEC §3). */
export const EntityIdSchema = lazySchema(() => z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected a lowercase ASCII kebab-case slug"));

const offset = lazySchema(() => z.number().int().nonnegative());

/** A half-open range of UTF-16 offsets into the input string. */
export const SpanSchema = lazySchema(() => z.object({ start: offset, end: offset }));
export type Span = z.infer<typeof SpanSchema>;

export const MentionSchema = lazySchema(() =>
  z.object({
    id: z.string().regex(/^m\d+$/),
    entity: EntityIdSchema.nullable(),
    type: EntityTypeSchema,
    text: z.string(),
    start: offset,
    end: offset,
    sentence: z.number().int().nonnegative(),
    form: MentionFormSchema,
    base: z.string().optional(),
    value: DateValueSchema.optional(),
    confidence: z.number().min(0).max(1),
  }),
);
export type Mention = z.infer<typeof MentionSchema>;

export const EntitySchema = lazySchema(() =>
  z.object({
    id: EntityIdSchema,
    type: EntityTypeSchema,
    name: z.string(),
    wikidata: z.string().regex(/^Q[1-9]\d*$/).optional(),
    mentions: z.array(z.string()),
  }),
);
export type Entity = z.infer<typeof EntitySchema>;

export const RelationAttributesSchema = lazySchema(() =>
  z.object({
    role: z.string().optional(),
    roleText: z.string().optional(),
    date: DateValueSchema.optional(),
    place: EntityIdSchema.optional(),
    kind: z.string().optional(),
  }),
);
export type RelationAttributes = z.infer<typeof RelationAttributesSchema>;

export const RelationSchema = lazySchema(() =>
  z.object({
    id: z.string().regex(/^r\d+$/),
    type: RelationTypeSchema,
    subject: EntityIdSchema,
    object: EntityIdSchema,
    attributes: RelationAttributesSchema,
    evidence: SpanSchema.extend({ sentence: z.number().int().nonnegative() }),
    trigger: SpanSchema.extend({ text: z.string() }).optional(),
    mentions: z.array(z.string()),
    confidence: z.number().min(0).max(1),
  }),
);
export type Relation = z.infer<typeof RelationSchema>;

export const ExtractionSchema = lazySchema(() =>
  z.object({
    lang: z.string().regex(/^([a-z]{2}|und)$/),
    date: IsoDateSchema.nullable(),
    sentences: z.array(SpanSchema),
    mentions: z.array(MentionSchema),
    entities: z.array(EntitySchema),
    relations: z.array(RelationSchema),
  }),
);
export type Extraction = z.infer<typeof ExtractionSchema>;
