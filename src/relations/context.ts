/**
 * What the relation stage works on: its input, and the context of one sentence
 * while its triggers are read.
 */
import type { CompiledLanguage } from "../lang/compile.js";
import type { Title } from "../resolve/titles.js";
import type { Found } from "../resolve/types.js";
import type { GazetteerEntry } from "../schema/gazetteer.js";
import type { RelationType, Span } from "../schema/result.js";
import type { Tokens } from "../text/tokens.js";
import type { Argument, MarkerWords } from "./arguments.js";

/** Relation types whose two arguments play the same part (SPEC §5): the lower id goes first. */
export const SYMMETRIC = new Set<RelationType>(["meeting", "cooperation"]);

export interface RelationInput {
  text: string;
  folded: string;
  tokens: Tokens;
  sentences: Span[];
  /** Entity and date mentions in text order. */
  mentions: Found[];
  titles: Title[];
  entries: readonly GazetteerEntry[];
  capitalOf: (entity: number) => number;
  /** The index of an entry by id, or -1. */
  indexOf: (id: string) => number;
  /** The leader of a country on the document date, or -1. */
  leaderOf: (entity: number) => number;
  language: CompiledLanguage;
  date: string | null;
}

export interface SentenceContext {
  input: RelationInput;
  /** The subjects of the previous trigger in the sentence (null before the first). */
  lastSubjects: Found[] | null;
  titles: Title[];
  sentence: Span;
  index: number;
  args: Argument[];
  here: Found[];
  previous: Found[];
  words: MarkerWords;
  /** The sentence's relative pronouns after a comma, [comma, end], found at first need. */
  relatives?: [number, number][];
  /** Whether a reciprocal word ("each other") occurs in the sentence at all, found at first need. */
  reciprocalHere?: boolean;
  /** The mentions of countries named for their leaders (`Argument.leaders`), collected at first need; null when there are none. */
  leaders?: Set<Found> | null;
  /** The arguments that can be a subject or object (not a title's organisation, a quoted source or a date), at first need. */
  usable?: Argument[];
  /** The dates of the sentence a relation may take as its day, at first need. */
  days?: Found[];
}
