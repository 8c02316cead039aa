/**
 * Compiling names into the trie: the record each name gets (read from the name itself,
 * not from another build), duplicates, and records made only when a node is reached.
 */
import { describe, expect, test } from "vitest";
import type { LanguagePack } from "../../src/lang/types.js";
import { compileNames, pendingNames, recordsAt, type NameRecord, type Vocabulary } from "../../src/match/vocabulary.js";
import type { GazetteerEntry } from "../../src/schema/gazetteer.js";

const gazetteer: GazetteerEntry[] = [
  { id: "kim", type: "person", name: "Kim Jong Un", aliases: { en: ["Kim Jong Un", " Kim Jong Un "], pl: ["Kim Dzong Un"] }, short: { en: ["Kim"] } },
  { id: "korea-pln", type: "country", name: "Korea Północna", aliases: { pl: ["Korea Płn.", "Korea Północna"] }, abbreviations: { en: ["DPRK"], pl: ["KRLD"] } },
  { id: "ue", type: "organization", name: "Unia Europejska", aliases: { pl: ["Unia Europejska"] }, abbreviations: { pl: ["UE"] } },
  { id: "kim-yo-jong", type: "person", name: "Kim Yo Jong", aliases: { en: ["Kim Yo Jong"] }, short: { en: ["Kim"] } },
];

const pack = { code: "pl", roles: { president: ["prezydent"] } } as unknown as LanguagePack;

function nodeOf(vocab: Vocabulary, words: string[]): number {
  let node = 0;
  for (const w of words) node = vocab.edges.get(node, vocab.wordIds.get(w)!);
  return node;
}

describe("compileNames", () => {
  const names = pendingNames(gazetteer, [pack]);
  const { vocab, placed } = compileNames(names, gazetteer);
  const ids = (words: string[]) => words.map((w) => vocab.wordIds.get(w)!);

  test("makes no record before a node is reached, and the same list every time after", () => {
    expect(vocab.terminals.every((t) => t === undefined)).toBe(true);
    const node = nodeOf(vocab, ["kim", "jong", "un"]);
    expect(recordsAt(vocab, node)).toBe(recordsAt(vocab, node));
    expect(recordsAt(vocab, nodeOf(vocab, ["kim", "jong"]))).toBeUndefined();
  });

  test("a name's record says what the name says", () => {
    const expected: NameRecord = {
      entity: 0,
      kind: "name",
      role: undefined,
      base: "Kim Jong Un",
      lang: "en",
      words: 3,
      upperMask: 0b111,
      capsMask: 0,
      wordIds: ids(["kim", "jong", "un"]),
      order: 0,
      exact: undefined,
      period: false,
      alone: undefined,
    };
    // The second alias is the first once trimmed: one record.
    expect(recordsAt(vocab, nodeOf(vocab, ["kim", "jong", "un"]))).toEqual([expected]);
    expect(placed.node[1]).toBe(-1);
  });

  test("names of two entries at one node keep name order; a short name and a role get theirs", () => {
    const kims = recordsAt(vocab, nodeOf(vocab, ["kim"]))!;
    expect(kims.map((r) => [gazetteer[r.entity]!.id, r.kind, r.lang, r.upperMask])).toEqual([
      ["kim", "short", "en", 1],
      ["kim-yo-jong", "short", "en", 1],
    ]);
    const role = recordsAt(vocab, nodeOf(vocab, ["prezydent"]))!;
    expect(role.map((r) => [r.entity, r.kind, r.role, r.lang, r.upperMask])).toEqual([[-1, "role", "president", "pl", 0]]);
  });

  test("an abbreviation keeps its words as written; a short acronym only matches capitals; a final period is required", () => {
    const [krld] = recordsAt(vocab, nodeOf(vocab, ["krld"]))!;
    expect([krld!.exact, krld!.capsMask, krld!.upperMask]).toEqual([["KRLD"], 0, 1]);
    const [ue] = recordsAt(vocab, nodeOf(vocab, ["ue"]))!;
    expect([ue!.exact, ue!.capsMask, ue!.lang]).toEqual([["UE"], 1, "pl"]);
    const [pln] = recordsAt(vocab, nodeOf(vocab, ["korea", "pln"]))!;
    expect([pln!.base, pln!.period, pln!.order, pln!.wordIds]).toEqual(["Korea Płn.", true, 0, ids(["korea", "pln"])]);
  });

  test("a sentence-case name of several words needs no capital", () => {
    const [unia] = recordsAt(vocab, nodeOf(vocab, ["unia", "europejska"]))!;
    expect(unia!.upperMask).toBe(0b11);
    const lower = compileNames(pendingNames([{ id: "sad", type: "organization", name: "Sąd Najwyższy", aliases: { pl: ["Sąd najwyższy"] } }], []), []).vocab;
    expect(recordsAt(lower, nodeOf(lower, ["sad", "najwyzszy"]))![0]!.upperMask).toBe(0);
  });

  test("each word knows the languages of its names", () => {
    const bit = (lang: string) => vocab.languageBits.get(lang)!;
    expect(vocab.wordLanguages[vocab.wordIds.get("kim")!]).toBe(bit("en") | bit("pl"));
    expect(vocab.wordLanguages[vocab.wordIds.get("dzong")!]).toBe(bit("pl"));
    expect(vocab.wordLanguages[vocab.wordIds.get("dprk")!]).toBe(bit("en"));
  });
});
