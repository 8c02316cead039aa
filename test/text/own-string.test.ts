/**
 * Words kept across texts keep no text alive: the per-language word memo (readWords) and
 * the word table of long texts hold copies, not slices, of the folded text (see
 * src/text/own-string.ts). Measured as heap kept after a full collection; the texts are
 * large enough that keeping them would be megabytes.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { expect, test } from "vitest";
import { createExtractor } from "../../src/index.js";
import { ownString } from "../../src/text/own-string.js";
import { hashRange, wordAt } from "../../src/text/word-table.js";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

/** Heap in use after a full collection, in MB. */
function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1e6;
}

/** A word of 16 letters, distinct for each `i` ≥ 0 ("zqaaaa…"). */
const uniqueWord = (i: number) => `zq${i.toString(26).replace(/./g, (d) => String.fromCharCode(97 + parseInt(d, 26))).padStart(14, "a")}`;

test("ownString gives an equal string", () => {
  const folded = "x".repeat(100) + "pekinem i moskwa";
  expect(ownString(folded.slice(100, 116))).toBe("pekinem i moskwa");
  expect(ownString("")).toBe("");
});

test("a word the memo keeps does not keep its document", () => {
  const extractor = createExtractor();
  // Below the length from which tokens are read through the word table; the spaces cost little to read.
  const doc = (i: number) => `Xi Jinping held talks with Kim Jong Un. The ${uniqueWord(i)} was discussed.${" ".repeat(250_000)}`;
  extractor.extract(doc(1000)); // English compiled, its memo made
  const before = heapAfterGc();
  for (let i = 0; i < 60; i++) extractor.extract(doc(i)); // 60 new long words; 15 MB of folded text if each kept its own
  expect(heapAfterGc() - before).toBeLessThan(3);
});

test("a word the table of long texts keeps does not keep its text", () => {
  const before = heapAfterGc();
  for (let i = 0; i < 30; i++) {
    const folded = `${"a ".repeat(500_000)}${uniqueWord(i)}`; // 1 MB
    const start = folded.length - 16;
    expect(wordAt(folded, start, folded.length, hashRange(folded, start, folded.length))).toBe(uniqueWord(i));
  }
  expect(heapAfterGc() - before).toBeLessThan(3);
});
