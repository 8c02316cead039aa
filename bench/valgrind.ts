/**
 * How bench:counts and bench:functions wait for a run under valgrind: the exit code, the
 * tail of its stderr when it fails, and what to install when valgrind is missing.
 */
import type { ChildProcess } from "node:child_process";

/**
 * Resolves when `child` (spawned with stderr piped) exits with 0; rejects with `what`,
 * its exit code and the end of its stderr otherwise.
 * @example await valgrindExit(spawn("valgrind", [...], { stdio: ["ignore", "ignore", "pipe"] }), "cachegrind run of 40 passes")
 */
export function valgrindExit(child: ChildProcess, what: string): Promise<void> {
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((done, fail) => {
    child.on("error", (error) => fail(new Error(`valgrind could not start (${error.message}); install it with apt-get install valgrind`)));
    child.on("close", (code) => (code === 0 ? done() : fail(new Error(`${what} failed (exit ${code}):\n${stderr.slice(-2000)}`))));
  });
}
