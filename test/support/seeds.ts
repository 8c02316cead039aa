/** The seed articles and their gold annotations. */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { GoldFileSchema, type GoldFile } from "./gold-schema.js";

export const ROOT = join(import.meta.dirname, "..", "..");

export interface Seed {
  name: string;
  file: string;
  text: string;
  gold: GoldFile;
}

/** Every seed with its gold file, in name order. */
export function loadSeeds(): Seed[] {
  return readdirSync(join(ROOT, "seeds"))
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((file) => {
      const name = file.replace(/\.txt$/, "");
      const text = readFileSync(join(ROOT, "seeds", file), "utf8");
      const gold = GoldFileSchema.parse(JSON.parse(readFileSync(join(ROOT, "fixtures", "gold", `${name}.json`), "utf8")));
      return { name, file, text, gold };
    });
}

/**
 * The fixture texts that have a gold file, `fixtures/gold/texts/<lang>/<name>.json`
 * for `fixtures/texts/<lang>/<name>.txt`, in path order.
 */
export function loadFixtureGold(): Seed[] {
  const dir = join(ROOT, "fixtures", "gold", "texts");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((lang) =>
      readdirSync(join(dir, lang))
        .filter((f) => f.endsWith(".json"))
        .sort()
        .map((f) => {
          const name = `${lang}/${f.replace(/\.json$/, "")}`;
          const file = join("fixtures", "texts", `${name}.txt`);
          const text = readFileSync(join(ROOT, file), "utf8");
          const gold = GoldFileSchema.parse(JSON.parse(readFileSync(join(dir, lang, f), "utf8")));
          return { name, file, text, gold };
        }),
    );
}

/** Every fixture text, `fixtures/texts/<lang>/*.txt` (of `lang` only, when given), in path order. */
export function loadFixtureTexts(lang?: string): { lang: string; file: string; text: string }[] {
  const dir = join(ROOT, "fixtures", "texts");
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && (lang === undefined || d.name === lang))
    .map((d) => d.name)
    .sort()
    .flatMap((l) =>
      readdirSync(join(dir, l))
        .filter((f) => f.endsWith(".txt"))
        .sort()
        .map((f) => ({ lang: l, file: join("fixtures", "texts", l, f), text: readFileSync(join(dir, l, f), "utf8") })),
    );
}
