/**
 * The result of `extract()` as zod schemas (SPEC §2). The TypeScript types are
 * inferred from these schemas; `schema.json` is generated from them. Each is built
 * when a program first reads it (./zod-schema.ts).
 */
import * as z from "zod/mini";
import { isCalendarDate } from "../text/header.js";
import { zodSchema } from "./zod-schema.js";

/** Entity types of SPEC §3, in the order of their schema. */
export const ENTITY_TYPES = ["person", "party", "organization", "country", "place", "event", "policy", "date"] as const;

/** Entity types of SPEC §3. */
export const EntityTypeSchema = zodSchema(() => z.enum(ENTITY_TYPES));
export type EntityType = z.infer<typeof EntityTypeSchema>;

/** Relation types of SPEC §5, in the order of their schema. */
export const RELATION_TYPES = ["meeting", "message", "position", "attendance", "support", "cooperation", "praise", "visit"] as const;

/** Relation types of SPEC §5. */
export const RelationTypeSchema = zodSchema(() => z.enum(RELATION_TYPES));
export type RelationType = z.infer<typeof RelationTypeSchema>;

/** How a mention names its entity. */
export const MentionFormSchema = zodSchema(() => z.enum(["name", "short", "abbreviation", "descriptor", "adjective", "date"]));
export type MentionForm = z.infer<typeof MentionFormSchema>;

/** An ISO calendar date, `yyyy-mm-dd`. */
export const IsoDateSchema = zodSchema(() =>
  z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "expected yyyy-mm-dd"), z.refine(isCalendarDate, "not a calendar date")),
);

/** A date value of a date mention: `yyyy-mm-dd`, `yyyy-mm`, `yyyy` or `--mm-dd` (no year known). */
export const DateValueSchema = zodSchema(() =>
  z.string().check(z.regex(/^(\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?|--(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))$/, "expected yyyy-mm-dd, yyyy-mm, yyyy or --mm-dd")),
);

/** A kebab-case ASCII entity id (SPEC §3). */
export const EntityIdSchema = zodSchema(() => z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected a lowercase ASCII kebab-case slug")));

const offset = zodSchema(() => z.int().check(z.nonnegative()));

/** A half-open range of UTF-16 offsets into the input string. */
export const SpanSchema = zodSchema(() => z.object({ start: offset, end: offset }));
export type Span = z.infer<typeof SpanSchema>;

export const MentionSchema = zodSchema(() =>
  z.object({
    id: z.string().check(z.regex(/^m\d+$/)),
    entity: z.nullable(EntityIdSchema),
    type: EntityTypeSchema,
    text: z.string(),
    start: offset,
    end: offset,
    sentence: z.int().check(z.nonnegative()),
    form: MentionFormSchema,
    base: z.optional(z.string()),
    value: z.optional(DateValueSchema),
    confidence: z.number().check(z.gte(0), z.lte(1)),
  }),
);
export type Mention = z.infer<typeof MentionSchema>;

export const EntitySchema = zodSchema(() =>
  z.object({
    id: EntityIdSchema,
    type: EntityTypeSchema,
    name: z.string(),
    wikidata: z.optional(z.string().check(z.regex(/^Q[1-9]\d*$/))),
    mentions: z.array(z.string()),
  }),
);
export type Entity = z.infer<typeof EntitySchema>;

export const RelationAttributesSchema = zodSchema(() =>
  z.object({
    role: z.optional(z.string()),
    roleText: z.optional(z.string()),
    date: z.optional(DateValueSchema),
    place: z.optional(EntityIdSchema),
    kind: z.optional(z.string()),
  }),
);
export type RelationAttributes = z.infer<typeof RelationAttributesSchema>;

export const RelationSchema = zodSchema(() =>
  z.object({
    id: z.string().check(z.regex(/^r\d+$/)),
    type: RelationTypeSchema,
    subject: EntityIdSchema,
    object: EntityIdSchema,
    attributes: RelationAttributesSchema,
    evidence: z.extend(SpanSchema, { sentence: z.int().check(z.nonnegative()) }),
    trigger: z.optional(z.extend(SpanSchema, { text: z.string() })),
    mentions: z.array(z.string()),
    confidence: z.number().check(z.gte(0), z.lte(1)),
  }),
);
export type Relation = z.infer<typeof RelationSchema>;

export const ExtractionSchema = zodSchema(() =>
  z.object({
    lang: z.string().check(z.regex(/^([a-z]{2}|und)$/)),
    date: z.nullable(IsoDateSchema),
    sentences: z.array(SpanSchema),
    mentions: z.array(MentionSchema),
    entities: z.array(EntitySchema),
    relations: z.array(RelationSchema),
  }),
);
export type Extraction = z.infer<typeof ExtractionSchema>;
