/** Small statistics for latency samples and throughput figures. */

/** The q-quantile (0..1) of ascending-sorted samples, linearly interpolated. @example quantile(Float64Array.of(1, 2, 3, 4), 0.5) // 2.5 */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  const low = sorted[below] as number;
  return low + ((sorted[above] as number) - low) * (position - below);
}

/** The median of unsorted numbers. @example median([3, 1, 2]) // 2 */
export function median(values: readonly number[]): number {
  return quantile(Float64Array.from(values).sort(), 0.5);
}

/**
 * The middle item by `key` (the lower middle of an even count): a tool's or a size's median
 * round, kept whole so its row shows that run's latencies and memory.
 * @example middleBy([{ v: 3 }, { v: 1 }, { v: 2 }], (x) => x.v) // { v: 2 }
 */
export function middleBy<T>(items: readonly T[], key: (item: T) => number): T | undefined {
  const sorted = [...items].sort((a, b) => key(a) - key(b));
  return sorted[(sorted.length - 1) >> 1];
}

/** Decimal megabytes per second. @example megabytesPerSecond(2_000_000, 1000) // 2 */
export function megabytesPerSecond(bytes: number, ms: number): number {
  return bytes / 1e6 / (ms / 1000);
}

/** Peak resident set size of this process so far, in MB (resourceUsage reports kilobytes). */
export function peakRssMB(): number {
  return (process.resourceUsage().maxRSS * 1024) / 1e6;
}

/** Resident set size now, in MB. */
export function rssMB(): number {
  return process.memoryUsage().rss / 1e6;
}
