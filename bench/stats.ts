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
