import type { BenchmarkColumn, BenchmarkGroup } from '../../exchange/benchmark-file.ts';
import { formatScore, t } from '../../i18n/index.ts';
import type { MaturityModel, Profile } from '../../model/schema.ts';
import type { ScoreReport } from '../../scoring/score.ts';
import { modelText } from '../model-text.ts';
import { profileLabels } from '../profile-labels.ts';

export interface Peers {
  /** The date of the benchmark's figures. */
  date: string;
  /** The whole set first, then the groups of the same kind and arrangement. */
  groups: BenchmarkGroup[];
}

/** "Organizations like yours": the organization's index beside each peer group's median (quartiles where given), overall and per domain. */
export function PeerMedians({ model, report, peers, profile }: { model: MaturityModel; report: ScoreReport; peers: Peers; profile?: Profile | undefined }) {
  const text = modelText(model);
  const labels = profileLabels(model, profile);
  const groupName = (g: BenchmarkGroup) => (g.item === 'all' || g.value === null ? t('benchmark.group.all') : `${labels.item(g.item)}: ${labels.value(g.item, g.value)}`);
  const figure = (c: BenchmarkColumn | null | undefined) =>
    !c ? t('results.none') : c.q1 !== null && c.q3 !== null ? `${formatScore(c.median)} (${formatScore(c.q1)}–${formatScore(c.q3)})` : formatScore(c.median);
  const rows = [
    { id: 'overall', title: t('compare.column.overall'), own: report.overall.score, of: (g: BenchmarkGroup) => g.overall },
    ...report.domains.map((d) => ({
      id: d.domainId,
      title: text(model.domains.find((x) => x.id === d.domainId)?.title ?? d.domainId),
      own: d.score,
      of: (g: BenchmarkGroup) => g.domains.find((x) => x.id === d.domainId),
    })),
  ];
  return (
    <div class="table-scroll" role="region" aria-labelledby="peers-caption" tabIndex={0}>
      <table class="peer-medians" data-testid="peer-medians">
        <caption id="peers-caption">{t('benchmark.peers.caption', { date: peers.date })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.byDomain')}</th>
            <th scope="col">{t('benchmark.you')}</th>
            {peers.groups.map((g) => (
              <th scope="col" key={`${g.item}:${g.value}`}>
                <bdi>{groupName(g)}</bdi>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.title}</th>
              <td>{row.own === null ? t('results.none') : formatScore(row.own)}</td>
              {peers.groups.map((g) => (
                <td key={`${g.item}:${g.value}`}>{figure(row.of(g))}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
