/**
 * Items grouped by sentence without an array per sentence: a counting sort into one
 * typed array, read one sentence at a time. A long document has a hundred thousand
 * sentences; an array for each, alive to the end of a stage, was copied by every
 * young-generation collection on the way.
 */
export class BySentence<T> {
  /**
   * Two tables in one allocation (a typed array costs ~500 ns to make, whatever its length;
   * a plain array made by length fills at ~6 ns an element, 9 ms for a long document's 1.5 million):
   * at [0, count + 2) where each sentence's items start in the order (sentence s:
   * [at[s], at[s + 1])), then from `count + 2` the item indices, sentence by sentence.
   */
  private readonly at: Int32Array;

  /**
   * Groups `items` by `sentenceOf(item)`; items of no sentence (-1, or past `count`) are left out.
   * @example new BySentence([{ s: 1 }, { s: 0 }], (x) => x.s, 2).of(1) // [{ s: 1 }]
   */
  constructor(
    private readonly items: readonly T[],
    sentenceOf: (item: T) => number,
    readonly count: number,
  ) {
    let grouped = 0;
    for (const item of items) {
      const s = sentenceOf(item);
      if (s >= 0 && s < count) grouped++;
    }
    const at = new Int32Array(count + 2 + grouped);
    // Counted two places up, summed one place up, then each item's placement moves its
    // sentence's entry to its end: after that, sentence s has [at[s], at[s + 1]).
    for (const item of items) {
      const s = sentenceOf(item);
      if (s >= 0 && s < count) at[s + 2]!++;
    }
    for (let s = 0; s < count; s++) at[s + 2]! += at[s + 1]!;
    const base = count + 2;
    for (let i = 0; i < items.length; i++) {
      const s = sentenceOf(items[i]!);
      if (s >= 0 && s < count) at[base + at[s + 1]!++] = i;
    }
    this.at = at;
  }

  /** The items of sentence `s` in list order, as a new array (empty for a sentence without any, or out of range). */
  of(s: number): T[] {
    if (!(s >= 0 && s < this.count)) return [];
    const base = this.count + 2;
    const out: T[] = [];
    for (let k = this.at[s]!; k < this.at[s + 1]!; k++) out.push(this.items[this.at[base + k]!]!);
    return out;
  }
}
