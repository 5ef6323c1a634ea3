/**
 * `npm run compare -- <folder> [--csv out.csv] [--anonymise [--salt text]] [--allow-rejected] [--timings]`:
 * the coordinators' CLI. Imports every *.json result file in the folder with
 * the same pure code as the app (limits, schema, hash, model, re-scoring),
 * prints each file's status, the organizations × domains matrix and the
 * network's statistics per domain, with the same functions as the Compare
 * page (`src/compare/`). Anonymised, names become codes (salted with
 * --salt: without one, anyone can recompute a known name's code) and the
 * statistics follow the minimum group size rule. Exits 1 when a file is
 * rejected, unless --allow-rejected.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { anonymiseMatrix, anonymousCodes } from '../src/compare/anonymise.ts';
import { matrixCsvRows } from '../src/compare/comparison-csv.ts';
import { domainMatrix, groupByModel } from '../src/compare/matrix.ts';
import { networkStatistics } from '../src/compare/network.ts';
import { toCsv } from '../src/exchange/csv.ts';
import { importResultFile, type ImportedResult } from '../src/exchange/import.ts';
import type { VerifiedModels } from '../src/exchange/result-file.ts';
import { highestLevel, lowestLevel } from '../src/model/schema.ts';
import { catalogueOf } from '../src/exchange/model-identity.ts';
import type { MaturityModel } from '../src/model/schema.ts';
import { localize } from '../src/model/text.ts';
import { readKnownModels } from './lib/known-models.ts';
import { readKeys, signatureLine, type CliKeys } from './lib/cli-keys.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    csv: { type: 'string' },
    anonymise: { type: 'boolean', default: false },
    salt: { type: 'string', default: '' },
    'allow-rejected': { type: 'boolean', default: false },
    timings: { type: 'boolean', default: false },
    'trusted-keys': { type: 'string' },
    'sealing-key': { type: 'string' },
  },
});
const folder = positionals[0];
if (!folder) {
  console.error(
    'usage: npm run compare -- <folder> [--csv out.csv] [--anonymise [--salt text]] [--allow-rejected] [--trusted-keys <folder>] [--sealing-key <file>]\n' +
      '  (the sealing key file is a private key file exported from the Compare page; its passphrase is read from SEALING_KEY_PASSPHRASE)',
  );
  process.exit(2);
}

const lookup = catalogueOf(await readKnownModels('assessments'));
const keys: CliKeys = await readKeys(values['trusted-keys'], values['sealing-key']);

const known = new Map<string, { hash: string; updatedAt: string }>();
const verified: VerifiedModels = new Map();
const results = new Map<string, { result: ImportedResult; model: MaturityModel }>();
let rejected = 0;
const files = readdirSync(folder).filter((name) => name.toLowerCase().endsWith('.json')).sort();
console.log(`Files (${files.length})`);
// --timings (for npm run bench): the import's time beside bare JSON.parse of the same text, file by file.
let bytes = 0;
let readMs = 0;
let bareMs = 0;
let importMs = 0;
for (const name of files) {
  const reading = performance.now();
  const text = readFileSync(join(folder, name), 'utf8');
  readMs += performance.now() - reading;
  bytes += text.length;
  if (values.timings) {
    const start = performance.now();
    JSON.parse(text);
    bareMs += performance.now() - start;
  }
  const start = performance.now();
  const outcome = await importResultFile(name, text, lookup, known, verified, keys.sealing);
  importMs += performance.now() - start;
  if (outcome.status === 'rejected') {
    rejected += 1;
    console.log(`  rejected  ${name}: ${outcome.reason}`);
    continue;
  }
  console.log(`  ${outcome.status.padEnd(9)} ${name}: ${signatureLine(outcome.result, keys.trusted)}`);
  known.set(outcome.result.assessmentId, { hash: outcome.result.hash, updatedAt: outcome.result.updatedAt });
  results.set(outcome.result.assessmentId, { result: outcome.result, model: outcome.model });
}

// Results of different models are never mixed, nor versions that ask different questions.
const models = new Map([...results.values()].map(({ model }) => [`${model.id}@${model.version}`, model]));
const groups = groupByModel(
  [...results.values()].map((entry) => entry.result),
  (id, version) => models.get(`${id}@${version}`),
);
const setCount = groups.reduce((n, g) => n + g.sets.length, 0);
for (const group of groups) {
  if (group.keptApart) console.log(`\n${group.keptApart}`);
  for (const set of group.sets) {
    const newest = set.versions[set.versions.length - 1]!;
    const model = models.get(`${set.modelId}@${newest}`)!;
    const text = (t: Parameters<typeof localize>[0]) => localize(t, 'en', model.defaultLanguage);
    const named = domainMatrix(set.results);
    const matrix = values.anonymise ? anonymiseMatrix(named, await anonymousCodes(set.results, values.salt!)) : named;
    const versions = group.sets.length > 1 || set.versions.length > 1 ? ` ${set.versions.join(', ')}` : '';
    console.log(`\nMatrix: ${text(model.title)} (${set.modelId}${versions}), ${matrix.rows.length} results, index on the model's scale ${lowestLevel(model)}–${highestLevel(model)}`);
    if (set.note) console.log(set.note);
    console.log(['organization (period)'.padEnd(48), ...matrix.columns.map((id) => id.slice(0, 10).padStart(11))].join(''));
    for (const row of matrix.rows) {
      const label = `${row.label} (${row.period})`;
      console.log([label.slice(0, 47).padEnd(48), ...matrix.columns.map((id) => (row.cells[id]?.score?.toFixed(2) ?? '—').padStart(11))].join(''));
    }
    console.log(`\nNetwork statistics per domain (${matrix.rows.length} results)`);
    const statistics = networkStatistics(set.results, { anonymised: values.anonymise });
    if (!statistics.ok) console.log(`  withheld: ${statistics.reason}`);
    else {
      console.log(['domain'.padEnd(24), 'n', '   min', '    q1', 'median', '    q3', '   max'].join(' '));
      for (const { id, spread } of statistics.statistics.domains) {
        const f = (n: number | undefined) => (n === undefined ? '—' : n.toFixed(2)).padStart(6);
        console.log([id.padEnd(24), String(spread?.count ?? 0), f(spread?.min), f(spread?.q1), f(spread?.median), f(spread?.q3), f(spread?.max)].join(' '));
      }
    }
    if (values.csv) {
      const suffix = setCount === 1 ? '' : group.sets.length === 1 ? `-${set.modelId}` : `-${set.modelId}-${newest}`;
      const out = suffix ? values.csv.replace(/(\.csv)?$/, `${suffix}.csv`) : values.csv;
      writeFileSync(out, toCsv(matrixCsvRows(matrix)));
      console.log(`\nwrote ${basename(out)}`);
    }
  }
}

console.log(`\n${results.size} results compared, ${rejected} files rejected`);
if (values.timings) {
  const megabytes = (bytes / 1024 / 1024).toFixed(0);
  console.log(
    `timings: ${files.length} files, ${megabytes} MB: read ${readMs.toFixed(0)} ms, bare JSON.parse ${bareMs.toFixed(0)} ms, import ${importMs.toFixed(0)} ms; ` +
      `ratio to JSON.parse ${(importMs / bareMs).toFixed(1)}×, with reading ${((readMs + importMs) / (readMs + bareMs)).toFixed(1)}×; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  );
}
// exitCode, not exit(): exit() can cut off output still queued for a pipe.
process.exitCode = rejected > 0 && !values['allow-rejected'] ? 1 : 0;
