/**
 * Building a benchmark file from a comparison set, and reading it beside
 * one organization's results ("organizations like yours").
 *
 * Every figure is an anonymised one (`networkStatistics` with the
 * anonymity rules: medians of at least three organizations, quartiles of
 * at least five, never a minimum, maximum or mean); each organization
 * counts once with its latest result; a group of fewer than three
 * organizations is left out, and beside it as many others as
 * `complementaryWithheld` says, so the whole set less the groups given
 * never describes fewer than three.
 */
import { sealBenchmark, type BenchmarkColumn, type BenchmarkFile, type BenchmarkGroup } from '../exchange/benchmark-file.ts';
import { comparePeriods, type ComparedResult, type ModelStructure } from './matrix.ts';
import { complementaryWithheld, networkStatistics, type ColumnStatistics } from './network.ts';
import { DECISION_RIGHTS_ITEM, KIND_ITEM, groupByProfileItem, groupKeys, type ProfileValues } from './profile-values.ts';
import { MIN_GROUP_SIZE } from './statistics.ts';
import { latestPerOrganization } from './trends.ts';
import { questionsOf } from '../model/walk.ts';

/** The profile items a benchmark has peer groups for, beside the whole set. */
export const BENCHMARK_ITEMS = [KIND_ITEM, DECISION_RIGHTS_ITEM] as const;

export interface BenchmarkInput {
  /** One comparable set's results (one model, versions asking the same questions). */
  results: readonly ComparedResult[];
  /** The newest version of the set, with its SHA-256, and every version of the set. */
  model: { id: string; version: string; sha256: string; versions: readonly string[] };
  /** The date of the set's figures (YYYY-MM-DD) and when the file is made. */
  date: string;
  createdAt: string;
  items?: readonly string[];
}

export type BenchmarkBuild = { ok: true; file: BenchmarkFile } | { ok: false; problem: { code: 'benchmark.too-few'; path: string; params: { minimum: number } } };

function column(statistics: ColumnStatistics): BenchmarkColumn | null {
  const spread = statistics.spread;
  if (!spread || statistics.organizations < MIN_GROUP_SIZE) return null;
  return { id: statistics.id, organizations: statistics.organizations, median: spread.median, q1: spread.q1, q3: spread.q3 };
}

function groupOf(results: readonly ComparedResult[], item: string, value: string | null): BenchmarkGroup | null {
  const check = networkStatistics(results, { anonymised: true });
  if (!check.ok) return null;
  const { statistics } = check;
  return {
    item,
    value,
    organizations: statistics.organizations,
    overall: column(statistics.overall),
    domains: statistics.domains.flatMap((domain) => {
      const figures = column(domain);
      return figures ? [{ ...figures, elements: domain.elements.map(column).filter((c): c is BenchmarkColumn => c !== null) }] : [];
    }),
  };
}

/** The benchmark of a set, or why there is none (fewer than three organizations in all). */
export async function buildBenchmark(input: BenchmarkInput): Promise<BenchmarkBuild> {
  const latest = latestPerOrganization(input.results);
  const all = groupOf(latest, 'all', null);
  if (!all) return { ok: false, problem: { code: 'benchmark.too-few', path: '$', params: { minimum: MIN_GROUP_SIZE } } };
  const groups: BenchmarkGroup[] = [all];
  for (const item of input.items ?? BENCHMARK_ITEMS) {
    const byValue = groupByProfileItem(latest, item);
    const withheld = complementaryWithheld(byValue);
    for (const value of [...byValue.keys()].filter((v): v is string => v !== null).sort()) {
      if (withheld.has(value)) continue;
      const group = groupOf(byValue.get(value)!, item, value);
      if (group) groups.push(group);
    }
  }
  const file = await sealBenchmark({
    format: 'ict-governance-benchmark',
    formatVersion: 1,
    createdAt: input.createdAt,
    set: { date: input.date, periods: [...new Set(latest.map((r) => r.period))].sort(comparePeriods), organizations: all.organizations },
    model: { id: input.model.id, version: input.model.version, sha256: input.model.sha256, versions: [...input.model.versions] },
    groups,
  });
  return { ok: true, file };
}

/**
 * Whether a benchmark speaks of an assessment's model: the same model id,
 * and a version the benchmark summarised, or one that asks the same
 * questions in the same places as the benchmark's (when both are known).
 */
export function benchmarkFits(
  benchmark: Pick<BenchmarkFile, 'model'>,
  model: { id: string; version: string },
  structures?: (id: string, version: string) => ModelStructure | undefined,
): boolean {
  if (benchmark.model.id !== model.id) return false;
  if (benchmark.model.versions.includes(model.version)) return true;
  const mine = structures?.(model.id, model.version);
  const theirs = structures?.(benchmark.model.id, benchmark.model.version);
  if (!mine || !theirs) return false;
  const places = (m: ModelStructure) =>
    JSON.stringify(questionsOf(m).map(({ domain, element, question }) => `${domain.id}/${element.id}/${question.id}`).sort());
  return places(mine) === places(theirs);
}

/** The peer groups of an organization: the whole set first, then each item's group its profile falls in (same kind, same arrangement). */
export function peerGroups(benchmark: Pick<BenchmarkFile, 'groups'>, profile: ProfileValues): BenchmarkGroup[] {
  const all = benchmark.groups.filter((g) => g.item === 'all');
  const matching = benchmark.groups.filter((g) => g.item !== 'all' && g.value !== null && groupKeys(g.item, profile[g.item]).includes(g.value));
  return [...all, ...matching];
}
