/**
 * The seeds' gold date mentions, through the whole `extract`: exact span and value,
 * and no date mention the gold does not have.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { extract } from "../../src/index.js";
import { GoldFileSchema } from "../support/gold-schema.js";

const root = join(import.meta.dirname, "../..");
const golds = readdirSync(join(root, "fixtures/gold"))
  .filter((f) => f.endsWith(".json"))
  .map((f) => GoldFileSchema.parse(JSON.parse(readFileSync(join(root, "fixtures/gold", f), "utf8"))));

const show = (m: { start: number; end: number; text: string; value?: string }) => `${m.start}:${m.end} ${m.text} = ${m.value ?? "-"}`;

describe("seed dates", () => {
  test.each(golds.map((g) => [g.file, g] as const))("%s", (file, gold) => {
    const text = readFileSync(join(root, "seeds", file), "utf8");
    const result = extract(text, { lang: gold.lang });
    const found = result.mentions.filter((m) => m.type === "date");
    expect(found.map(show)).toEqual(gold.mentions.filter((m) => m.type === "date").map(show));
    for (const m of found) expect(m).toMatchObject({ entity: null, form: "date", text: text.slice(m.start, m.end) });
  });
});
