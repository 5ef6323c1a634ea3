import type { GroupStatistics } from '../../compare/network.ts';
import { formatScore, t } from '../../i18n/index.ts';

/** The median overall score of each region and organization type; a group too small to stay anonymous says so instead. */
export function GroupsTable({ groups }: { groups: GroupStatistics[] }) {
  if (groups.length === 0) return null;
  return (
    <>
      <h3 id="groups-heading">{t('compare.groups')}</h3>
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
                  {g.dimension === 'region' ? t('compare.region') : t('compare.type')}: <bdi>{g.group}</bdi>
                </th>
                <td>{g.ok ? g.statistics.organizations : t('results.none')}</td>
                <td>{!g.ok ? t('compare.groups.tooSmall') : spread ? formatScore(spread.median) : t('results.none')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
