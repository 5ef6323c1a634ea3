import { useState } from 'preact/hooks';
import { archetypeCounts, arrangementItems, maturityByArrangement, profileTable } from '../../compare/compendium.ts';
import { compendiumCsvRows, profileValueText } from '../../compare/compendium-csv.ts';
import type { ComparedResult } from '../../compare/matrix.ts';
import { DECISION_RIGHTS_ITEM } from '../../compare/profile-values.ts';
import { toCsv } from '../../exchange/csv.ts';
import { formatDateTime, formatNumber, formatScore, t } from '../../i18n/index.ts';
import type { MaturityModel, Profile } from '../../model/schema.ts';
import { downloadFile } from '../download.ts';
import { modelText } from '../model-text.ts';
import { profileLabels } from '../profile-labels.ts';

interface Props {
  setName: string;
  model: MaturityModel;
  /** The profile the model's assessments are asked (names items and values). */
  profile?: Profile | undefined;
  /** The comparable set's results, as filtered on the page. */
  results: readonly ComparedResult[];
  anonymised: boolean;
  /** Exports the benchmark file of these results; absent when there is none to export. */
  onExportBenchmark?: () => void;
}

/**
 * The compendium of governance models: the profiles side by side, the
 * archetypes counted, and maturity by arrangement for a chosen profile
 * item. On paper it has its own cover.
 */
export function CompendiumView({ setName, model, profile, results, anonymised, onExportBenchmark }: Props) {
  const labels = profileLabels(model, profile);
  const text = modelText(model);
  const items = arrangementItems(results);
  const [chosenItem, setChosenItem] = useState('');
  const item = items.includes(chosenItem) ? chosenItem : items.includes(DECISION_RIGHTS_ITEM) ? DECISION_RIGHTS_ITEM : (items[0] ?? '');
  const options = { anonymised, types: labels.types };
  const table = profileTable(results, options);
  const archetypes = archetypeCounts(results, options);
  const maturity = item ? maturityByArrangement(results, item, options) : null;
  const domainTitle = (id: string) => {
    const domain = model.domains.find((d) => d.id === id);
    return domain ? text(domain.title) : id === 'overall' ? t('compare.column.overall') : id;
  };
  const value = (itemId: string, v: string | null) => (v === null ? t('compendium.others') : labels.value(itemId, v));
  const figure = (f: { medianLevel: number | null; medianIndex: number | null } | undefined) =>
    !f || f.medianIndex === null ? t('results.none') : `${f.medianLevel === null ? t('results.none') : formatNumber(f.medianLevel)} / ${formatScore(f.medianIndex)}`;
  const exportCsv = () => downloadFile(`${setName}-compendium.csv`, toCsv(compendiumCsvRows(results, options)), 'text/csv;charset=utf-8');
  const domainIds = maturity?.groups.find((g) => !g.withheld)?.domains.map((d) => d.id) ?? model.domains.map((d) => d.id);

  return (
    <div class="compendium" data-testid="compendium">
      <div class="print-only compendium-cover" data-testid="compendium-cover">
        <p class="compendium-cover-title">{t('compendium.cover', { set: setName, date: formatDateTime(new Date().toISOString()) })}</p>
        <p>{text(model.title)}</p>
        <p class={anonymised ? 'privacy anonymised' : 'privacy named'}>{anonymised ? t('compare.anonymisedNote') : t('compare.namedNote')}</p>
      </div>
      <div class="results-actions no-print">
        <button type="button" onClick={exportCsv}>
          {t('compendium.csv')}
        </button>
        <button type="button" onClick={() => print()}>
          {t('compendium.print')}
        </button>
        {onExportBenchmark && (
          <button type="button" onClick={onExportBenchmark}>
            {t('benchmark.export')}
          </button>
        )}
      </div>

      <h3 id="compendium-profiles">{t('compendium.profiles')}</h3>
      {table.items.length === 0 ? (
        <p>{t('compendium.noProfiles')}</p>
      ) : !table.anonymised ? (
        <div class="table-scroll compendium-box" role="region" aria-labelledby="compendium-profiles" tabIndex={0}>
          <table class="compendium-table" data-testid="compendium-table">
            <thead>
              <tr>
                <th scope="col">{t('compendium.item')}</th>
                {table.columns.map((c) => (
                  <th scope="col" key={c.label}>
                    <bdi>{c.label}</bdi> <span class="period">({c.period})</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.items.map((id) => (
                <tr key={id}>
                  <th scope="row">{labels.item(id)}</th>
                  {table.columns.map((c) => {
                    const v = c.profile[id];
                    return (
                      <td key={c.label}>
                        <bdi>{v === undefined ? t('results.none') : typeof v === 'string' ? labels.value(id, v) : Array.isArray(v) ? v.map((x) => labels.value(id, x)).join(', ') : profileValueText(v)}</bdi>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <div class="table-scroll compendium-box" role="region" aria-labelledby="compendium-profiles" tabIndex={0}>
          <table class="compendium-table" data-testid="compendium-table">
            <caption>{t('compendium.anonymisedTable')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('compendium.item')}</th>
                <th scope="col">{t('compendium.value')}</th>
                <th scope="col">{t('compendium.organizations')}</th>
              </tr>
            </thead>
            <tbody>
              {table.items.flatMap((entry) =>
                entry.values.map((v) => (
                  <tr key={`${entry.id}:${v.value}`}>
                    <th scope="row">{labels.item(entry.id)}</th>
                    <td>
                      <bdi>{value(entry.id, v.value)}</bdi>
                    </td>
                    <td>{v.organizations === null ? t('compendium.fewer') : formatNumber(v.organizations)}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </div>
      )}

      <h3 id="compendium-archetypes">{t('compendium.archetypes')}</h3>
      <div class="table-scroll" role="region" aria-labelledby="compendium-archetypes" tabIndex={0}>
        <table class="compendium-archetypes" data-testid="compendium-archetypes">
          <thead>
            <tr>
              {archetypes.items.map((id) => (
                <th scope="col" key={id}>
                  {labels.item(id)}
                </th>
              ))}
              <th scope="col">{t('compendium.organizations')}</th>
            </tr>
          </thead>
          <tbody>
            {archetypes.archetypes.map((a) => (
              <tr key={JSON.stringify(a.values)}>
                {a.values.map((v, i) => (
                  <td key={i}>
                    <bdi>{v === null ? t('compendium.notGiven') : labels.value(archetypes.items[i]!, v)}</bdi>
                  </td>
                ))}
                <td>{formatNumber(a.organizations)}</td>
              </tr>
            ))}
            {archetypes.pooled && (
              <tr>
                <td colSpan={archetypes.items.length}>{t('compendium.pooled')}</td>
                <td>{archetypes.pooled.organizations === null ? t('compendium.fewer') : formatNumber(archetypes.pooled.organizations)}</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>

      <h3 id="compendium-maturity">{t('compendium.maturity')}</h3>
      {items.length > 0 && (
        <div class="field inline no-print">
          <label for="compendium-item">{t('compendium.maturityBy')}</label>
          <select id="compendium-item" value={item} onChange={(e) => setChosenItem(e.currentTarget.value)}>
            {items.map((id) => (
              <option key={id} value={id}>
                {labels.item(id)}
              </option>
            ))}
          </select>
        </div>
      )}
      {maturity && (
        <div class="table-scroll" role="region" aria-labelledby="compendium-maturity" tabIndex={0}>
          <table class="compendium-maturity" data-testid="compendium-maturity">
            <caption>
              {labels.item(item)} — {t('compendium.maturityCaption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('compendium.value')}</th>
                <th scope="col">{t('compendium.organizations')}</th>
                {['overall', ...domainIds].map((id) => (
                  <th scope="col" key={id}>
                    {domainTitle(id)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {maturity.groups.map((g) => (
                <tr key={String(g.value)}>
                  <th scope="row">
                    <bdi>{g.value === null ? t('compendium.notGiven') : labels.value(item, g.value)}</bdi>
                  </th>
                  <td>{g.organizations === null ? t('compendium.fewer') : formatNumber(g.organizations)}</td>
                  {g.withheld ? (
                    <td colSpan={domainIds.length + 1}>{t('compendium.withheld')}</td>
                  ) : (
                    [g.overall!, ...g.domains].map((f) => <td key={f.id}>{figure(f)}</td>)
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
