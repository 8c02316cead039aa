/**
 * Transpiles bench/**\/*.ts to bench/.out/js/ so workers run on plain `node`, without
 * tsx's loader hooks in the measured process (see worker.ts). Type-only: no checking,
 * one file at a time, imports kept as written (they already end in ".js").
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import ts from "typescript";
import { benchDir, outDir } from "./paths.js";

export const jsDir = join(outDir, "js");

function listSources(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) {
      if (path !== outDir) found.push(...listSources(path));
    } else if (entry.endsWith(".ts") && !entry.endsWith(".d.ts")) found.push(path);
  }
  return found;
}

/** Writes the JavaScript copy of every bench module; returns how many. */
export function transpileBench(): number {
  const sources = listSources(benchDir);
  for (const source of sources) {
    const { outputText } = ts.transpileModule(readFileSync(source, "utf8"), {
      fileName: source,
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, sourceMap: false },
    });
    const target = join(jsDir, relative(benchDir, source)).replace(/\.ts$/, ".js");
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, outputText);
  }
  return sources.length;
}

/** The transpiled path of a bench module. @example jsPath("worker.ts") // ".../bench/.out/js/worker.js" */
export function jsPath(module: string): string {
  return join(jsDir, module.replace(/\.ts$/, ".js"));
}
