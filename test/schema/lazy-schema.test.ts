import { inspect } from "node:util";
import { expect, test } from "vitest";
import * as z from "zod";
import * as zm from "zod/mini";
import { ExtractionSchema, GazetteerSchema, SpanSchema, extract } from "../../src/index.js";
import { lazySchema } from "../../src/schema/lazy-schema.js";
import { zodSchema } from "../../src/schema/zod-schema.js";

/** The same schema twice: built now, and built at first read. */
function twins() {
  let builds = 0;
  const build = () => {
    builds++;
    return z.object({ id: z.string().regex(/^m\d+$/), start: z.number().int().nonnegative(), tags: z.array(z.enum(["a", "b"])).optional() }).strict();
  };
  const eager = build();
  builds = 0;
  const lazy = lazySchema(build);
  return { eager, lazy, builds: () => builds };
}

/** What both schemas of a pair answer: a result, or the issues of an error. */
interface Parser {
  safeParse(input: unknown): { success: true; data: unknown } | { success: false; error: { issues: unknown[] } };
}

/** `lazy` accepts what `eager` accepts, with the same data, and rejects the rest with the same issues. */
function expectSameAnswers(eager: Parser, lazy: Parser): void {
  const inputs: unknown[] = [{ id: "m1", start: 3 }, { id: "m1", start: -1 }, { id: "q", start: 0, tags: ["a", "c"] }, { id: "m2", start: 1, more: 1 }, null, "m1"];
  for (const input of inputs) {
    const a = eager.safeParse(input);
    const b = lazy.safeParse(input);
    expect(b.success).toBe(a.success);
    expect(b.success ? b.data : b.error.issues).toEqual(a.success ? a.data : a.error.issues);
  }
}

test("a lazy schema is built once, at its first read, not when it is made", () => {
  const { lazy, builds } = twins();
  expect(builds()).toBe(0);
  lazy.parse({ id: "m1", start: 0 });
  lazy.safeParse({ id: "x" });
  expect(builds()).toBe(1);
});

test("a lazy schema answers as the schema it stands for", () => {
  const { eager, lazy } = twins();
  expectSameAnswers(eager, lazy);
  expect(lazy).toBeInstanceOf(z.ZodObject);
  expect(lazy).toBeInstanceOf(z.ZodType);
  expect(Object.getPrototypeOf(lazy)).toBe(Object.getPrototypeOf(eager));
  expect(Object.keys(lazy.shape)).toEqual(["id", "start", "tags"]);
  expect("parse" in lazy).toBe(true);
  expect(z.toJSONSchema(lazy)).toEqual(z.toJSONSchema(eager));
  // Composed into other schemas, and composed itself.
  expect(z.array(lazy).safeParse([{ id: "m1", start: 0 }]).success).toBe(true);
  expect(lazy.extend({ end: z.number() }).safeParse({ id: "m1", start: 0, end: 2 }).success).toBe(true);
  expect(lazy.optional().safeParse(undefined).success).toBe(true);
});

test("a zod/mini schema made by zodSchema, as the package makes its own, answers as the schema it stands for", () => {
  let builds = 0;
  const build = () => {
    builds++;
    return zm.strictObject({ id: zm.string().check(zm.regex(/^m\d+$/)), start: zm.int().check(zm.nonnegative()), tags: zm.optional(zm.array(zm.enum(["a", "b"]))) });
  };
  const eager = build();
  builds = 0;
  const lazy = zodSchema(build);
  expect(builds).toBe(0);
  expectSameAnswers(eager, lazy);
  expect(builds).toBe(1);
  expect(lazy).toBeInstanceOf(zm.ZodMiniObject);
  expect(Object.getPrototypeOf(lazy)).toBe(Object.getPrototypeOf(eager));
  expect(zm.toJSONSchema(lazy)).toEqual(zm.toJSONSchema(eager));
  // Composed with zod/mini's functions, as the package's schemas compose each other.
  expect(zm.optional(lazy).safeParse(undefined).success).toBe(true);
  expect(zm.extend(lazy, { end: zm.number() }).safeParse({ id: "m1", start: 0, end: 2 }).success).toBe(true);
  expect(zm.array(lazy).safeParse([{ id: "m1", start: -1 }]).success).toBe(false);
});

test("console.log shows a lazy schema as the schema, not as the Proxy's empty target", () => {
  // Fresh twins: zod keeps a method bound to its schema once the method is read, which inspect shows.
  const { eager, lazy } = twins();
  expect(inspect(lazy, { depth: 1 })).toBe(inspect(eager, { depth: 1 }));
  expect(inspect(lazy)).toMatch(/^ZodObject /);
});

test("the exported schemas are zod schemas (zod/mini): the result of extract parses, a bad one does not", () => {
  const result = extract("Xi Jinping met Kim Jong Un in Beijing on 4 September 2025.", { date: "2025-09-05" });
  expect(ExtractionSchema.parse(result)).toEqual(result);
  expect(ExtractionSchema.safeParse({ ...result, lang: "xx-1" }).success).toBe(false);
  expect(SpanSchema).toBeInstanceOf(zm.ZodMiniObject);
  // A program on zod's classic API builds on them with its functions, as test/support/gold-schema.ts does.
  const Marked = z.object({ ...SpanSchema.shape, label: z.string() });
  expect(Marked.parse({ start: 1, end: 2, label: "x" })).toEqual({ start: 1, end: 2, label: "x" });
  expect(Marked.safeParse({ start: -1, end: 2, label: "x" }).success).toBe(false);
  expect(GazetteerSchema.safeParse([{ id: "Bad Id", type: "person", name: "x", aliases: {} }]).success).toBe(false);
});
