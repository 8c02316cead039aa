/**
 * The public API (SPEC §1, §7): typed errors for bad input, options and
 * gazetteers; custom and extended gazetteers; results valid against the schema;
 * inferred types.
 */
import { describe, expect, expectTypeOf, test } from "vitest";
import {
  CommuniqueError,
  ExtractionSchema,
  GazetteerError,
  InvalidInputError,
  InvalidOptionsError,
  createExtractor,
  defaultGazetteer,
  extract,
  type Extraction,
  type GazetteerEntry,
  type Mention,
} from "../src/index.js";

describe("errors", () => {
  test.each([[undefined], [null], [42], [{ text: "x" }], [["a"]], [Buffer.from("x")]])("a non-string input (%j) is an InvalidInputError", (input) => {
    expect(() => extract(input as unknown as string)).toThrow(InvalidInputError);
    expect(() => extract(input as unknown as string)).toThrow(/expects a string/);
  });
  test.each([
    [{ lang: "Polish" }, /lang/],
    [{ date: "12.10.2025" }, /date/],
    [{ date: "2025-02-30" }, /date/],
    [{ language: "pl" }, /language/],
    ["pl", /expected an object/],
  ])("invalid options %j", (options, message) => {
    expect(() => extract("Xi", options as never)).toThrow(InvalidOptionsError);
    expect(() => extract("Xi", options as never)).toThrow(message);
  });
  test("options already accepted are read again each call: a valid one does not let a wrong one through", () => {
    const text = "Si Dzinping se setkal s Kim Čong-unem.";
    const once = extract(text, { lang: "cs", date: "2025-09-04" });
    expect(extract(text, { lang: "cs", date: "2025-09-04" })).toEqual(once);
    expect(extract(text, { date: "2025-09-04", lang: "cs" })).toEqual(once);
    expect(() => extract(text, { lang: "cs", date: "2025-02-30" })).toThrow(InvalidOptionsError);
    expect(() => extract(text, { lang: "cs", date: "2025-09-04", extra: 1 } as never)).toThrow(/extra/);
    expect(() => extract(text, Object.assign(Object.create({ lang: "cs" }), { date: "2025-09-04", language: "pl" }))).toThrow(/language/);
    expect(() => extract(text, { lang: "CS", date: "2025-09-04" })).toThrow(/lang/);
  });
  test("errors carry a code and are CommuniqueErrors", () => {
    try {
      extract("Xi", { lang: "xx-YY" } as never);
    } catch (e) {
      expect(e).toBeInstanceOf(CommuniqueError);
      expect((e as CommuniqueError).code).toBe("INVALID_OPTIONS");
    }
  });
  test.each([
    [[{ id: "Bad Id", type: "person", name: "X", aliases: {} }], /"Bad Id".*id/],
    [[{ id: "x", type: "date", name: "X", aliases: {} }], /"x".*type/],
    [[{ id: "x", type: "person", name: "X", aliases: { polish: ["X"] } }], /"x".*aliases/],
    [[{ id: "x", type: "person", name: "X", aliases: {}, wikidata: "148" }], /"x".*wikidata/],
    [[{ id: "x", type: "person", name: "X", aliases: {}, positions: [{ role: "president", of: "nowhere" }] }], /"x".*positions.0.of.*unknown entity "nowhere"/],
    [[{ id: "x", type: "person", name: "X", aliases: {} }, { id: "x", type: "place", name: "Y", aliases: {} }], /duplicate id "x"/],
    ["not an array", /expected an array/],
  ])("a bad gazetteer names the entry and the field (%#)", (gazetteer, message) => {
    expect(() => createExtractor({ gazetteer: gazetteer as never })).toThrow(GazetteerError);
    expect(() => createExtractor({ gazetteer: gazetteer as never })).toThrow(message);
  });
});

describe("results", () => {
  const text = " date 2025-09-05 Xi Jinping held talks with Kim Jong Un in Beijing on Thursday.";
  test("follow the schema, with mention ids, sentence indices and exact offsets", () => {
    const r = extract(text);
    expect(ExtractionSchema.safeParse(r).error).toBeUndefined();
    expect(r.date).toBe("2025-09-05");
    r.mentions.forEach((m, i) => {
      expect(m.id).toBe(`m${i}`);
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(r.sentences[m.sentence]!.start).toBeLessThanOrEqual(m.start);
    });
    expect(r.entities.map((e) => e.id)).toEqual(expect.arrayContaining(["xi-jinping", "kim-jong-un", "beijing"]));
  });
  test("options override the header and the identified language", () => {
    const r = extract(text, { date: "2010-01-01", lang: "en" });
    expect([r.date, r.lang]).toEqual(["2010-01-01", "en"]);
  });
  test("are deterministic", () => expect(extract(text)).toEqual(extract(text)));
  test("empty and wordless input give an empty result", () => {
    for (const t of ["", "   ", "\n\n", "12345 !!!", "😀😀"]) {
      const r = extract(t);
      expect(r.mentions).toEqual([]);
      expect(r.relations).toEqual([]);
    }
  });
});

describe("custom gazetteers", () => {
  const mine: GazetteerEntry = { id: "nord-stream", type: "policy", name: "Nord Stream", aliases: { pl: ["Nord Stream"] } };
  test("only the given entries are found", () => {
    const ex = createExtractor({ gazetteer: [mine] });
    const r = ex.extract("Xi Jinping mówił o Nord Streamie.", { lang: "pl" });
    expect(r.entities.map((e) => e.id)).toEqual(["nord-stream"]);
  });
  test("the default gazetteer can be extended", () => {
    const ex = createExtractor({ gazetteer: [...defaultGazetteer, mine] });
    const r = ex.extract("Xi Jinping mówił o Nord Stream.", { lang: "pl" });
    expect(r.entities.map((e) => e.id)).toEqual(["xi-jinping", "nord-stream"]);
    expect(ex.gazetteer.length).toBe(defaultGazetteer.length + 1);
  });
});

test("types are inferred from the schemas", () => {
  expectTypeOf(extract).returns.toEqualTypeOf<Extraction>();
  expectTypeOf<Mention["form"]>().toEqualTypeOf<"name" | "short" | "abbreviation" | "descriptor" | "adjective" | "date">();
  expectTypeOf<Mention["entity"]>().toEqualTypeOf<string | null>();
  expectTypeOf<Extraction["relations"][number]["attributes"]>().toHaveProperty("role");
  expectTypeOf<GazetteerEntry["type"]>().not.toEqualTypeOf<Mention["type"]>();
});
