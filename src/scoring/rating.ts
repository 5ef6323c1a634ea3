/**
 * The rating rule of ISO/IEC 33020:2019 (the process attribute rating scale
 * N/P/L/F and the process capability level model), applied to indicators:
 * the questions of a key element, the key elements of a domain or of the
 * whole organization. Pure, and the same everywhere (page, report, files,
 * Compare, CLI).
 *
 * An indicator "reaches" level k when its own level is k or more. The share
 * of the (weighted) indicators that reach k is rated on 33020's scale:
 * Not achieved (≤ 15 %), Partially (≤ 50 %), Largely (≤ 85 %), Fully
 * (> 85 %), with the model's bands. The combination then reaches level k
 * when k is at least Largely achieved and every level below it (above the
 * lowest) Fully achieved. With two equal indicators this is the weakest
 * link; with ten, one weak indicator no longer decides the level.
 *
 * The `all` rule (COBIT 2019's focus area) reaches k only when every
 * indicator does: the minimum.
 *
 * An indicator with level `null` is "not rated yet": it stays in the
 * denominator and reaches nothing above the lowest level, so leaving
 * something unanswered can never raise a level.
 */
import type { Level, Rating, RatingRule } from '../model/schema.ts';

export interface Indicator {
  /** `null`: not rated yet, reaches nothing above the lowest level. */
  level: Level | null;
  weight: number;
}

export type Achievement = 'N' | 'P' | 'L' | 'F';

type Bands = Rating['bands'];

/** The share, 0–1, of the indicators' weight at `level` or above. */
export function shareReaching(indicators: readonly Indicator[], level: Level): number {
  let reached = 0;
  let total = 0;
  for (const { level: own, weight } of indicators) {
    total += weight;
    if (own !== null && own >= level) reached += weight;
  }
  return total > 0 ? reached / total : 0;
}

/** A share on the N/P/L/F scale of ISO/IEC 33020, with the model's bands in %. */
export function achievementOf(share: number, bands: Bands): Achievement {
  const percent = share * 100;
  if (percent > bands.fully) return 'F';
  if (percent > bands.largely) return 'L';
  if (percent > bands.partially) return 'P';
  return 'N';
}

/** Whether the level whose share is `share` counts as Largely (`at`) or Fully (`below`) achieved under `rule`. */
function passes(share: number, rule: RatingRule, bands: Bands, need: 'at' | 'below'): boolean {
  if (rule === 'all') return share >= 1;
  const achievement = achievementOf(share, bands);
  return need === 'below' ? achievement === 'F' : achievement === 'L' || achievement === 'F';
}

/**
 * The level the indicators reach together, on the ordered scale `levels`
 * (lowest first); `null` when no indicator is rated yet.
 */
export function rateIndicators(indicators: readonly Indicator[], levels: readonly Level[], rule: RatingRule, bands: Bands): Level | null {
  if (!indicators.some((i) => i.level !== null)) return null;
  let achieved = levels[0]!;
  for (let i = 1; i < levels.length; i += 1) {
    const level = levels[i]!;
    const atLevel = passes(shareReaching(indicators, level), rule, bands, 'at');
    const below = i === 1 || passes(shareReaching(indicators, levels[i - 1]!), rule, bands, 'below');
    if (!atLevel || !below) break;
    achieved = level;
  }
  return achieved;
}

/**
 * Which indicators hold the combination at `achieved`: those below the
 * achieved level when that level is not yet Fully achieved, and those at
 * it when the next level is not yet Largely achieved. Raising them (and
 * no others) is what lifts it. Returns their positions in `indicators`.
 */
export function holdingIndicators(
  indicators: readonly Indicator[],
  achieved: Level,
  levels: readonly Level[],
  rule: RatingRule,
  bands: Bands,
): number[] {
  const position = levels.indexOf(achieved);
  if (position < 0 || position === levels.length - 1) return [];
  const next = levels[position + 1]!;
  const fullyAtAchieved = position === 0 || passes(shareReaching(indicators, achieved), rule, bands, 'below');
  const largelyAtNext = passes(shareReaching(indicators, next), rule, bands, 'at');
  const held: number[] = [];
  indicators.forEach((indicator, i) => {
    const below = indicator.level === null || indicator.level < achieved;
    if (below ? !fullyAtAchieved : indicator.level === achieved && !largelyAtNext) held.push(i);
  });
  return held;
}
