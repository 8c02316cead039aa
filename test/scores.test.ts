/**
 * Accuracy against the hand-made gold annotations of the seeds and of twenty-four
 * fixture texts (bg, two cs, de, en, es, fr, hr, it, two ja, three ko, pl, two ru, sk, sr, two uk,
 * three zh): precision, recall and F1 of mentions
 * (exact span and entity), document-level entities and relations, printed per
 * document and per language, held to thresholds. The fixture thresholds are
 * lower: those texts measure how the rules carry to languages and articles the
 * seeds do not show.
 */
import { afterAll, describe, expect, test } from "vitest";
import { extract } from "../src/index.js";
import { addCounts, compare, prf, type Comparison, type Counts } from "./support/score.js";
import { loadFixtureGold, loadSeeds } from "./support/seeds.js";

const MENTION_F1 = 0.92;
const RELATION_F1 = 0.8;
const FIXTURE_MENTION_F1 = 0.8;
const FIXTURE_RELATION_F1 = 0.4;

const rows: { name: string; lang: string; c: Comparison }[] = [];
const f = (x: number) => x.toFixed(3);
const line = (label: string, c: { mentions: Counts; entities: Counts; relations: Counts }) => {
  const [m, e, r] = [prf(c.mentions), prf(c.entities), prf(c.relations)];
  return `${label.padEnd(26)} ${f(m.precision)} ${f(m.recall)} ${f(m.f1)} | ${f(e.precision)} ${f(e.recall)} ${f(e.f1)} | ${f(r.precision)} ${f(r.recall)} ${f(r.f1)}`;
};

describe.each(loadSeeds())("seed $name ($gold.lang)", ({ name, text, gold }) => {
  const result = extract(text);
  const c = compare(result, gold);
  rows.push({ name, lang: gold.lang, c });

  test("language and date", () => {
    expect([result.lang, result.date]).toEqual([gold.lang, gold.date]);
  });
  test(`mention F1 ≥ ${MENTION_F1}`, () => {
    expect(prf(c.mentions).f1, [...c.missed, ...c.spurious].filter((s) => s.startsWith("mention")).join("\n")).toBeGreaterThanOrEqual(MENTION_F1);
  });
  test(`relation F1 ≥ ${RELATION_F1}`, () => {
    expect(prf(c.relations).f1, [...c.missed, ...c.spurious].filter((s) => s.startsWith("relation")).join("\n")).toBeGreaterThanOrEqual(RELATION_F1);
  });
});

const fixtureRows: typeof rows = [];

describe.each(loadFixtureGold())("fixture $name ($gold.lang)", ({ name, text, gold }) => {
  const result = extract(text);
  const c = compare(result, gold);
  fixtureRows.push({ name, lang: gold.lang, c });

  test("language and date", () => {
    expect([result.lang, result.date]).toEqual([gold.lang, gold.date]);
  });
  test(`mention F1 ≥ ${FIXTURE_MENTION_F1}`, () => {
    expect(prf(c.mentions).f1, [...c.missed, ...c.spurious].filter((s) => s.startsWith("mention")).join("\n")).toBeGreaterThanOrEqual(FIXTURE_MENTION_F1);
  });
  test(`relation F1 ≥ ${FIXTURE_RELATION_F1}`, () => {
    expect(prf(c.relations).f1, [...c.missed, ...c.spurious].filter((s) => s.startsWith("relation")).join("\n")).toBeGreaterThanOrEqual(FIXTURE_RELATION_F1);
  });
});

afterAll(() => {
  const zero = () => ({ mentions: { tp: 0, fp: 0, fn: 0 }, entities: { tp: 0, fp: 0, fn: 0 }, relations: { tp: 0, fp: 0, fn: 0 } });
  const table = (title: string, list: typeof rows, total: string) => {
    const out = ["", `${title.padEnd(26)} mentions P R F1       | entities P R F1       | relations P R F1`];
    const byLang = new Map<string, ReturnType<typeof zero>>();
    const all = zero();
    for (const { name, lang, c } of list) {
      out.push(line(`${name.slice(0, 20)} (${lang})`, c));
      const l = byLang.get(lang) ?? zero();
      for (const k of ["mentions", "entities", "relations"] as const) {
        l[k] = addCounts(l[k], c[k]);
        all[k] = addCounts(all[k], c[k]);
      }
      byLang.set(lang, l);
    }
    for (const [lang, c] of byLang) out.push(line(`language ${lang}`, c));
    out.push(line(total, all));
    return out;
  };
  console.log([...table("scores vs fixtures/gold", rows, "all seeds"), ...table("fixture texts (gold)", fixtureRows, "all fixture texts")].join("\n"));
});
