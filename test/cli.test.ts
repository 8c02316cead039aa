/**
 * The command line, spawned as a user runs it (the built dist/cli.js).
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { ExtractionSchema } from "../src/schema/result.js";
import { ROOT } from "./support/seeds.js";

const CLI = join(ROOT, "dist", "cli.js");
const seed = (n: string) => join(ROOT, "seeds", n);

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: "utf8", cwd: ROOT });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe("communique extract", () => {
  test("JSON for each file, with its name, valid against the schema", () => {
    const r = run(["extract", seed("001_29a5c94e78ee924d.txt"), seed("002_4487c3c8b2290236.txt")]);
    expect(r.code).toBe(0);
    const results = JSON.parse(r.out) as { file: string }[];
    expect(results.map((x) => x.file)).toEqual([seed("001_29a5c94e78ee924d.txt"), seed("002_4487c3c8b2290236.txt")]);
    for (const { file: _file, ...result } of results) expect(ExtractionSchema.safeParse(result).success).toBe(true);
  });
  test("JSON lines, one per file", () => {
    const r = run(["extract", "--format", "jsonl", seed("000_a0389fd00a870da3.txt"), seed("003_24259897fbe77a50.txt")]);
    expect(r.code).toBe(0);
    expect(r.out.trim().split("\n").map((l) => JSON.parse(l).lang)).toEqual(["bg", "it"]);
  });
  test("a table, from standard input, with --lang and --date", () => {
    const r = run(["extract", "--format", "table", "--lang", "en", "--date", "2025-09-05"], "Xi Jinping met Kim Jong Un in Beijing.");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/lang=en\s+date=2025-09-05/);
    expect(r.out).toMatch(/Kim Jong Un\s+person\s+kim-jong-un\s+name/);
  });
  test("--help and --version", () => {
    expect(run(["--help"]).out).toMatch(/extract \[\.\.\.files\]/);
    expect(run(["extract", "--help"]).out).toMatch(/--format <format>/);
    expect(run(["--version"]).out).toMatch(/communique\/\d+\.\d+\.\d+/);
  });
  test.each([
    [["extract", "missing.txt"], /no such file: missing\.txt/],
    [["extract", "--format", "xml", seed("000_a0389fd00a870da3.txt")], /--format must be one of json, jsonl, table/],
    [["extract", "--date", "2025-13-01", seed("000_a0389fd00a870da3.txt")], /invalid option date/],
    [["extract", "--lang", "polish", seed("000_a0389fd00a870da3.txt")], /invalid option lang/],
    [["extract", "--bogus", seed("000_a0389fd00a870da3.txt")], /Unknown option `--bogus`/],
    [["frobnicate"], /unknown command "frobnicate"/],
    [[], /missing command/],
  ])("%j fails with a clear message and exit code 1", (args, message) => {
    const r = run(args);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(message);
  });
});
