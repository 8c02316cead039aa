/**
 * What the stages ask of every token's word besides its name candidates, as bits of one
 * byte per token: answered once per distinct word and language (`readWords` in
 * match/find-names.ts keeps the answer with the word's candidates), so the stages read a
 * byte instead of looking the word up in a set of their own, one string-keyed lookup per
 * token each.
 */
export const enum WordClass {
  /** Links the parts of a title: an of-word, an and-word, a determiner (`CompiledLanguage.linkers`). */
  Linker = 1,
  /** A word a date may be anchored on: a month, weekday or relative-day word of the language's date grammar. */
  DateTrigger = 2,
  /** A word a date rule may start at: a key of the date grammar's `openers` (a month, "in" before a year, "next" before a weekday…). */
  DateOpener = 4,
}

/** A language's classes of one folded word (WordClass bits). One function per language: answers are kept per function. */
export type ClassifyWord = (key: string) => number;

/**
 * The classes of every token's word, asking `classify` each time: what `readWords`
 * answers from its memo, and what tests build stage inputs with.
 * @example classesOf(tokens, (key) => (key === "of" ? WordClass.Linker : 0))
 */
export function classesOf(keys: readonly string[], count: number, classify: ClassifyWord): Uint8Array {
  const out = new Uint8Array(count);
  for (let t = 0; t < count; t++) out[t] = classify(keys[t]!);
  return out;
}
