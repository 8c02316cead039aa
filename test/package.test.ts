/**
 * The built package as users get it: `npm pack`, installed into a scratch
 * project, imported from ESM and CommonJS, its CLI and schema.json export used;
 * publint and attw check the package metadata and types.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { extract } from "../src/index.js";
import { ROOT, loadFixtureTexts } from "./support/seeds.js";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
let dir = "";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "communique-pack-"));
  // dist/ is built by `npm test`; --ignore-scripts keeps `prepare`'s build output out of the JSON.
  const out = execFileSync(npm, ["pack", "--json", "--ignore-scripts", "--pack-destination", dir], { cwd: ROOT, encoding: "utf8" });
  const tarball = join(dir, (JSON.parse(out) as { filename: string }[])[0]!.filename);
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "scratch", version: "1.0.0", private: true }));
  execFileSync(npm, ["install", "--no-audit", "--no-fund", "--prefer-offline", tarball], { cwd: dir, encoding: "utf8" });
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const node = (args: string[]) => spawnSync(process.execPath, args, { cwd: dir, encoding: "utf8" });
const sample = "Xi Jinping met Kim Jong Un in Beijing.";

describe("the packed package", () => {
  test("imports from ESM", () => {
    const r = node(["--input-type=module", "-e", `import { extract, defaultGazetteer } from "communique"; const r = extract(${JSON.stringify(sample)}); console.log(r.entities.map(e => e.id).join(","), defaultGazetteer.length > 0);`]);
    expect(r.stderr).toBe("");
    expect(r.stdout.trim()).toBe("xi-jinping,kim-jong-un,beijing true");
  });
  test("requires from CommonJS, with the same result", () => {
    const r = node(["-e", `const { extract, ExtractionSchema } = require("communique"); const r = extract(${JSON.stringify(sample)}); console.log(r.entities.map(e => e.id).join(","), ExtractionSchema.safeParse(r).success);`]);
    expect(r.stderr).toBe("");
    expect(r.stdout.trim()).toBe("xi-jinping,kim-jong-un,beijing true");
  });
  test("reads every language as the source does, chrono-node's locales loaded at their first use (tsup.config.ts)", () => {
    // A fixture text of each language chrono-node reads for a pack, and two numeric dates only chrono reads (confidence 0.7).
    const chronoLanguages = ["de", "en", "es", "fr", "it", "ja", "ru", "uk", "zh"];
    const docs = [
      ...chronoLanguages.map((lang) => ({ text: loadFixtureTexts(lang)[0]!.text, lang })),
      { text: "Xi Jinping met Kim Jong Un in Beijing. The talks, first planned for 10/3, were held later.", lang: "en" },
      { text: "Xi Jinping a rencontré Kim Jong Un à Pékin. La rencontre du 4/9 était la première depuis des années.", lang: "fr" },
    ];
    const expected = docs.map((d) => extract(d.text, { lang: d.lang }));
    expect(expected.flatMap((r) => r.mentions).filter((m) => m.type === "date" && m.confidence === 0.7).map((m) => m.text)).toEqual(["10/3", "4/9"]);
    const script = `const docs = JSON.parse(readFileSync(0, "utf8")); console.log(JSON.stringify(docs.map((d) => extract(d.text, { lang: d.lang }))));`;
    const loads = {
      cjs: ['-e', `const { extract } = require("communique"); const { readFileSync } = require("node:fs"); ${script}`],
      esm: ["--input-type=module", "-e", `import { extract } from "communique"; import { readFileSync } from "node:fs"; ${script}`],
    };
    for (const args of Object.values(loads)) {
      const r = spawnSync(process.execPath, args, { cwd: dir, input: JSON.stringify(docs), encoding: "utf8" });
      expect(r.stderr).toBe("");
      expect(JSON.parse(r.stdout)).toEqual(expected);
    }
  });
  test("exports schema.json and package.json", () => {
    const r = node(["-e", `console.log(require("communique/schema.json").properties.mentions.type, require("communique/package.json").name);`]);
    expect(r.stdout.trim()).toBe("array communique");
  });
  test("installs the CLI as a bin", () => {
    const r = spawnSync(join(dir, "node_modules", ".bin", "communique"), ["extract", "--format", "jsonl"], { cwd: dir, input: sample, encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).mentions.length).toBe(3);
  });
  test("publint and attw find no problem", () => {
    const publint = spawnSync(process.execPath, [join(ROOT, "node_modules", "publint", "src", "cli.js"), "--strict"], { cwd: ROOT, encoding: "utf8" });
    expect(publint.status, publint.stdout + publint.stderr).toBe(0);
    // Profile node16: the package needs Node >= 20; node10 resolution ignores `exports` subpaths (schema.json).
    const attw = spawnSync(process.execPath, [join(ROOT, "node_modules", "@arethetypeswrong", "cli", "dist", "index.js"), "--pack", ".", "--profile", "node16", "--format", "ascii"], { cwd: ROOT, encoding: "utf8" });
    expect(attw.status, attw.stdout + attw.stderr).toBe(0);
  }, 120_000);
});
