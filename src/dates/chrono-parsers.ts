/**
 * chrono-node's parser of each locale the built-in packs name (a pack naming another
 * needs its import here; without one it gets no chrono dates). One import per locale:
 * chrono-node's index builds every locale's parsers at import.
 *
 * The published bundle replaces this module with one that evaluates a locale's part of
 * chrono-node at that locale's first use (tsup.config.ts, `lazyChronoLocales`, which
 * reads the imports below): evaluating all nine at import was ~24 ms of a fresh
 * process's start-up, paid even when no document is in a language chrono reads.
 */
import type * as chrono from "chrono-node";
import { parse as de } from "chrono-node/de";
import { parse as en } from "chrono-node/en";
import { parse as es } from "chrono-node/es";
import { parse as fr } from "chrono-node/fr";
import { parse as it } from "chrono-node/it";
import { parse as ja } from "chrono-node/ja";
import { parse as ru } from "chrono-node/ru";
import { parse as uk } from "chrono-node/uk";
import { parse as zh } from "chrono-node/zh";

export type ChronoParse = (text: string, ref?: chrono.ParsingReference | Date, option?: chrono.ParsingOption) => chrono.ParsedResult[];

const PARSERS = new Map<string, ChronoParse>(Object.entries({ de, en, es, fr, it, ja, ru, uk, zh }));

/** The parser of a chrono-node locale, or undefined when none is imported. @example chronoParser("de")?.("am 4. September 2025")[0]?.text */
export function chronoParser(locale: string): ChronoParse | undefined {
  return PARSERS.get(locale);
}
