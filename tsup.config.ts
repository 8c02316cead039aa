import { readFileSync } from "node:fs";
import { defineConfig, type Options } from "tsup";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

type Plugin = NonNullable<Options["esbuildPlugins"]>[number];

/**
 * zod's namespace re-exports every locale (~350 KB, ~45 ms of parsing at import); the
 * schemas bundled here only ever use English, the locale zod itself configures.
 */
const zodEnglishOnly: Plugin = {
  name: "zod-english-only",
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]/.test(args.importer) ? { path: "zod-locales", namespace: "zod-english-only" } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "zod-english-only" }, () => ({
      contents: 'export { default as en } from "zod/v4/locales/en.js";',
      resolveDir: process.cwd(),
    }));
  },
};

/**
 * The gazetteer's JSON files as `JSON.parse("…")` instead of object literals: V8 scans a
 * string literal without parsing it and reads JSON faster than JavaScript (~285 KB of data).
 */
const jsonAsParse: Plugin = {
  name: "json-as-parse",
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]data[\\/].*\.json$/ }, (args) => {
      const json = JSON.stringify(JSON.parse(readFileSync(args.path, "utf8")));
      return { contents: `export default JSON.parse(${JSON.stringify(json)});`, loader: "js" };
    });
  },
};

/**
 * The date rules of the built-in packs are precompiled (src/dates/rules.generated.ts,
 * written by `npm run build` before this bundle); users cannot add packs, so the
 * composer (src/dates/rules.ts, with XRegExp: ~100 KB and ~3 ms of import) is never
 * reached from the published bundle. It is replaced by its version constant, which keys
 * the precompiled file, and a composer that says what is wrong if it ever runs.
 */
const precompiledDateRulesOnly: Plugin = {
  name: "precompiled-date-rules-only",
  setup(build) {
    build.onResolve({ filter: /^\.\/rules\.js$/ }, (args) =>
      /[\\/]src[\\/]dates[\\/]precompiled\.ts$/.test(args.importer) ? { path: "date-rule-composer", namespace: "precompiled-date-rules-only" } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "precompiled-date-rules-only" }, () => {
      const xregexp = JSON.parse(readFileSync("node_modules/xregexp/package.json", "utf8")) as { version: string };
      return {
        contents: [
          `export const XREGEXP_VERSION = ${JSON.stringify(xregexp.version)};`,
          "export function buildDateRules() {",
          '  throw new Error("communique: these date rules were not precompiled; `npm run build` writes src/dates/rules.generated.ts");',
          "}",
        ].join("\n"),
        loader: "js",
      };
    });
  },
};

/**
 * chrono-node's locales evaluated at their first use, not at import (src/dates/chrono-parsers.ts
 * says why). The module is replaced by one that `require`s each locale the source imports
 * from inside a function: esbuild bundles a `require`d module as a closure that runs at
 * the first call. The first call's result is kept: each `require` of a bundled ES module
 * makes a new CommonJS view of its exports.
 */
const lazyChronoLocales: Plugin = {
  name: "lazy-chrono-locales",
  setup(build) {
    // The locale's ES build, as the static import would have it (its CommonJS build is ~130 KB larger).
    build.onResolve({ filter: /^chrono-node\/[\w/]+$/ }, (args) =>
      args.kind === "require-call" ? build.resolve(args.path, { kind: "import-statement", resolveDir: args.resolveDir }) : undefined,
    );
    build.onLoad({ filter: /[\\/]src[\\/]dates[\\/]chrono-parsers\.ts$/ }, (args) => {
      const source = readFileSync(args.path, "utf8");
      const locales = [...source.matchAll(/^import \{ parse as (\w+) \} from "(chrono-node\/[\w/]+)";$/gm)].map((m) => [m[1]!, m[2]!] as const);
      if (locales.length === 0) throw new Error(`lazy-chrono-locales: no chrono-node locale imports found in ${args.path}`);
      return {
        contents: [
          "const load = new Map([",
          ...locales.map(([name, path]) => `  [${JSON.stringify(name)}, () => require(${JSON.stringify(path)}).parse],`),
          "]);",
          "const loaded = new Map();",
          "export function chronoParser(locale) {",
          "  let parse = loaded.get(locale);",
          "  if (parse === undefined && load.has(locale)) loaded.set(locale, (parse = load.get(locale)()));",
          "  return parse;",
          "}",
        ].join("\n"),
        loader: "js",
      };
    });
  },
};

// Library: ESM + CJS with separate .d.ts/.d.cts. CLI: its own ESM entry with a shebang.
export default defineConfig([
  {
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "es2022",
    platform: "neutral",
    treeshake: true,
    // Bundled: resolving and evaluating these as separate packages cost most of the
    // start-up (chrono's index builds every locale). zod stays in `dependencies` for the
    // public types. XRegExp is not in the bundle at all (precompiledDateRulesOnly).
    noExternal: ["chrono-node", "zod"],
    esbuildPlugins: [zodEnglishOnly, jsonAsParse, precompiledDateRulesOnly, lazyChronoLocales],
    minifyWhitespace: true,
    minifySyntax: true,
    esbuildOptions(options) {
      // A package's `module` entry (ES source) before its `main` (often a transpiled build).
      options.mainFields = ["module", "main"];
      // Non-ASCII as written, not as \\uXXXX escapes: a third less source for V8 to scan.
      options.charset = "utf8";
    },
  },
  {
    entry: { cli: "src/cli.ts" },
    format: ["esm"],
    target: "node20",
    platform: "node",
    banner: { js: "#!/usr/bin/env node" },
    define: { __VERSION__: JSON.stringify(version) },
    sourcemap: true,
    external: ["communique"],
  },
]);
