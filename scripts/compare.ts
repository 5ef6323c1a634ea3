/**
 * `npm run compare -- <folder> [--csv out.csv] [--compendium out.csv|out.md] [--by-unit] [--anonymise [--salt text]] [--allow-rejected] [--timings]`:
 * the coordinators' CLI. Imports every *.json result file in the folder with
 * the same pure code as the app (limits, schema, hash, model, re-scoring),
 * prints each file's status, the organizations × domains matrix and the
 * network's statistics per domain, with the same functions as the Compare
 * page (`src/compare/`). Each file is judged alone: whatever one holds, the
 * others are still read and compared. Text from files is printed with its
 * control characters and bidirectional overrides written as escapes, so it
 * cannot act on the terminal. Anonymised, names become codes (salted with
 * --salt, or with a salt drawn at random for this run) and the statistics
 * follow the anonymity rules. With --by-unit, the unit results of each
 * organization, period and model are also rolled up into the organization
 * (`src/rollup/`, the organization view's code): its level per domain, the
 * unit holding each level down, median and spread, coverage. --compendium writes the compendium of
 * governance models (profiles side by side, archetypes, maturity by
 * arrangement: `src/compare/compendium.ts`) as CSV, or as Markdown when the
 * file name ends in .md. Exits 1 when a file is rejected, unless
 * --allow-rejected.
 */
import { problemText } from '../src/i18n/problem-text.ts';
import { closeSync, constants, fstatSync, openSync, readSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { anonymiseMatrix, anonymousCodes, randomSalt } from '../src/compare/anonymise.ts';
import { matrixCsvRows } from '../src/compare/comparison-csv.ts';
import { compareNames, comparePeriods, domainMatrix, groupByModel } from '../src/compare/matrix.ts';
import { organizationGroups, sameOrganization } from '../src/assessment/organization.ts';
import { compareVersions } from '../src/model/version.ts';
import { rollupCsvRows } from '../src/rollup/rollup-csv.ts';
import { rollUpOrganization, type UnitResult } from '../src/rollup/rollup.ts';
import { compendiumCsvRows, compendiumMarkdown } from '../src/compare/compendium-csv.ts';
import { networkStatistics } from '../src/compare/network.ts';
import { toCsv } from '../src/exchange/csv.ts';
import { RESULT_FILE_MAX_BYTES, type ImportedResult } from '../src/exchange/import.ts';
import { startImport } from '../src/exchange/import-session.ts';
import { printable } from '../src/exchange/plain-text.ts';
import { highestLevel, lowestLevel } from '../src/model/schema.ts';
import { catalogueOf } from '../src/exchange/model-identity.ts';
import type { MaturityModel } from '../src/model/schema.ts';
import { localize } from '../src/model/text.ts';
import { readKnownModels } from './lib/known-models.ts';
import { readKeys, signatureLine, type CliKeys } from './lib/cli-keys.ts';
import { modelKeyOf } from '../src/model/key.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    csv: { type: 'string' },
    compendium: { type: 'string' },
    anonymise: { type: 'boolean', default: false },
    salt: { type: 'string' },
    'allow-rejected': { type: 'boolean', default: false },
    timings: { type: 'boolean', default: false },
    'trusted-keys': { type: 'string' },
    'sealing-key': { type: 'string' },
    'by-unit': { type: 'boolean', default: false },
  },
});
const folder = positionals[0];
if (!folder) {
  console.error(
    'usage: npm run compare -- <folder> [--csv out.csv] [--compendium out.csv|out.md] [--by-unit] [--anonymise [--salt text]] [--allow-rejected] [--trusted-keys <folder>] [--sealing-key <file>]\n' +
      '  --by-unit: also roll each organization\'s unit results up into the organization (src/rollup), printed and, with --csv, written\n' +
      '  (the sealing key file is a private key file exported from the Compare page; its passphrase is read from SEALING_KEY_PASSPHRASE)',
  );
  process.exit(2);
}

const lookup = catalogueOf(await readKnownModels('assessments'));
const keys: CliKeys = await readKeys(values['trusted-keys'], values['sealing-key']);

/**
 * A line of output, made printable whole (a version or a reason can carry
 * text from a file too); labels are made printable before they are padded,
 * so that columns line up.
 */
const say = (line = '') => console.log(line.split('\n').map(printable).join('\n'));

/**
 * A regular file's bytes, read only when it is no larger than the limit
 * (what is read is bounded too, should it grow meanwhile); a folder, a
 * device or a pipe named *.json is refused.
 */
function readBounded(path: string): { size: number; read: () => Uint8Array } {
  // Non-blocking, so that a named pipe called *.json cannot hold the run waiting for a writer.
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      closeSync(fd);
      throw new Error('it is not a regular file');
    }
    return {
      size: stat.size,
      read: () => {
        try {
          const buffer = Buffer.alloc(Math.min(stat.size, RESULT_FILE_MAX_BYTES) + 1);
          let length = 0;
          for (let n = 1; n > 0 && length < buffer.length; length += n) n = readSync(fd, buffer, length, buffer.length - length, length);
          if (length > RESULT_FILE_MAX_BYTES) throw new Error(`it grew beyond ${RESULT_FILE_MAX_BYTES / 1024 / 1024} MB while being read`);
          return buffer.subarray(0, length);
        } finally {
          closeSync(fd);
        }
      },
    };
  } catch (error) {
    try {
      closeSync(fd);
    } catch {
      // already closed
    }
    throw error;
  }
}

const results = new Map<string, { result: ImportedResult; model: MaturityModel }>();
let rejected = 0;
const files = readdirSync(folder).filter((name) => name.toLowerCase().endsWith('.json')).sort();
say(`Files (${files.length})`);
// The page's rule for duplicates and updates, and its per-file isolation (src/exchange/import-session.ts).
const session = startImport(lookup, new Map(), keys.sealing);
// --timings (for npm run bench): the import's time beside bare JSON.parse of the same text, file by file.
let bytes = 0;
let readMs = 0;
let bareMs = 0;
let importMs = 0;
for (const name of files) {
  const reading = performance.now();
  let file: { size: number; read: () => Uint8Array | string };
  try {
    file = readBounded(join(folder, name));
  } catch (error) {
    file = { size: 0, read: () => { throw error; } };
  }
  if (values.timings) {
    // The bench's files are valid: read here, so that bare JSON.parse gets the same text and reading is timed apart.
    try {
      const content = file.read() as Uint8Array;
      readMs += performance.now() - reading;
      bytes += content.byteLength;
      const start = performance.now();
      JSON.parse(Buffer.from(content).toString('utf8'));
      bareMs += performance.now() - start;
      file = { size: file.size, read: () => content };
    } catch {
      // Judged, and refused, by the import below.
    }
  }
  const start = performance.now();
  const outcome = await session.importFile(name, file.size, file.read);
  importMs += performance.now() - start;
  if (outcome.status === 'rejected') {
    rejected += 1;
    say(`  rejected  ${printable(name)}: ${printable(outcome.problems.map(problemText).join(' '))}`);
    continue;
  }
  say(`  ${outcome.status.padEnd(9)} ${printable(name)}: ${printable(signatureLine(outcome.result, keys.trusted))}`);
  if (outcome.status !== 'duplicate') results.set(outcome.result.assessmentId, { result: outcome.result, model: outcome.model });
}

// Results of different models are never mixed, nor versions that ask different questions.
const models = new Map([...results.values()].map(({ model }) => [modelKeyOf(model), model]));
const groups = groupByModel(
  [...results.values()].map((entry) => entry.result),
  (id, version) => models.get(modelKeyOf({ id, version })),
);
const setCount = groups.reduce((n, g) => n + g.sets.length, 0);
// Without --salt, a salt drawn for this run: codes nobody can recompute from a list of names (nor match across runs).
const salt = values.salt || randomSalt();
if (values.anonymise && !values.salt) say('\nAnonymised with a salt drawn at random for this run: give --salt to keep the same codes across runs.');
let failedSets = 0;
for (const group of groups) {
  if (group.keptApart) say(`\n${problemText(group.keptApart)}`);
  for (const set of group.sets) {
    try {
      const newest = set.versions[set.versions.length - 1]!;
      const model = models.get(modelKeyOf({ id: set.modelId, version: newest }))!;
      const text = (t: Parameters<typeof localize>[0]) => printable(localize(t, 'en', model.defaultLanguage));
      const named = domainMatrix(set.results);
      const matrix = values.anonymise ? anonymiseMatrix(named, await anonymousCodes(set.results, salt)) : named;
      const versions = group.sets.length > 1 || set.versions.length > 1 ? ` ${set.versions.join(', ')}` : '';
      say(`\nMatrix: ${text(model.title)} (${set.modelId}${versions}), ${matrix.rows.length} results, index on the model's scale ${lowestLevel(model)}–${highestLevel(model)}`);
      if (set.note) say(problemText(set.note));
      say(['organization (period)'.padEnd(48), ...matrix.columns.map((id) => id.slice(0, 10).padStart(11))].join(''));
      for (const row of matrix.rows) {
        const label = printable(`${row.label} (${row.period})`);
        say([label.slice(0, 47).padEnd(48), ...matrix.columns.map((id) => (row.cells[id]?.score?.toFixed(2) ?? '—').padStart(11))].join(''));
      }
      say(`\nNetwork statistics per domain (${matrix.rows.length} results)`);
      const statistics = networkStatistics(set.results, { anonymised: values.anonymise });
      if (!statistics.ok) say(`  withheld: ${problemText(statistics.problem)}`);
      else {
        say(['domain'.padEnd(24), 'n', '   min', '    q1', 'median', '    q3', '   max'].join(' '));
        for (const { id, spread } of statistics.statistics.domains) {
          // Withheld figures (anonymised: no minimum or maximum; quartiles only from five organizations) show as —.
          const f = (n: number | null | undefined) => (n === undefined || n === null ? '—' : n.toFixed(2)).padStart(6);
          say([id.padEnd(24), String(spread?.count ?? 0), f(spread?.min), f(spread?.q1), f(spread?.median), f(spread?.q3), f(spread?.max)].join(' '));
        }
      }
      if (values.csv) {
        // A version comes from the files: only letters, digits, dots and dashes of it go into a file name.
        const suffix = (setCount === 1 ? '' : group.sets.length === 1 ? `-${set.modelId}` : `-${set.modelId}-${newest}`).replace(/[^A-Za-z0-9._-]/g, '_');
        const out = suffix ? values.csv.replace(/(\.csv)?$/, `${suffix}.csv`) : values.csv;
        writeFileSync(out, toCsv(matrixCsvRows(matrix)));
        say(`\nwrote ${basename(out)}`);
      }
      if (values.compendium) {
        const suffix = (setCount === 1 ? '' : group.sets.length === 1 ? `-${set.modelId}` : `-${set.modelId}-${newest}`).replace(/[^A-Za-z0-9._-]/g, '_');
        const markdown = /\.md$/i.test(values.compendium);
        const out = suffix ? values.compendium.replace(/(\.md|\.csv)?$/i, (ext) => `${suffix}${ext || '.csv'}`) : values.compendium;
        const options = { anonymised: values.anonymise };
        const title = `Compendium of ICT governance models — ${localize(model.title, 'en', model.defaultLanguage)} — ${new Date().toISOString().slice(0, 10)}`;
        writeFileSync(out, markdown ? compendiumMarkdown(set.results, title, options) : toCsv(compendiumCsvRows(set.results, options)));
        say(`wrote ${basename(out)}`);
      }
    } catch (error) {
      // Not a file's doing (each was judged alone above), but one set must not keep the others from being shown.
      failedSets += 1;
      say(`\ncould not compare the results of "${set.modelId}" ${set.versions.join(', ')}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

if (values['by-unit']) {
  const all = [...results.values()].map((entry) => entry.result);
  const lookupModel = (id: string, version: string) => models.get(modelKeyOf({ id, version }));
  const organizations = organizationGroups(all).sort((a, b) => compareNames(a.name, b.name) || comparePeriods(a.period, b.period) || (a.modelId < b.modelId ? -1 : 1));
  say(`\nRoll-up of units: ${organizations.length} organization${organizations.length === 1 ? '' : 's'} × period × model`);
  for (const group of organizations) {
    try {
      const ofGroup = all.filter((r) => sameOrganization(r.organization.name, group.name) && r.period.trim() === group.period && r.model.id === group.modelId);
      const newest = [...new Set(ofGroup.map((r) => r.model.version))].sort(compareVersions).pop()!;
      const model = lookupModel(group.modelId, newest)!;
      const units: UnitResult[] = ofGroup.map((r) => {
        const staff = r.organization.profile?.['staff'];
        return { ...r, ...(typeof staff === 'number' ? { staff } : {}) };
      });
      const rollup = rollUpOrganization(units, { organization: group.name, period: group.period, model, models: lookupModel });
      const unitName = (key: string | undefined) => rollup.units.find((u) => u.key === key)?.label ?? '—';
      const level = (l: number | null) => (l === null ? 'not rated' : String(l));
      say(`\n${group.name} (${group.period}), ${group.modelId} ${rollup.versions.join(', ')}: ${rollup.units.length} unit${rollup.units.length === 1 ? '' : 's'}, rule ${rollup.rule}`);
      say(['unit'.padEnd(32), 'overall'.padStart(10), ...rollup.domains.map((d) => d.id.slice(0, 10).padStart(11))].join(''));
      rollup.units.forEach((unit, i) => {
        const cell = (c: { units: { level: number | null; excluded?: string }[] }) => {
          const entry = c.units[i]!;
          return (entry.excluded ? 'n/a' : entry.level === null ? '—' : String(entry.level)).padStart(11);
        };
        say([printable(unit.label).slice(0, 31).padEnd(32), cell(rollup.overall).slice(1).padStart(10), ...rollup.domains.map(cell)].join(''));
      });
      for (const column of [rollup.overall, ...rollup.domains]) {
        const holding = column.holding ? `${printable(unitName(column.holding.unitKey))} holds it down (${level(column.holding.level)})` : 'no unit counts';
        const spread = column.min === null ? 'no unit rated' : `median ${column.median}, spread ${column.min}–${column.max}`;
        say(`  ${column.id}: level ${level(column.level)}; ${holding}; ${spread}; ${column.rated} of ${column.counted} units rated`);
      }
      for (const problem of rollup.problems) say(`  not counted: ${problem.code} ${printable(JSON.stringify(problem.params))}`);
      if (values.csv) {
        const slug = `${group.name}-${group.period}-${group.modelId}`.toLowerCase().replace(/[^a-z0-9._-]+/g, '-');
        const out = values.csv.replace(/(\.csv)?$/, `-units-${slug}.csv`);
        writeFileSync(out, toCsv(rollupCsvRows(rollup)));
        say(`  wrote ${basename(out)}`);
      }
    } catch (error) {
      failedSets += 1;
      say(`\ncould not roll up ${printable(group.name)} (${printable(group.period)}): ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

say(`\n${results.size} results compared, ${rejected} files rejected`);
if (values.timings) {
  const megabytes = (bytes / 1024 / 1024).toFixed(0);
  say(
    `timings: ${files.length} files, ${megabytes} MB: read ${readMs.toFixed(0)} ms, bare JSON.parse ${bareMs.toFixed(0)} ms, import ${importMs.toFixed(0)} ms; ` +
      `ratio to JSON.parse ${(importMs / bareMs).toFixed(1)}×, with reading ${((readMs + importMs) / (readMs + bareMs)).toFixed(1)}×; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  );
}
// exitCode, not exit(): exit() can cut off output still queued for a pipe.
process.exitCode = failedSets > 0 || (rejected > 0 && !values['allow-rejected']) ? 1 : 0;
