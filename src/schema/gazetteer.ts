/**
 * The gazetteer entry format (SPEC §7), shared by the bundled gazetteer and a
 * user's own entries, validated when an extractor is created. Each schema is built
 * when a program first reads it (./lazy-schema.ts).
 */
import * as z from "zod";
import { lazySchema } from "./lazy-schema.js";
import { EntityIdSchema, EntityTypeSchema, IsoDateSchema } from "./result.js";

/** An ISO 639-1 code, or "*" for names used in any language. */
export const LanguageKeySchema = lazySchema(() => z.string().regex(/^([a-z]{2}|\*)$/, 'expected an ISO 639-1 code or "*"'));

const nameList = lazySchema(() => z.array(z.string().trim().min(1, "a name must not be empty")));
/** Names by language: `{ en: ["Xi Jinping"], "*": ["习近平"] }`. */
export const NamesByLanguageSchema = lazySchema(() => z.record(LanguageKeySchema, nameList));
export type NamesByLanguage = z.infer<typeof NamesByLanguageSchema>;

/** A time-bounded office: `{ role: "president", of: "china", from: "2013-03-14" }`. */
export const PositionSchema = lazySchema(() =>
  z
    .object({
      role: z.string().min(1),
      of: EntityIdSchema,
      from: IsoDateSchema.optional(),
      to: IsoDateSchema.optional(),
    })
    .refine((p) => !p.from || !p.to || p.from <= p.to, { message: "`from` must not be after `to`" }),
);
export type Position = z.infer<typeof PositionSchema>;

export const GazetteerEntrySchema = lazySchema(() =>
  z.object({
    id: EntityIdSchema,
    type: EntityTypeSchema.exclude(["date"]),
    name: z.string().min(1),
    wikidata: z.string().regex(/^Q[1-9]\d*$/, "expected a Wikidata id such as Q148").optional(),
    aliases: NamesByLanguageSchema,
    short: NamesByLanguageSchema.optional(),
    abbreviations: NamesByLanguageSchema.optional(),
    adjectives: NamesByLanguageSchema.optional(),
    positions: z.array(PositionSchema).optional(),
    descriptors: NamesByLanguageSchema.optional(),
    /** For a capital city: the country whose government it can stand for ("Pekin said"). */
    capitalOf: EntityIdSchema.optional(),
    /**
     * For an event: the days it took place. Its `descriptors` ("military parade", "열병식") then
     * name it only in documents dated from 3 days before to 21 days after (SPEC §4: resolved
     * with the document date); elsewhere they are ordinary words.
     */
    when: z.object({ from: IsoDateSchema, to: IsoDateSchema.optional() }).strict().optional(),
    /** For a seat of government: the country it stands for ("the Kremlin said", "praised the Kremlin's position"). */
    seatOf: EntityIdSchema.optional(),
  }),
);
export type GazetteerEntry = z.infer<typeof GazetteerEntrySchema>;

/** A whole gazetteer: entries with unique ids. */
export const GazetteerSchema = lazySchema(() =>
  z.array(GazetteerEntrySchema).superRefine((entries, ctx) => {
    const seen = new Set<string>();
    entries.forEach((entry, index) => {
      if (seen.has(entry.id)) ctx.addIssue({ code: "custom", path: [index, "id"], message: `duplicate id "${entry.id}"` });
      seen.add(entry.id);
    });
  }),
);
export type Gazetteer = z.infer<typeof GazetteerSchema>;
