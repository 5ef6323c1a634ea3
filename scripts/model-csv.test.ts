import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseModel } from '../src/model/validate.ts';

const EXAMPLE = 'assessments/examples/minimal-model.json';

function run(script: string, ...args: string[]): { status: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(join('node_modules', '.bin', 'tsx'), [`scripts/${script}.ts`, ...args], { encoding: 'utf8', stdio: 'pipe' });
    return { status: 0, stdout, stderr: '' };
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string };
    return failed;
  }
}

describe('npm run model:to-csv and model:from-csv', { timeout: 30_000 }, () => {
  const folder = mkdtempSync(join(tmpdir(), 'model-csv-'));
  const csv = join(folder, 'minimal.csv');
  const json = join(folder, 'minimal.json');

  it('write a model as CSV and read it back as the same model, pretty-printed', () => {
    expect(run('model-to-csv', EXAMPLE, '--out', csv)).toMatchObject({ status: 0, stdout: expect.stringContaining(`wrote ${csv}`) });
    expect(readFileSync(csv, 'utf8')).toMatch(/^\uFEFFkind,id,parent,/);
    expect(run('model-from-csv', csv, '--out', json)).toMatchObject({ status: 0, stdout: expect.stringContaining('minimal-example 1.0.0, 1 domains, 2 key elements, 3 questions') });
    const original = parseModel(JSON.parse(readFileSync(EXAMPLE, 'utf8')));
    expect(original.ok).toBe(true);
    expect(readFileSync(json, 'utf8')).toBe(`${JSON.stringify(original.ok && original.model, null, 2)}\n`);
  });

  it('name the row and column of each problem, write nothing and exit 1', () => {
    const broken = join(folder, 'broken.csv');
    const rows = readFileSync(csv, 'utf8').split('\r\n');
    const at = rows.findIndex((row) => row.startsWith('question,direction.strategy.reviewed,'));
    const first = rows.findIndex((row) => row.startsWith('question,direction.strategy.exists,'));
    rows[at] = rows[at]!.replace('question,direction.strategy.reviewed,', 'question,direction.strategy.exists,');
    writeFileSync(broken, rows.join('\r\n'));
    const out = join(folder, 'never.json');
    const { status, stderr } = run('model-from-csv', broken, '--out', out);
    expect(status).toBe(1);
    expect(stderr).toContain(`${broken}: row ${at + 1}, column id: The id “direction.strategy.exists” is already used in row ${first + 1}`);
    expect(stderr).toContain('1 problem;');
    expect(existsSync(out)).toBe(false);
  });

  it('carry a model on its own scale of four levels, its rating rules and its question recommendations', () => {
    const four = 'assessments/examples/four-level-model.json';
    const sheet = join(folder, 'four.csv');
    const back = join(folder, 'four.json');
    expect(run('model-to-csv', four, '--out', sheet).status).toBe(0);
    const header = readFileSync(sheet, 'utf8').split('\r\n')[0]!;
    expect(header).toContain('level3:fr');
    expect(header).not.toContain('level4:');
    expect(run('model-from-csv', sheet, '--out', back)).toMatchObject({ status: 0, stdout: expect.stringContaining('four-level-example 1.0.0, 2 domains, 3 key elements, 5 questions') });
    const original = parseModel(JSON.parse(readFileSync(four, 'utf8')));
    expect(original.ok && JSON.parse(readFileSync(back, 'utf8'))).toEqual(original.ok && original.model);
    expect(JSON.parse(readFileSync(back, 'utf8')).rating.domain).toBe('all');
  });

  it('refuse to guess where to write the model', () => {
    expect(run('model-from-csv', csv).status).toBe(2);
  });
});

describe('npm run model:doc', { timeout: 30_000 }, () => {
  it('writes an HTML review page in the language asked for', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'model-doc-')), 'review.html');
    expect(run('model-doc', EXAMPLE, '--lang', 'fr', '--out', out).status).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<html lang="fr" dir="ltr">');
    expect(html).toContain("Existe-t-il une stratégie TIC actuelle et approuvée ?");
  });
});
