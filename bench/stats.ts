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

/**
 * Each key's median round by `score` (a tool's, a size's), a failure in any round being the
 * key's result: what `npm run bench -- --rounds` and `npm run bench:scale -- --rounds` show.
 * @example medianRounds(["a"], [new Map([["a", 3]]), new Map([["a", 1]]), new Map([["a", 2]])], () => false, (x) => x).get("a") // 2
 */
export function medianRounds<K, O>(keys: readonly K[], byRound: readonly ReadonlyMap<K, O>[], failed: (outcome: O) => boolean, score: (outcome: O) => number): Map<K, O> {
  const out = new Map<K, O>();
  for (const key of keys) {
    const outcomes = byRound.map((round) => round.get(key)).filter((o): o is O => o !== undefined);
    const middle = outcomes.find(failed) ?? middleBy(outcomes, score);
    if (middle !== undefined) out.set(key, middle);
  }
  return out;
}

/**
 * The `--rounds` value as a whole number from 1 to 20; a clear message and exit code 2 otherwise.
 * @example roundsArg("3") // 3
 */
export function roundsArg(value: string | undefined): number {
  const rounds = Number(value ?? "1");
  if (Number.isInteger(rounds) && rounds >= 1 && rounds <= 20) return rounds;
  console.error(`--rounds expects a whole number from 1 to 20, received "${value}"`);
  process.exit(2);
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
