import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SHIPPED = 'assessments/ict-governance.json';

function run(...files: string[]): { status: number; output: string } {
  try {
    const stdout = execFileSync(join('node_modules', '.bin', 'tsx'), ['scripts/validate-models.ts', ...files], { encoding: 'utf8', stdio: 'pipe' });
    return { status: 0, output: stdout };
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string };
    return { status: failed.status, output: failed.stdout + failed.stderr };
  }
}

function brokenCopy(name: string, change: (model: any) => void): string {
  const model = JSON.parse(readFileSync(SHIPPED, 'utf8'));
  change(model);
  const file = join(mkdtempSync(join(tmpdir(), 'models-')), name);
  writeFileSync(file, JSON.stringify(model));
  return file;
}

describe('npm run validate-models', () => {
  it('passes for the shipped models', () => {
    const { status, output } = run();
    expect(output).toMatch(/ok {3}assessments\/ict-governance\.json/);
    expect(status).toBe(0);
  });

  it('fails for a broken copy, naming the file, the JSON path and the problem', () => {
    const file = brokenCopy('broken.json', (model) => {
      delete model.domains[0].elements[0].questions[0].levels['3'];
      model.domains[0].elements[1].id = model.domains[0].elements[0].id;
    });
    const { status, output } = run(SHIPPED, file);
    expect(status).toBe(1);
    expect(output).toContain(`${file}: $.domains[0].elements[0].questions[0].levels: No descriptor for level 3.`);
    expect(output).toMatch(new RegExp(`${file}: \\$\\.domains\\[0\\]\\.elements\\[1\\]\\.id: The id “`));
    expect(output).toContain('1 of 2 model files valid');
  });

  it('fails for a file that is not JSON', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'models-')), 'truncated.json');
    writeFileSync(file, readFileSync(SHIPPED, 'utf8').slice(0, 500));
    const { status, output } = run(file);
    expect(status).toBe(1);
    expect(output).toContain(`${file}: $: not valid JSON`);
  });

  it('reports per language which texts fall back to another one, without failing', () => {
    const file = brokenCopy('partly-translated.json', (model) => {
      model.title = { ...(typeof model.title === 'string' ? { en: model.title } : model.title), xx: 'Titre' };
      model.domains[0].title = { en: 'Strategy only in English' };
    });
    const { status, output } = run(file);
    expect(status).toBe(0);
    expect(output).toMatch(/xx: \d+ of \d+ texts missing/);
    expect(output).toContain('missing $.description');
    expect(output).not.toMatch(/xx: all/);
  });
});
