/**
 * Summary statistics for comparing organizations: the five-number summary
 * (minimum, quartiles, median, maximum) used by the spread charts, the
 * median used for the network line, and the group-size rule that keeps
 * anonymised statistics from singling anyone out.
 */

export interface Spread {
  count: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
  mean: number;
}

/** Groups smaller than this are never summarised in anonymised mode: one could be told apart. */
export const MIN_GROUP_SIZE = 3;

/**
 * The p-quantile (0–1) of sorted values by linear interpolation between the
 * closest ranks (the method of R's default type 7 and of spreadsheet
 * programs' QUARTILE.INC), so figures match what a coordinator's
 * spreadsheet gives for the same numbers.
 */
export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new RangeError('no values');
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
}

/** The five-number summary and mean of the values that are numbers; null when there are none. */
export function spreadOf(values: readonly (number | null | undefined)[]): Spread | null {
  const sorted = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  return {
    count: sorted.length,
    min: sorted[0]!,
    q1: quantile(sorted, 0.25),
    median: quantile(sorted, 0.5),
    q3: quantile(sorted, 0.75),
    max: sorted[sorted.length - 1]!,
    mean: sorted.reduce((a, b) => a + b, 0) / sorted.length,
  };
}

/** The spread, or null when the group is too small to show without identifying its members. */
export function anonymisedSpread(values: readonly (number | null | undefined)[]): Spread | null {
  const spread = spreadOf(values);
  return spread && spread.count >= MIN_GROUP_SIZE ? spread : null;
}
