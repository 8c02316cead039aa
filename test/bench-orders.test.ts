/** The orders of bench:locality read the same texts the same number of times; only the order differs. */
import { expect, test } from "vitest";
import { distinctPasses, ORDERS, READS, REPEAT } from "../bench/source-passes.js";

const langs = ["bg", "pl", "en", "bg", "en", "en", "pl"];
const counts = (order: number[]) => langs.map((_, i) => order.filter((j) => j === i).length);

test("corpus order reads every text once, in corpus order", () => {
  expect(ORDERS.corpus(langs)).toEqual([0, 1, 2, 3, 4, 5, 6]);
});

test.each(["language", "text"] as const)("%s order reads every text REPEAT times", (name) => {
  expect(counts(ORDERS[name](langs))).toEqual(langs.map(() => REPEAT));
});

test("language order keeps each language's texts together, in the order the languages first appear", () => {
  const order = ORDERS.language(langs).map((i) => langs[i]);
  expect(order).toEqual([...Array<string>(2 * REPEAT).fill("bg"), ...Array<string>(2 * REPEAT).fill("pl"), ...Array<string>(3 * REPEAT).fill("en")]);
  expect(ORDERS.language(langs).slice(0, 4)).toEqual([0, 3, 0, 3]);
});

test.each(Object.keys(ORDERS) as (keyof typeof ORDERS)[])("READS says how many times a pass in %s order reads each text", (name) => {
  expect(ORDERS[name](langs).length).toBe(READS[name] * langs.length);
});

test("text order reads each text REPEAT times in a row", () => {
  expect(ORDERS.text(langs).slice(0, REPEAT + 1)).toEqual([...Array<number>(REPEAT).fill(0), 1]);
});

test("the distinct passes read the first `per` texts of each language once, grouped or languages taking turns", () => {
  const docs = [..."abcdefg"].map((text, i) => ({ lang: langs[i]!, text }));
  const { grouped, alternating } = distinctPasses(docs, 2);
  expect(grouped).toEqual(["a", "d", "b", "g", "c", "e"]);
  expect(alternating).toEqual(["a", "b", "c", "d", "g", "e"]);
});
