import { expect, test } from "vitest";
import { foldText } from "../../src/text/chars.js";
import { scanTokens } from "../../src/text/tokens.js";
import { hashRange, wordAt, wordTableSize } from "../../src/text/word-table.js";

const at = (text: string, start: number, end: number) => wordAt(text, start, end, hashRange(text, start, end));

test("wordAt gives the slice, once per distinct word", () => {
  const text = "xi met kim; kim met xi in pekin, pekinem";
  const before = wordTableSize();
  const words = [...text.matchAll(/\p{L}+/gu)].map((m) => at(text, m.index, m.index + m[0].length));
  expect(words).toEqual(["xi", "met", "kim", "kim", "met", "xi", "in", "pekin", "pekinem"]);
  expect(wordTableSize() - before).toBeLessThanOrEqual(6);
  expect(at("pekin", 0, 5)).toBe("pekin");
  expect(at("pekinem", 0, 5)).toBe("pekin"); // a prefix of a known word is its own word
  expect(at("", 0, 0)).toBe("");
});

test("wordAt stays right through growth and the restart at its limit", () => {
  // 300,000 distinct words: the table grows many times and starts over twice.
  const words = Array.from({ length: 300_000 }, (_, i) => `w${i.toString(36)}`);
  const text = words.join(" ");
  let from = 0;
  for (const word of words) {
    expect(at(text, from, from + word.length)).toBe(word);
    from += word.length + 1;
  }
  expect(wordTableSize()).toBeLessThanOrEqual(1 << 17);
  expect(at(text, 0, words[0]!.length)).toBe(words[0]);
});

test("a long text's keys (read from the table) are what a short text's slices are", () => {
  const piece = `Xi Jinping und Kim Jong-un trafen sich in Pekin. Си Дзинпин и Ким Чен Ын. 习近平和金正恩 e\u0301cole 김정은 위원장은 42 ${"w".repeat(70)} `;
  const long = piece.repeat(Math.ceil(300_000 / piece.length));
  const folded = foldText(long);
  const longTokens = scanTokens(long, folded);
  const shortTokens = scanTokens(piece, foldText(piece));
  expect(long.length).toBeGreaterThan(1 << 18);
  expect(longTokens.count).toBe(shortTokens.count * (long.length / piece.length));
  for (let t = 0; t < longTokens.count; t++) expect(longTokens.keys[t]).toBe(shortTokens.keys[t % shortTokens.count]);
});
