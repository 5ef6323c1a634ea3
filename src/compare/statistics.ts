/**
 * Summary statistics for comparing organizations: the five-number summary
 * (minimum, quartiles, median, maximum) used by the spread charts, the
 * median used for the network line, and the rules that keep anonymised
 * statistics from singling anyone out.
 */

/** The figures of a spread; in a shared (anonymised) spread, those that would give one organization away are null. */
export interface Spread {
  count: number;
  min: number | null;
  q1: number | null;
  median: number;
  q3: number | null;
  max: number | null;
  mean: number | null;
}

/** Groups smaller than this are never summarised in anonymised mode: one could be told apart. */
export const MIN_GROUP_SIZE = 3;

/** Quartiles are shared only from groups at least this large: of fewer, each quartile is nearly one organization's figure. */
export const QUARTILE_MIN_GROUP_SIZE = 5;

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

/**
 * The spread as it may be shared, or null when the group is too small to
 * show without identifying its members. Never the minimum or the maximum
 * (each is one organization's exact figure), nor the mean (means of
 * overlapping groups can be subtracted from one another to give a withheld
 * member's figure); quartiles only from QUARTILE_MIN_GROUP_SIZE values.
 */
export function anonymisedSpread(values: readonly (number | null | undefined)[], organizations?: number): Spread | null {
  const spread = spreadOf(values);
  // Results are counted by organization where one organization may have given several.
  const members = Math.min(organizations ?? Infinity, spread?.count ?? 0);
  if (!spread || members < MIN_GROUP_SIZE) return null;
  const quartiles = members >= QUARTILE_MIN_GROUP_SIZE;
  return { count: spread.count, min: null, q1: quartiles ? spread.q1 : null, median: spread.median, q3: quartiles ? spread.q3 : null, max: null, mean: null };
}
