/**
 * The public surface of communique: everything a user imports is listed here.
 */
export { extract, createExtractor } from "./extract.js";
export type { Extractor, ExtractorConfig } from "./extract.js";
export { defaultGazetteer } from "./gazetteer/default.js";
export { builtinLanguages } from "./lang/index.js";
export type { LanguagePack, SuffixRule, InflectionData, Paradigm, TriggerPattern, RelationWords, DateLexicon, SyntaxData } from "./lang/types.js";
export { CommuniqueError, InvalidInputError, InvalidOptionsError, GazetteerError } from "./errors.js";
export type { CommuniqueErrorCode } from "./errors.js";
export {
  ExtractionSchema,
  MentionSchema,
  EntitySchema,
  RelationSchema,
  RelationAttributesSchema,
  SpanSchema,
  EntityTypeSchema,
  RelationTypeSchema,
  MentionFormSchema,
  IsoDateSchema,
  DateValueSchema,
  EntityIdSchema,
} from "./schema/result.js";
export type { Extraction, Mention, Entity, Relation, RelationAttributes, Span, EntityType, RelationType, MentionForm } from "./schema/result.js";
export { GazetteerEntrySchema, GazetteerSchema, PositionSchema, NamesByLanguageSchema, LanguageKeySchema } from "./schema/gazetteer.js";
export type { GazetteerEntry, Gazetteer, Position, NamesByLanguage } from "./schema/gazetteer.js";
export { ExtractOptionsSchema } from "./schema/options.js";
export type { ExtractOptions } from "./schema/options.js";
