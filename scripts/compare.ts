/**
 * `npm run compare -- <folder> [--csv out.csv] [--anonymise] [--allow-rejected]`:
 * the coordinators' CLI. Imports every *.json result file in the folder with
 * the same pure code as the app (limits, schema, hash, model, re-scoring),
 * prints each file's status, the organizations × domains matrix and the
 * network's statistics per domain. Exits 1 when a file is rejected, unless
 * --allow-rejected.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { spreadOf } from '../src/compare/statistics.ts';
import { sha256Hex } from '../src/exchange/canonical.ts';
import { toCsv } from '../src/exchange/csv.ts';
import { importResultFile, type ImportedResult } from '../src/exchange/import.ts';
import type { MaturityModel } from '../src/model/schema.ts';
import { localize } from '../src/model/text.ts';
import { parseModel } from '../src/model/validate.ts';
import { modelFiles } from './lib/check-model-files.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    csv: { type: 'string' },
    anonymise: { type: 'boolean', default: false },
    'allow-rejected': { type: 'boolean', default: false },
  },
});
const folder = positionals[0];
if (!folder) {
  console.error('usage: npm run compare -- <folder> [--csv out.csv] [--anonymise] [--allow-rejected]');
  process.exit(2);
}

const shipped: MaturityModel[] = modelFiles('assessments').flatMap((file) => {
  const checked = parseModel(JSON.parse(readFileSync(file, 'utf8')));
  return checked.ok ? [checked.model] : [];
});
const lookup = (id: string, version: string) => shipped.find((m) => m.id === id && m.version === version);

const known = new Map<string, { hash: string; updatedAt: string }>();
const results = new Map<string, { result: ImportedResult; model: MaturityModel }>();
let rejected = 0;
const files = readdirSync(folder).filter((name) => name.toLowerCase().endsWith('.json')).sort();
console.log(`Files (${files.length})`);
for (const name of files) {
  const outcome = await importResultFile(name, readFileSync(join(folder, name), 'utf8'), lookup, known);
  if (outcome.status === 'rejected') {
    rejected += 1;
    console.log(`  rejected  ${name}: ${outcome.reason}`);
    continue;
  }
  console.log(`  ${outcome.status.padEnd(9)} ${name}`);
  known.set(outcome.result.assessmentId, { hash: outcome.result.hash, updatedAt: outcome.result.updatedAt });
  results.set(outcome.result.assessmentId, { result: outcome.result, model: outcome.model });
}

// Results of different models are never mixed: compare those of the most common model.
const byModel = new Map<string, { result: ImportedResult; model: MaturityModel }[]>();
for (const entry of results.values()) {
  const key = entry.model.id;
  byModel.set(key, [...(byModel.get(key) ?? []), entry]);
}
for (const [modelId, entries] of byModel) {
  const model = entries[0]!.model;
  const text = (t: Parameters<typeof localize>[0]) => localize(t, 'en', model.defaultLanguage);
  const names = new Map<string, string>();
  for (const { result } of entries) {
    const name = result.organization.unit ? `${result.organization.name} — ${result.organization.unit}` : result.organization.name;
    names.set(result.assessmentId, values.anonymise ? `ORG-${(await sha256Hex(name.toLowerCase())).slice(0, 6).toUpperCase()}` : name);
  }
  const rows = entries
    .map(({ result }) => ({ label: `${names.get(result.assessmentId)} (${result.period})`, result }))
    .sort((a, b) => a.label.localeCompare(b.label));
  console.log(`\nMatrix: ${text(model.title)} (${modelId}), ${rows.length} results, scores 0–5`);
  console.log(['organization (period)'.padEnd(48), ...model.domains.map((d) => d.id.slice(0, 10).padStart(11))].join(''));
  for (const { label, result } of rows) {
    console.log([label.slice(0, 47).padEnd(48), ...result.report.domains.map((d) => (d.score === null ? '—' : d.score.toFixed(2)).padStart(11))].join(''));
  }
  console.log(`\nNetwork statistics per domain (${rows.length} results)`);
  console.log(['domain'.padEnd(24), 'n', '   min', '    q1', 'median', '    q3', '   max'].join(' '));
  const stats = model.domains.map((domain, i) => ({ domain, spread: spreadOf(rows.map((r) => r.result.report.domains[i]!.score)) }));
  for (const { domain, spread } of stats) {
    const f = (n: number | undefined) => (n === undefined ? '—' : n.toFixed(2)).padStart(6);
    console.log([domain.id.padEnd(24), String(spread?.count ?? 0), f(spread?.min), f(spread?.q1), f(spread?.median), f(spread?.q3), f(spread?.max)].join(' '));
  }
  if (values.csv) {
    const csv = toCsv([
      ['organization', 'period', 'model_id', 'model_version', ...model.domains.map((d) => d.id), 'overall_score', 'overall_level', 'coverage'],
      ...rows.map(({ result }) => [
        names.get(result.assessmentId),
        result.period,
        result.model.id,
        result.model.version,
        ...result.report.domains.map((d) => d.score ?? ''),
        result.report.overall.score ?? '',
        result.report.overall.achievedLevel ?? '',
        Math.round(result.report.overall.coverage * 1000) / 1000,
      ]),
    ]);
    const out = byModel.size > 1 ? values.csv.replace(/(\.csv)?$/, `-${modelId}.csv`) : values.csv;
    writeFileSync(out, csv);
    console.log(`\nwrote ${basename(out)}`);
  }
}

console.log(`\n${results.size} results compared, ${rejected} files rejected`);
process.exit(rejected > 0 && !values['allow-rejected'] ? 1 : 0);
