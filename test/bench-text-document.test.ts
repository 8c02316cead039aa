/** bench:text's single documents: exact sizes, and the corpus's languages in its proportions at every size. */
import { expect, test } from "vitest";
import type { BenchDocument } from "../bench/corpus.js";
import { documentOfSize, sameMixDocuments } from "../bench/text-document.js";

/** A document of `paragraphs` paragraphs of `length` copies of `letter`, with a seed header. */
function doc(lang: string, letter: string, paragraphs: number, length: number): BenchDocument {
  const text = ` date 2025-09-04 https://example.com/${lang}\n\n` + Array.from({ length: paragraphs }, () => letter.repeat(length)).join("\n\n");
  return { name: lang, lang, date: "2025-09-04", text, bytes: Buffer.byteLength(text) };
}

// Three languages, in corpus order, with 60 %, 30 % and 10 % of the bytes ("ж" is two bytes in UTF-8).
const docs = [doc("aa", "a", 30, 200), doc("bb", "ж", 15, 100), doc("cc", "c", 5, 200)];
const share = (text: string, letter: string) => (Buffer.byteLength(text.replaceAll(new RegExp(`[^${letter}]`, "g"), "")) / Buffer.byteLength(text));

test.each([1_000, 5_000, 25_001])("a document of %i bytes has that many, less at most 3, and no header", (bytes) => {
  const text = documentOfSize(docs, bytes);
  expect(Buffer.byteLength(text)).toBeLessThanOrEqual(bytes);
  expect(Buffer.byteLength(text)).toBeGreaterThanOrEqual(bytes - 3);
  expect(text).not.toContain("date");
  expect(text).not.toContain("\uFFFD");
});

test("every size holds the languages in the corpus's proportions, not the first documents' languages", () => {
  for (const bytes of [3_000, 10_000, 40_000]) {
    const text = documentOfSize(docs, bytes);
    expect(share(text, "a")).toBeCloseTo(0.6, 1);
    expect(share(text, "ж")).toBeCloseTo(0.3, 1);
    expect(share(text, "c")).toBeCloseTo(0.1, 1);
  }
});

test("a language's paragraphs come in their order and start over when used up", () => {
  const numbered = [{ ...doc("aa", "a", 1, 1), text: "one\n\ntwo\n\nthree" }];
  expect(documentOfSize(numbered, 24)).toBe("one\n\ntwo\n\nthree\n\none\n\ntw");
});

test("an empty corpus is an error", () => {
  expect(() => documentOfSize([], 1_000)).toThrow(/no paragraphs/);
});

test("the source texts' documents of every size are one sequence cut at different lengths, with the first text's date", () => {
  const sizes = [1_000, 100_000, 1_000_000];
  const { texts, date } = sameMixDocuments(sizes);
  texts.forEach((text, i) => {
    expect(Buffer.byteLength(text)).toBeGreaterThanOrEqual(sizes[i]! - 3);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(sizes[i]!);
  });
  expect(texts[2]!.startsWith(texts[1]!)).toBe(true);
  expect(texts[1]!.startsWith(texts[0]!)).toBe(true);
  expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
});
