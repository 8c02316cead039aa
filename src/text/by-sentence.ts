/**
 * Items grouped by sentence without an array per sentence: a counting sort into two
 * typed arrays, read one sentence at a time. A long document has a hundred thousand
 * sentences; an array for each, alive to the end of a stage, was copied by every
 * young-generation collection on the way.
 */
export class BySentence<T> {
  /** Where each sentence's items start in `order` (sentence s: [first[s], first[s + 1])). */
  private readonly first: Int32Array;
  /** Item indices, sentence by sentence, each sentence's in list order. */
  private readonly order: Int32Array;

  /**
   * Groups `items` by `sentenceOf(item)`; items of no sentence (-1, or past `count`) are left out.
   * @example new BySentence([{ s: 1 }, { s: 0 }], (x) => x.s, 2).of(1) // [{ s: 1 }]
   */
  constructor(
    private readonly items: readonly T[],
    sentenceOf: (item: T) => number,
    readonly count: number,
  ) {
    // Counted two places up, summed one place up, then each item's placement moves its
    // sentence's entry to its end: after that, sentence s has [first[s], first[s + 1]).
    const first = new Int32Array(count + 2);
    for (const item of items) {
      const s = sentenceOf(item);
      if (s >= 0 && s < count) first[s + 2]!++;
    }
    for (let s = 0; s < count; s++) first[s + 2]! += first[s + 1]!;
    const order = new Int32Array(first[count + 1]!);
    for (let i = 0; i < items.length; i++) {
      const s = sentenceOf(items[i]!);
      if (s >= 0 && s < count) order[first[s + 1]!++] = i;
    }
    this.first = first;
    this.order = order;
  }

  /** The items of sentence `s` in list order, as a new array (empty for a sentence without any). */
  of(s: number): T[] {
    const from = this.first[s]!;
    const to = this.first[s + 1]!;
    const out: T[] = [];
    for (let k = from; k < to; k++) out.push(this.items[this.order[k]!]!);
    return out;
  }
}
