/**
 * The command line: `communique extract FILE... [--format json|jsonl|table] [--lang xx] [--date yyyy-mm-dd]`.
 * Reads standard input when no file is given. Exits with 1 on a bad option or a missing file.
 */
import { readFileSync } from "node:fs";
import { cac } from "cac";
import { CommuniqueError, extract, type Extraction, type ExtractOptions } from "communique";
import { formatTable } from "./cli-table.js";

const FORMATS = ["json", "jsonl", "table"] as const;
type Format = (typeof FORMATS)[number];

class UsageError extends Error {}

function readInput(file: string | undefined): { name: string; text: string } {
  if (file === undefined || file === "-") return { name: "-", text: readFileSync(0, "utf8") };
  try {
    return { name: file, text: readFileSync(file, "utf8") };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === "ENOENT" ? `no such file: ${file}` : code === "EISDIR" ? `is a directory: ${file}` : `cannot read ${file}: ${(error as Error).message}`);
  }
}

function run(files: string[], flags: { format?: string; lang?: string; date?: string }): void {
  const format = (flags.format ?? "json") as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, got "${flags.format}"`);
  const options: ExtractOptions = {};
  if (flags.lang !== undefined) options.lang = String(flags.lang);
  if (flags.date !== undefined) options.date = String(flags.date);
  const inputs = (files.length === 0 ? [undefined] : files).map(readInput);
  const results: { file: string; result: Extraction }[] = inputs.map(({ name, text }) => ({ file: name, result: extract(text, options) }));
  if (format === "json") {
    process.stdout.write(JSON.stringify(results.map(({ file, result }) => ({ file, ...result })), null, 2) + "\n");
  } else if (format === "jsonl") {
    for (const { file, result } of results) process.stdout.write(JSON.stringify({ file, ...result }) + "\n");
  } else {
    process.stdout.write(results.map(({ file, result }) => formatTable(file, result)).join("\n"));
  }
}

const cli = cac("communique");
cli
  .command("extract [...files]", "Extract mentions, entities, dates and relations (JSON to stdout)")
  .option("--format <format>", "json | jsonl | table", { default: "json" })
  .option("--lang <code>", "ISO 639-1 language of the texts (default: identified)")
  .option("--date <yyyy-mm-dd>", "document date (default: the header date)")
  .example("communique extract seeds/*.txt")
  .example("cat article.txt | communique extract --lang pl --date 2025-10-12 --format table")
  .action(run);
cli.help();
cli.version(typeof __VERSION__ === "string" ? __VERSION__ : "0.0.0");

declare const __VERSION__: string | undefined;

// A reader that stops early (`communique extract *.txt | head`) closes the pipe: that is the end of the output, not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

try {
  cli.parse(process.argv, { run: false });
  if (!cli.matchedCommand) {
    if (!cli.options.help && !cli.options.version) {
      const given = cli.args[0];
      process.stderr.write(given ? `communique: unknown command "${given}"\n\n` : "communique: missing command\n\n");
      cli.outputHelp();
      process.exitCode = 1;
    }
  } else {
    cli.runMatchedCommand();
  }
} catch (error) {
  const message = error instanceof UsageError || error instanceof CommuniqueError || (error as Error).name === "CACError" ? (error as Error).message : String((error as Error).stack ?? error);
  process.stderr.write(`communique: ${message}\n`);
  process.exitCode = 1;
}
