/**
 * The trie's edges, (node, word) → child node, in an open-addressing hash table
 * of 32-bit integers. A `Map` keyed by `node * 2**23 + word` boxed every key
 * beyond 2**30 as a heap number: an allocation per lookup on the matcher's hot
 * path and ~40 bytes per edge. The root's edges are also kept in an array by word:
 * the first word of every candidate name is looked up there, one read in a few
 * kilobytes instead of a probe into the whole table (~400 KB for the default gazetteer).
 */
export class EdgeTable {
  /** Triples [node + 1, word, child]; node + 1 = 0 marks an empty slot. */
  private slots: Int32Array;
  private mask: number;
  /** The root's child by word, -1 for none (the same edges are in `slots` too). */
  private roots = new Int32Array(0);
  size = 0;

  constructor(capacity = 1024) {
    let n = 16;
    while (n < capacity * 2) n *= 2;
    this.slots = new Int32Array(n * 3);
    this.mask = n - 1;
  }

  /** The child of `node` along `word`, or -1. @example table.get(0, 17) // 3 */
  get(node: number, word: number): number {
    if (node === 0) return word >= 0 && word < this.roots.length ? this.roots[word]! : -1;
    const slots = this.slots;
    let i = hash(node, word) & this.mask;
    for (;;) {
      const k = slots[i * 3]!;
      if (k === 0) return -1;
      if (k === node + 1 && slots[i * 3 + 1] === word) return slots[i * 3 + 2]!;
      i = (i + 1) & this.mask;
    }
  }

  /** Adds an edge that is not there yet. @example table.set(0, 17, 3) */
  set(node: number, word: number, child: number): void {
    if ((this.size + 1) * 2 > this.mask + 1) this.grow();
    this.place(node, word, child);
    this.size++;
    if (node === 0) this.setRoot(word, child);
  }

  private setRoot(word: number, child: number): void {
    if (word >= this.roots.length) {
      const roots = new Int32Array(Math.max(16, word + 1, this.roots.length * 2)).fill(-1);
      roots.set(this.roots);
      this.roots = roots;
    }
    this.roots[word] = child;
  }

  /** Calls `fn` for every edge, in slot order. */
  forEach(fn: (node: number, word: number, child: number) => void): void {
    const slots = this.slots;
    for (let i = 0; i < slots.length; i += 3) if (slots[i] !== 0) fn(slots[i]! - 1, slots[i + 1]!, slots[i + 2]!);
  }

  private place(node: number, word: number, child: number): void {
    const slots = this.slots;
    let i = hash(node, word) & this.mask;
    while (slots[i * 3] !== 0) i = (i + 1) & this.mask;
    slots[i * 3] = node + 1;
    slots[i * 3 + 1] = word;
    slots[i * 3 + 2] = child;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = (this.mask << 1) | 1;
    for (let i = 0; i < old.length; i += 3) if (old[i] !== 0) this.place(old[i]! - 1, old[i + 1]!, old[i + 2]!);
  }
}

function hash(node: number, word: number): number {
  const h = Math.imul(node ^ Math.imul(word, 0x9e3779b1), 0x85ebca6b);
  return h ^ (h >>> 15);
}
