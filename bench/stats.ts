/** Median and p95 by nearest rank: every figure is a sample that was actually measured. */
export interface Summary {
  readonly median: number;
  readonly p95: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1]!;
}

/** null when no sample could be taken (a failed export, a graph with nothing to click). */
export function summarize(samples: readonly number[]): Summary | null {
  const sorted = samples.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const round = (n: number) => Math.round(n * 10) / 10;
  return { median: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)) };
}
