/**
 * One language identifier in a fresh `node` process (spawned by bench/langid.ts): its
 * import time, then its answer on every document (ISO 639-1) and the time per document.
 *
 *   node bench/.out/js/langid-worker.js '{"tool":"franc","docsFile":"…","budgetMs":1500}'
 */
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

export interface LangidConfig {
  tool: string;
  /** JSON file of `LangidDocument[]`, written by langid.ts. */
  docsFile: string;
  /** Path of the bundled `identify` of communique (bench/langid-ours.ts). */
  oursFile: string;
  /** Timed passes continue while they fit in this budget (at least `minPasses`). */
  budgetMs: number;
  minPasses: number;
}

export interface LangidDocument {
  set: string;
  lang: string;
  text: string;
}

export interface LangidResult {
  tool: string;
  importMs: number;
  /** The answer per document, in the order of the documents file. */
  answers: string[];
  /** Median time of a pass over all documents, divided by their number. */
  msPerDoc: number;
  passes: number;
}

/** ISO 639-3 (franc) → ISO 639-1, for every language the packs or the data sets have, and their neighbours. */
const ISO3_TO_1: Record<string, string> = {
  eng: "en", deu: "de", fra: "fr", spa: "es", ita: "it", por: "pt", nld: "nl", swe: "sv", dan: "da", nob: "no", nno: "nn",
  pol: "pl", ces: "cs", slk: "sk", slv: "sl", hrv: "hr", srp: "sr", bos: "bs", cnr: "sr", mkd: "mk", bul: "bg",
  rus: "ru", ukr: "uk", bel: "be", rue: "rue", lit: "lt", lav: "lv", est: "et", fin: "fi", hun: "hu", ron: "ro",
  cmn: "zh", zho: "zh", yue: "zh", jpn: "ja", kor: "ko", ell: "el", tur: "tr", cat: "ca", glg: "gl", eus: "eu",
};

/** A detector's code as ISO 639-1; "und" for none. @example toIso1("bul") === "bg" */
export function toIso1(code: string | undefined): string {
  if (!code || code === "und" || code === "") return "und";
  if (code.length === 2) return code;
  return ISO3_TO_1[code] ?? code;
}

type Identify = (text: string) => string;

async function load(config: LangidConfig): Promise<Identify> {
  switch (config.tool) {
    case "communique": {
      const { identify } = (await import(pathToFileURL(config.oursFile).href)) as { identify: Identify };
      return identify;
    }
    case "franc": {
      const { franc } = await import("franc");
      return (text) => toIso1(franc(text));
    }
    case "franc-min": {
      const { franc } = await import("franc-min");
      return (text) => toIso1(franc(text));
    }
    case "tinyld": {
      const { detect } = await import("tinyld");
      return (text) => toIso1(detect(text));
    }
    case "eld": {
      const { eld } = await import("eld/large");
      return (text) => toIso1(eld.detect(text).language);
    }
    default:
      throw new Error(`unknown tool ${config.tool}`);
  }
}

async function main(): Promise<void> {
  const config = JSON.parse(process.argv[2] ?? "{}") as LangidConfig;
  const docs = JSON.parse(readFileSync(config.docsFile, "utf8")) as LangidDocument[];
  const t0 = performance.now();
  const identify = await load(config);
  const importMs = performance.now() - t0;
  const answers = docs.map((d) => identify(d.text)); // also the warm-up
  const times: number[] = [];
  const start = performance.now();
  while (times.length < config.minPasses || performance.now() - start < config.budgetMs) {
    const t = performance.now();
    for (const d of docs) identify(d.text);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const result: LangidResult = { tool: config.tool, importMs, answers, msPerDoc: times[times.length >> 1]! / docs.length, passes: times.length };
  console.log(JSON.stringify(result));
}

await main();
