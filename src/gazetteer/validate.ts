/**
 * Validates a gazetteer when an extractor is created: the zod schema, then the
 * references between entries. A bad entry is an error naming the entry and field.
 */
import { GazetteerError, describeType } from "../errors.js";
import { GazetteerSchema, type GazetteerEntry } from "../schema/gazetteer.js";

/**
 * Returns the entries if valid; throws `GazetteerError` otherwise.
 * @example validateGazetteer([{ id: "x", type: "person", name: "X", aliases: {} }])
 */
export function validateGazetteer(input: unknown): GazetteerEntry[] {
  if (!Array.isArray(input)) throw new GazetteerError("(gazetteer)", "", `expected an array of entries, received ${describeType(input)}`);
  const parsed = GazetteerSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const [index, ...path] = issue.path;
    const raw = typeof index === "number" ? (input[index] as { id?: unknown } | undefined) : undefined;
    const name = raw && typeof raw.id === "string" ? `"${raw.id}"` : `#${String(index)}`;
    throw new GazetteerError(name, path.map(String).join("."), issue.message);
  }
  const entries = parsed.data;
  const ids = new Set(entries.map((e) => e.id));
  for (const entry of entries) {
    entry.positions?.forEach((p, i) => {
      if (!ids.has(p.of)) throw new GazetteerError(`"${entry.id}"`, `positions.${i}.of`, `unknown entity "${p.of}"`);
    });
    for (const field of ["capitalOf", "seatOf", "country"] as const) {
      const of = entry[field];
      if (of !== undefined && !ids.has(of)) throw new GazetteerError(`"${entry.id}"`, field, `unknown entity "${of}"`);
    }
  }
  return entries;
}
