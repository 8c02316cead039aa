/** The machine and runtime a figure was measured on, for every RESULTS.md section. */
import os from "node:os";

/** "AMD EPYC, 2 cores, 24.1 GB RAM, linux 6.1 x64, Node v20.20.2, 2025-11-22 04:40 UTC" */
export function describeMachine(now = new Date()): string {
  const cpus = os.cpus();
  const model = cpus[0]?.model.trim() ?? "unknown CPU";
  const ram = (os.totalmem() / 1e9).toFixed(1);
  const when = now.toISOString().slice(0, 16).replace("T", " ");
  return `${model}, ${cpus.length} cores, ${ram} GB RAM, ${os.platform()} ${os.release()} ${os.arch()}, Node ${process.version}, ${when} UTC`;
}

/**
 * The 1-minute load average, and a warning when other processes keep the CPUs busy: the
 * workers run one at a time, so anything above about half a core is someone else's and
 * slows the figures (on a shared 2-core machine it halved the floor's MB/s).
 * @example describeLoad() // "load average 0.12 (2 cores)"
 */
export function describeLoad(): string {
  const load = os.loadavg()[0] ?? 0;
  const cores = os.cpus().length;
  const busy = load > cores * 0.5 + 0.5; // a run just before this one leaves about 1
  return `load average ${load.toFixed(2)} (${cores} cores)${busy ? " — other processes are busy, figures will be low and noisy" : ""}`;
}
