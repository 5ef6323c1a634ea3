import { profileItemOf, type GroupStatistics } from '../../compare/network.ts';
import { formatScore, t } from '../../i18n/index.ts';
import type { ProfileLabels } from '../profile-labels.ts';

/** The median overall score of each region and organization type, or of each value of a profile item; a group too small to stay anonymous says so instead. */
export function GroupsTable({ groups, labels }: { groups: GroupStatistics[]; labels: Pick<ProfileLabels, 'item' | 'value'> }) {
  const dimensionName = (g: GroupStatistics) => {
    const item = profileItemOf(g.dimension);
    return item !== undefined ? labels.item(item) : g.dimension === 'region' ? t('compare.region') : t('compare.type');
  };
  const groupName = (g: GroupStatistics) => {
    const item = profileItemOf(g.dimension) ?? (g.dimension === 'region' ? 'hq-region' : 'organization-kind');
    return g.group === null ? '' : labels.value(item, g.group);
  };
  if (groups.length === 0) return null;
  return (
    <>
      <h3 id="groups-heading">{t('compare.groups')}</h3>
      <div class="table-scroll" role="region" aria-labelledby="groups-heading" tabIndex={0}>
      <table class="groups" data-testid="compare-groups">
        <caption>{t('compare.groups.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('compare.groups.group')}</th>
            <th scope="col">{t('compare.spread.count')}</th>
            <th scope="col">{t('compare.spread.median')}</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => {
            const spread = g.ok ? g.statistics.overall.spread : null;
            return (
              <tr key={`${g.dimension}:${g.group}`}>
                <th scope="row">
                  {dimensionName(g)}: <bdi>{groupName(g)}</bdi>
                </th>
                <td>{g.ok ? g.statistics.organizations : t('results.none')}</td>
                <td>{!g.ok ? t('compare.groups.tooSmall') : spread ? formatScore(spread.median) : t('results.none')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      </div>
    </>
  );
}
