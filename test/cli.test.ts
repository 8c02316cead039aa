/**
 * The command line, spawned as a user runs it (the built dist/cli.js).
 */
import { spawn, spawnSync } from "node:child_process";
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
  test("a reader that stops early ends the output quietly, not with an EPIPE crash", async () => {
    const files = ["000_a0389fd00a870da3.txt", "001_29a5c94e78ee924d.txt", "002_4487c3c8b2290236.txt", "003_24259897fbe77a50.txt", "004_dfae6e4b09aa7372.txt"].map(seed);
    // Megabytes of output, far more than a pipe holds, so the writer is still writing when the reader goes.
    const child = spawn(process.execPath, [CLI, "extract", "--format", "jsonl", ...Array.from({ length: 40 }, () => files).flat()], { cwd: ROOT });
    let err = "";
    child.stderr.on("data", (d) => (err += d));
    // Like `| head -c 100`: read one chunk, then close our end of the pipe.
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)));
    expect(err).toBe("");
    expect(code).toBe(0);
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
