/**
 * Strings kept across texts must not be views into the text they were cut from: V8 (like
 * other engines) makes a slice of 13 units or more a view that keeps its whole parent
 * alive, so one word of a document, kept in a cache, kept that document's folded text.
 */

/**
 * A copy of `s` that keeps no other string alive: made by concatenation, which the slice
 * after it flattens into a new string of its own.
 * @example ownString(folded.slice(100, 120)) === folded.slice(100, 120)
 */
export function ownString(s: string): string {
  return ` ${s}`.slice(1);
}
