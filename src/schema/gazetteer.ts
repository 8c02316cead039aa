/**
 * The gazetteer entry format (SPEC §7), shared by the bundled gazetteer and a
 * user's own entries, validated when an extractor is created. Each schema is built
 * when a program first reads it (./zod-schema.ts).
 */
import * as z from "zod/mini";
import { zodSchema } from "./zod-schema.js";
import { ENTITY_TYPES, EntityIdSchema, IsoDateSchema, type EntityType } from "./result.js";

/** An ISO 639-1 code, or "*" for names used in any language. */
export const LanguageKeySchema = zodSchema(() => z.string().check(z.regex(/^([a-z]{2}|\*)$/, 'expected an ISO 639-1 code or "*"')));

const nameList = zodSchema(() => z.array(z.string().check(z.trim(), z.minLength(1, "a name must not be empty"))));
/** Names by language: `{ en: ["Xi Jinping"], "*": ["习近平"] }`. */
export const NamesByLanguageSchema = zodSchema(() => z.record(LanguageKeySchema, nameList));
export type NamesByLanguage = z.infer<typeof NamesByLanguageSchema>;

/** A time-bounded office: `{ role: "president", of: "china", from: "2013-03-14" }`. */
export const PositionSchema = zodSchema(() =>
  z
    .object({
      role: z.string().check(z.minLength(1)),
      of: EntityIdSchema,
      from: z.optional(IsoDateSchema),
      to: z.optional(IsoDateSchema),
    })
    .check(z.refine((p) => !p.from || !p.to || p.from <= p.to, { message: "`from` must not be after `to`" })),
);
export type Position = z.infer<typeof PositionSchema>;

export const GazetteerEntrySchema = zodSchema(() =>
  z.object({
    id: EntityIdSchema,
    type: z.enum(ENTITY_TYPES.filter((t): t is Exclude<EntityType, "date"> => t !== "date")),
    name: z.string().check(z.minLength(1)),
    wikidata: z.optional(z.string().check(z.regex(/^Q[1-9]\d*$/, "expected a Wikidata id such as Q148"))),
    aliases: NamesByLanguageSchema,
    short: z.optional(NamesByLanguageSchema),
    abbreviations: z.optional(NamesByLanguageSchema),
    adjectives: z.optional(NamesByLanguageSchema),
    positions: z.optional(z.array(PositionSchema)),
    descriptors: z.optional(NamesByLanguageSchema),
    /** For a capital city: the country whose government it can stand for ("Pekin said"). */
    capitalOf: z.optional(EntityIdSchema),
    /**
     * For an event: the days it took place. Its `descriptors` ("military parade", "열병식") then
     * name it only in documents dated from 3 days before to 21 days after (SPEC §4: resolved
     * with the document date); elsewhere they are ordinary words.
     */
    when: z.optional(z.strictObject({ from: IsoDateSchema, to: z.optional(IsoDateSchema) })),
    /** For a seat of government: the country it stands for ("the Kremlin said", "praised the Kremlin's position"). */
    seatOf: z.optional(EntityIdSchema),
    /**
     * For a place or an event: the country it is in or belongs to (Red Square: Russia; Victory Day of
     * 9 May: Russia). Entries that share a name ("Victory Day": Russia's, China's, North Korea's) are
     * told apart by the countries the text names around it.
     */
    country: z.optional(EntityIdSchema),
  }),
);
export type GazetteerEntry = z.infer<typeof GazetteerEntrySchema>;

/** A whole gazetteer: entries with unique ids. */
export const GazetteerSchema = zodSchema(() =>
  z.array(GazetteerEntrySchema).check(
    z.superRefine((entries, ctx) => {
      const seen = new Set<string>();
      entries.forEach((entry, index) => {
        if (seen.has(entry.id)) ctx.addIssue({ code: "custom", path: [index, "id"], message: `duplicate id "${entry.id}"` });
        seen.add(entry.id);
      });
    }),
  ),
);
export type Gazetteer = z.infer<typeof GazetteerSchema>;
