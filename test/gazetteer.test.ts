/**
 * The gazetteer is code: every data file is validated by the zod schema and
 * checked for the mistakes a reviewer would catch (order, duplicates, wrong
 * kinds of names, impossible dates, references to nothing).
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { defaultGazetteer } from "../src/gazetteer/default.js";
import { extract } from "../src/index.js";
import { validateGazetteer } from "../src/gazetteer/validate.js";
import { builtinLanguages } from "../src/lang/index.js";
import { GazetteerSchema, type GazetteerEntry } from "../src/schema/gazetteer.js";
import { foldText } from "../src/text/chars.js";
import { ROOT } from "./support/seeds.js";

const dir = join(ROOT, "src", "data", "gazetteer");
const files = readdirSync(dir).filter((f) => f.endsWith(".json"));
/** Full names that two entities may share because the world does: resolved from context. */
const SHARED_NAMES = new Set(["PCC"]);
/** Abbreviations their owners write in lowercase. */
const LOWERCASE_ABBREVIATIONS = new Set(["dpa"]);

describe.each(files)("%s", (file) => {
  const text = readFileSync(join(dir, file), "utf8");
  const entries = JSON.parse(text) as GazetteerEntry[];
  test("parses with the gazetteer schema", () => {
    expect(GazetteerSchema.safeParse(entries).error).toBeUndefined();
  });
  test("holds only its own type, sorted by id, formatted as 2-space JSON", () => {
    expect(new Set(entries.map((e) => e.type))).toEqual(new Set([file.replace(".json", "")]));
    expect(entries.map((e) => e.id)).toEqual(entries.map((e) => e.id).sort());
    expect(text).toBe(JSON.stringify(entries, null, 2) + "\n");
  });
});

describe("the default gazetteer", () => {
  test("is valid as a whole: unique ids, positions and capitals refer to entries", () => {
    expect(() => validateGazetteer([...defaultGazetteer])).not.toThrow();
  });

  test("uses only known language keys", () => {
    const known = new Set([...builtinLanguages.map((l) => l.code), "*", "pt", "nl", "sv", "ar", "fa", "tr", "vi", "mn", "be", "kk", "hu", "ro", "el", "fi", "lt", "lv", "et", "mk"]);
    for (const e of defaultGazetteer) {
      for (const field of ["aliases", "short", "abbreviations", "adjectives", "descriptors"] as const) {
        for (const lang of Object.keys(e[field] ?? {})) expect(known.has(lang), `${e.id}.${field}.${lang}`).toBe(true);
      }
    }
  });

  test("no two entities share a full name or an abbreviation, unless they belong to different countries", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    const countryOf = new Map(defaultGazetteer.map((e) => [e.id, e.country]));
    // "Victory Day" is Russia's, China's and North Korea's: the resolver tells them apart by the countries around it (src/resolve/by-country.ts).
    const toldApart = (a: string, b: string) => countryOf.get(a) !== undefined && countryOf.get(b) !== undefined && countryOf.get(a) !== countryOf.get(b);
    for (const e of defaultGazetteer) {
      for (const field of ["aliases", "abbreviations"] as const) {
        for (const names of Object.values(e[field] ?? {})) {
          for (const n of names) {
            const key = field === "abbreviations" ? `#${n}` : foldText(n);
            const prev = owner.get(key);
            if (prev && prev !== e.id && !SHARED_NAMES.has(n) && !toldApart(prev, e.id)) clashes.push(`${n}: ${prev} / ${e.id}`);
            owner.set(key, e.id);
          }
        }
      }
    }
    expect(clashes).toEqual([]);
  });

  test("abbreviations contain a capital letter (or are written in a script without case); short forms are shorter than a full name", () => {
    for (const e of defaultGazetteer) {
      for (const names of Object.values(e.abbreviations ?? {})) for (const a of names) if (!LOWERCASE_ABBREVIATIONS.has(a)) expect(a, e.id).toMatch(/\p{Lu}|^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hangul}]+$/u);
      const full = Object.values(e.aliases).flat().map(foldText);
      for (const names of Object.values(e.short ?? {})) for (const s of names) expect(full.includes(foldText(s)), `${e.id}: short "${s}" is a full name`).toBe(false);
    }
  });

  // Han and kana are matched one character at a time, so a one-character short form would hide
  // inside words; Korean is spaced, and its pack lists the syllables that are common words ("시").
  // A person's one-kanji surname is kept only before an honorific or a title ("金氏": see
  // surnameContext in src/resolve/mentions.ts), so only people have one, and never in kana.
  test("a Han or kana short form of one character is a person's surname in Han", () => {
    // One-character abbreviations (中, 朝) are kept only in compounds: src/resolve/compound-abbreviations.ts.
    for (const e of defaultGazetteer) {
      for (const names of Object.values(e.short ?? {})) {
        for (const s of names) {
          if (!/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u.test(s)) continue;
          expect(`${e.type} ${/^\p{Script=Han}$/u.test(s)}`, `${e.id}: ${s}`).toBe("person true");
        }
      }
    }
  });

  test("an office has one holder at a time", () => {
    const single = new Set(["leader", "president", "premier", "prime minister", "general secretary", "foreign minister", "defence minister"]);
    const byOffice = new Map<string, { id: string; from: string; to: string }[]>();
    for (const e of defaultGazetteer) {
      for (const p of e.positions ?? []) {
        if (!single.has(p.role) || !p.from) continue;
        const key = `${p.role}|${p.of}`;
        const list = byOffice.get(key) ?? [];
        list.push({ id: e.id, from: p.from, to: p.to ?? "9999-12-31" });
        byOffice.set(key, list);
      }
    }
    const overlaps: string[] = [];
    for (const [office, terms] of byOffice) {
      for (const a of terms) for (const b of terms) if (a !== b && a.id !== b.id && a.from < b.to && b.from < a.to) overlaps.push(`${office}: ${a.id} ${a.from}..${a.to} / ${b.id} ${b.from}..${b.to}`);
    }
    expect(overlaps).toEqual([]);
  });

  test("every entity referred to by the gold files exists with the gold's type", () => {
    const byId = new Map(defaultGazetteer.map((e) => [e.id, e]));
    for (const file of readdirSync(join(ROOT, "fixtures", "gold")).filter((f) => f.endsWith(".json"))) {
      const gold = JSON.parse(readFileSync(join(ROOT, "fixtures", "gold", file), "utf8")) as { mentions: { entity: string | null; type: string }[] };
      for (const m of gold.mentions) {
        if (m.entity === null) continue;
        expect(byId.get(m.entity)?.type, `${file}: ${m.entity}`).toBe(m.type);
      }
    }
  });
});

describe("the default gazetteer's names in the languages that write them", () => {
  const rows: [lang: string, text: string, expected: string][] = [
    ["sl", "Srečal se je s Kim Džong Unom.", "Kim Džong Unom kim-jong-un"],
    ["sl", "Parada bo na trgu Kim Il Sunga.", "trgu Kim Il Sunga kim-il-sung-square"],
    // The party named with "stranka" as well as "partija": the title is then Kim's descriptor.
    ["sl", "Generalni sekretar Delavske stranke Koreje je govoril.", "Generalni sekretar Delavske stranke Koreje kim-jong-un"],
    ["cs", "Přehlídka byla na náměstí Kim Ir-sena.", "náměstí Kim Ir-sena kim-il-sung-square"],
    ["sk", "Sergej Šojgu pricestoval do Pchjongjangu.", "Sergej Šojgu sergei-shoigu"],
    ["sk", "Prehliadka bola na námestí Nebeského pokoja.", "námestí Nebeského pokoja tiananmen-square"],
    ["sl", "Sergej Šojgu je prispel v Pjongjang.", "Sergej Šojgu sergei-shoigu"],
    ["uk", "Сторони підписали договір про всеосяжне стратегічне партнерство.", "договір про всеосяжне стратегічне партнерство dprk-russia-treaty"],
  ];
  for (const [lang, text, expected] of rows) {
    test(`${lang}: ${text}`, () => {
      expect(extract(text, { lang, date: "2023-07-28" }).mentions.map((m) => `${m.text} ${m.entity}`)).toContain(expected);
    });
  }
});
