/**
 * Where the benchmark finds the repository, the built package and its scratch space.
 * Bench modules also run transpiled from bench/.out/js/ (see transpile.ts), so paths are
 * found from the repository root, never from a module's own location.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The directory that holds communique's package.json, found by walking up from this module. */
function findRepoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).name === "communique") return dir;
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}

export const repoRoot = findRepoRoot();
export const benchDir = join(repoRoot, "bench");
/** Ignored by git (.gitignore: bench/.out/): transpiled workers and intermediate files. */
export const outDir = join(benchDir, ".out");
export const resultsFile = join(benchDir, "RESULTS.md");
export const distEntry = join(repoRoot, "dist", "index.js");

/** The package is imported by its own name, through its `exports` map, as a user imports it. */
export const communiqueSpecifier = "communique";

/** True when `npm run build` has produced the ESM entry the benchmark imports. */
export function isDistBuilt(): boolean {
  return existsSync(distEntry);
}

export const DIST_MISSING = "communique: dist/ not built (run `npm run build`)";

/** An absolute path under the repository. @example fromRoot("seeds") */
export function fromRoot(...parts: string[]): string {
  return resolve(repoRoot, ...parts);
}
