/**
 * Two lists of mentions in text order merged into one.
 */
import type { Found } from "./types.js";

/**
 * A stable merge: on equal starts, `a` first, as a stable sort of `a.concat(b)` would order them.
 * @example mergeByStart([x0, x9], [y5]) // [x0, y5, x9]
 */
export function mergeByStart(a: Found[], b: Found[]): Found[] {
  if (b.length === 0) return a;
  const out: Found[] = new Array<Found>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = b[j]!.start < a[i]!.start ? b[j++]! : a[i++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}
