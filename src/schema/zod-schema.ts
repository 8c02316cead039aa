/**
 * How the package makes its zod schemas: with zod/mini, whose functions a bundler keeps
 * one by one (the classic API's methods keep all of zod: ~140 KB of the bundle against
 * ~40 KB, bench/RESULTS.md), each built when a program first reads it (./lazy-schema.ts),
 * and with zod's English messages, which the classic API sets and zod/mini does not.
 */
import * as z from "zod/mini";
import { lazySchema } from "./lazy-schema.js";

/**
 * `build()`'s schema, built at the first read; zod's English messages unless a locale is set.
 * @example const S = zodSchema(() => z.string()); S.safeParse(1).error?.issues[0]?.message // "Invalid input: expected string, received number"
 */
export function zodSchema<T extends object>(build: () => T): T {
  return lazySchema(() => {
    // As the classic API does at its first schema: a locale the program has set wins.
    if (!z.config().localeError) z.config(z.locales.en());
    return build();
  });
}
