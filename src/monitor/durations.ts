/** Median and p90 of durations (nearest rank), as the reports show them. */
export interface DurationFigures {
  count: number;
  medianMs: number | null;
  p90Ms: number | null;
}

/** Nearest-rank percentile of sorted numbers. */
export function percentile(sorted: number[], p: number): number | null {
  if (!sorted.length) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function durationFigures(ms: number[]): DurationFigures {
  const sorted = [...ms].sort((a, b) => a - b);
  return { count: sorted.length, medianMs: percentile(sorted, 50), p90Ms: percentile(sorted, 90) };
}
