import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { organizationKey } from '../src/compare/matrix.ts';
import { sha256Hex } from '../src/exchange/canonical.ts';
import { bytesOf, craftedFiles, FORMULA_NAME } from '../src/exchange/crafted-files.fixture.ts';
import { parseCsv } from '../src/exchange/csv-parse.ts';

const tsx = join('node_modules', '.bin', 'tsx');

function run(...args: string[]): { status: number; output: string } {
  try {
    return { status: 0, output: execFileSync(tsx, ['scripts/compare.ts', ...args], { encoding: 'utf8', stdio: 'pipe' }) };
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string };
    return { status: failed.status, output: failed.stdout + failed.stderr };
  }
}

// Each test runs the CLI, some several times, over megabytes of files.
describe('npm run compare', { timeout: 120_000 }, () => {
  const folder = mkdtempSync(join(tmpdir(), 'compare-'));
  execFileSync(tsx, ['scripts/sample-results.ts', '--count', '6', '--out', folder, '--seed', '9']);

  it('prints every file, the matrix and the network statistics, and writes the CSV', () => {
    const csv = join(mkdtempSync(join(tmpdir(), 'csv-')), 'matrix.csv');
    const { status, output } = run(folder, '--csv', csv);
    expect(status).toBe(0);
    expect(output.match(/^ {2}accepted /gm)).toHaveLength(6);
    expect(output).toContain('Network statistics per domain (6 results)');
    const [header, ...rows] = parseCsv(readFileSync(csv, 'utf8'));
    expect(header!.slice(0, 5)).toEqual(['organization', 'period', 'model_id', 'model_version', 'strategy']);
    expect(rows).toHaveLength(6);
  });

  it('replaces names by codes when anonymised: stable with --salt, drawn afresh without, never an unsalted hash', async () => {
    const salted = run(folder, '--anonymise', '--salt', 'network-2026').output;
    expect(salted).not.toMatch(/Organization \(/);
    expect(salted).toMatch(/ORG-[0-9A-F]{6} \(2024\)/);
    expect(run(folder, '--anonymise', '--salt', 'network-2026').output).toBe(salted);

    const first = run(folder, '--anonymise').output;
    const second = run(folder, '--anonymise').output;
    expect(first).toContain('salt drawn at random for this run');
    const codes = (output: string) => [...new Set(output.match(/ORG-[0-9A-F]{6,}/g))].sort();
    expect(codes(first)).toHaveLength(codes(salted).length);
    expect(codes(first)).not.toEqual(codes(second));

    // The dictionary attack: hash every likely name (the real ones among them) as an unsalted code would be made.
    const names = readdirSync(folder).map((f) => JSON.parse(readFileSync(join(folder, f), 'utf8')).organization as { name: string; unit: string });
    const guesses = [...names, { name: 'Health Organization', unit: '' }, { name: 'Finance Office', unit: '' }];
    for (const salt of ['', 'salt', 'network']) {
      for (const guess of guesses) {
        const code = `ORG-${(await sha256Hex(JSON.stringify([salt, organizationKey(guess)]))).toUpperCase().slice(0, 6)}`;
        expect(codes(first)).not.toContain(code);
        expect(codes(second)).not.toContain(code);
      }
    }
  });

  it('rolls unit results up into their organization with --by-unit, naming the unit holding each level down, and writes its CSV', () => {
    const units = mkdtempSync(join(tmpdir(), 'units-'));
    execFileSync(tsx, ['scripts/sample-results.ts', '--count', '2', '--units', '3', '--out', units, '--seed', '4']);
    const csv = join(mkdtempSync(join(tmpdir(), 'csv-')), 'matrix.csv');
    const { status, output } = run(units, '--by-unit', '--csv', csv);
    expect(status).toBe(0);
    expect(output).toContain('Roll-up of units: 2 organizations × period × model');
    expect(output).toMatch(/Health Organization \(2024\), ict-governance [\d.]+: 3 units, rule nplf/);
    const written = readdirSync(join(csv, '..')).filter((f) => f.includes('-units-'));
    expect(written).toHaveLength(2);
    const [header, ...rows] = parseCsv(readFileSync(join(csv, '..', written[0]!), 'utf8').replace(/^\uFEFF/, ''));
    const at = (name: string) => header!.indexOf(name);
    const overall = rows.find((r) => r[at('row')] === 'organization' && r[at('column_kind')] === 'overall')!;
    const unitOverall = rows.filter((r) => r[at('row')] === 'unit' && r[at('column_kind')] === 'overall');
    expect(unitOverall.map((r) => r[at('unit')])).toEqual(['Office 1', 'Office 2', 'Office 3']);
    // The unit named holds the level: its own level is at most the organization's.
    const holder = unitOverall.find((r) => r[at('unit')] === overall[at('holding_unit')])!;
    expect(Number(holder[at('level')])).toBeLessThanOrEqual(Number(overall[at('level')]));
    expect(holder[at('level')]).toBe(overall[at('holding_level')]);
  });

  it('exits 1 when a file is rejected, unless allowed', () => {
    const withBroken = mkdtempSync(join(tmpdir(), 'compare-broken-'));
    for (const name of readdirSync(folder)) writeFileSync(join(withBroken, name), readFileSync(join(folder, name)));
    writeFileSync(join(withBroken, 'broken.json'), '{"format": "ict-gov');
    const refused = run(withBroken);
    expect(refused.status).toBe(1);
    expect(refused.output).toMatch(/rejected {2}broken\.json: The file is not valid JSON/);
    expect(run(withBroken, '--allow-rejected').status).toBe(0);
  });

  it('judges each crafted file alone: refused with its reason or read safely, the good files compared, nothing printed raw', async () => {
    const mixed = mkdtempSync(join(tmpdir(), 'compare-crafted-'));
    const good = readdirSync(folder).slice(0, 3);
    for (const name of good) writeFileSync(join(mixed, name), readFileSync(join(folder, name)));
    // The corpus is made from a file that embeds its model, so that it can tamper with the model too.
    const embedding = mkdtempSync(join(tmpdir(), 'compare-embedded-'));
    execFileSync(tsx, ['scripts/sample-results.ts', '--count', '1', '--out', embedding, '--seed', '9', '--embed']);
    const crafted = await craftedFiles(readFileSync(join(embedding, readdirSync(embedding)[0]!), 'utf8'));
    for (const file of crafted) writeFileSync(join(mixed, file.name), bytesOf(file));
    // Not a file at all, under a result file's name.
    mkdirSync(join(mixed, 'a-folder.json'));
    // A name that is itself an escape sequence.
    writeFileSync(join(mixed, 'name\u001b[2Kand\u202Eflip.json'), '{}');
    // A named pipe that nobody writes to: it must not hold the run.
    let pipes = 0;
    try {
      execFileSync('mkfifo', [join(mixed, 'pipe.json')]);
      pipes = 1;
    } catch {
      // No named pipes on this system.
    }
    const csv = join(mkdtempSync(join(tmpdir(), 'csv-')), 'matrix.csv');

    const { status, output } = run(mixed, '--allow-rejected', '--csv', csv);
    expect(status).toBe(0);
    expect(run(mixed).status).toBe(1);
    for (const name of good) expect(output).toContain(`  accepted  ${name}`);
    for (const file of crafted) {
      const line = output.split('\n').find((l) => l.endsWith(` ${file.name}`) || l.includes(` ${file.name}: `));
      expect(line, file.name).toBeDefined();
      if ('accepted' in file.expected) expect(line, file.name).toMatch(/^ {2}accepted /);
      else expect(line!.slice(line!.indexOf(': ') + 2), file.name).toMatch(file.expected.refused);
    }
    expect(output).toMatch(/rejected {2}a-folder\.json: The file could not be read \(.*not a regular file/);
    expect(output).toContain('rejected  name\\u001B[2Kand\\u202Eflip.json');

    // Terminal hygiene: no escape, control or bidi character reaches the terminal; the hostile name is shown escaped.
    expect(output).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/);
    expect(output).toContain('Evil\\u001B[2J\\u001B[31mOrg\\r\\n');
    const accepted = crafted.filter((f) => 'accepted' in f.expected).length;
    expect(output).toContain(`${good.length + accepted} results compared, ${crafted.length - accepted + 2 + pipes} files rejected`);
    if (pipes) expect(output).toMatch(/rejected {2}pipe\.json: The file could not be read \(it is not a regular file\)/);

    // The CSV: every good and safely read file a row, one line each, no control or bidi character, the formula guarded.
    const text = readFileSync(csv, 'utf8');
    expect(text.slice(1)).not.toMatch(/[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/);
    const rows = parseCsv(text).slice(1);
    expect(rows).toHaveLength(good.length + accepted);
    expect(rows.map((r) => r[0])).toContain(`'${FORMULA_NAME}`);
    expect(rows.every((r) => !/^[\s\u3000]*[=+\-@＝＋－＠]/.test(r[0]!))).toBe(true);
  });
});
