/**
 * Runs a transpiled bench worker in a fresh `node` process and reads the one JSON line it
 * prints. Sequential on purpose: two workers at once would share the CPU and skew both.
 */
import { spawnSync } from "node:child_process";
import { jsPath } from "./transpile.js";
import { repoRoot } from "./paths.js";

export interface SpawnOptions {
  /** Extra node flags, e.g. ["--expose-gc", "--max-old-space-size=16384"]. */
  nodeFlags?: string[];
  timeoutMs?: number;
}

/** The parsed last stdout line of `node <worker> <config JSON>`, or `{ error }` when it failed. */
export function spawnWorker<T extends object>(worker: string, config: object, options: SpawnOptions = {}): T | { error: string } {
  const child = spawnSync(process.execPath, [...(options.nodeFlags ?? []), jsPath(worker), JSON.stringify(config)], {
    cwd: repoRoot,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 64 * 1024 * 1024,
    timeout: options.timeoutMs ?? 30 * 60 * 1000,
  });
  const lastLine = child.stdout?.trim().split("\n").at(-1) ?? "";
  try {
    return JSON.parse(lastLine) as T;
  } catch {
    const why = child.error?.message ?? (child.signal ? `killed by ${child.signal}` : `exit code ${child.status}`);
    return { error: `${worker} printed no result (${why})` };
  }
}

/** True when a worker's answer is a failure. */
export function isFailure(result: object): result is { error: string } {
  return "error" in result && typeof (result as { error: unknown }).error === "string";
}
