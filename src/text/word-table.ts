/**
 * One string per distinct folded word, kept across texts: a token's key is read from
 * the folded text without slicing it when the word was seen before. News repeats its
 * words (a 10 MB document has 1.5 million tokens and 6,300 distinct words), so most
 * tokens allocate nothing, and the strings every later lookup hashes are the same few
 * thousand, their hashes already computed.
 */
import { ownString } from "./own-string.js";

/** Distinct words kept before the table starts over (a few MB at most). */
const LIMIT = 1 << 17;
const INITIAL = 1 << 12;

let strings: (string | undefined)[] = new Array<string | undefined>(INITIAL);
let hashes = new Int32Array(INITIAL);
let mask = INITIAL - 1;
let size = 0;

/**
 * The string `folded.slice(start, end)`, shared with every earlier call for the same word;
 * `hash` is `hashRange(folded, start, end)`.
 * @example wordAt("xi met xi", 7, 9, hashRange("xi met xi", 7, 9)) === wordAt("xi", 0, 2, hashRange("xi", 0, 2))
 */
export function wordAt(folded: string, start: number, end: number, hash: number): string {
  const length = end - start;
  let slot = hash & mask;
  for (let known = strings[slot]; known !== undefined; known = strings[slot]) {
    if (hashes[slot] === hash && known.length === length && sameUnits(known, folded, start)) return known;
    slot = (slot + 1) & mask;
  }
  // A copy: the table outlives the text, and a slice would keep all of it (see own-string.ts).
  const word = ownString(folded.slice(start, end));
  if (size >= LIMIT) {
    clear(INITIAL);
    slot = hash & mask;
  } else if ((size + 1) * 2 > mask + 1) {
    grow();
    slot = hash & mask;
    while (strings[slot] !== undefined) slot = (slot + 1) & mask;
  }
  strings[slot] = word;
  hashes[slot] = hash;
  size++;
  return word;
}

/** A hash of `text[start, end)` (FNV-1a over UTF-16 units). */
export function hashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/** Distinct words held now (for tests). */
export function wordTableSize(): number {
  return size;
}

function sameUnits(word: string, text: string, start: number): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

function clear(capacity: number): void {
  strings = new Array<string | undefined>(capacity);
  hashes = new Int32Array(capacity);
  mask = capacity - 1;
  size = 0;
}

function grow(): void {
  const oldStrings = strings;
  const oldHashes = hashes;
  clear((mask + 1) * 2);
  for (let i = 0; i < oldStrings.length; i++) {
    const word = oldStrings[i];
    if (word === undefined) continue;
    let slot = oldHashes[i]! & mask;
    while (strings[slot] !== undefined) slot = (slot + 1) & mask;
    strings[slot] = word;
    hashes[slot] = oldHashes[i]!;
    size++;
  }
}
