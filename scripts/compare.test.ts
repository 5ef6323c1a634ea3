import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../src/exchange/csv.ts';

const tsx = join('node_modules', '.bin', 'tsx');

function run(...args: string[]): { status: number; output: string } {
  try {
    return { status: 0, output: execFileSync(tsx, ['scripts/compare.ts', ...args], { encoding: 'utf8', stdio: 'pipe' }) };
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string };
    return { status: failed.status, output: failed.stdout + failed.stderr };
  }
}

describe('npm run compare', () => {
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

  it('replaces names by stable codes when anonymised', () => {
    const first = run(folder, '--anonymise').output;
    expect(first).not.toMatch(/Organization \(/);
    expect(first).toMatch(/ORG-[0-9A-F]{6} \(2024\)/);
    expect(run(folder, '--anonymise').output).toBe(first);
  });

  it('exits 1 when a file is rejected, unless allowed', () => {
    writeFileSync(join(folder, 'broken.json'), '{"format": "ict-gov');
    const refused = run(folder);
    expect(refused.status).toBe(1);
    expect(refused.output).toMatch(/rejected {2}broken\.json: not valid JSON/);
    expect(run(folder, '--allow-rejected').status).toBe(0);
  });
});
