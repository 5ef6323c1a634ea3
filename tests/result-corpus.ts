/**
 * Result files for the Compare tests, made on the test machine: valid
 * sample files from `npm run sample-results`, a corpus of bad ones (one per
 * way a file can be wrong), and a valid file whose every text field holds
 * markup and script.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashOf } from '../src/exchange/canonical.ts';

export const MARKUP = '<script>window.pwned=1</script><img src=x onerror="window.pwned=2"><b>bold</b>';

/** Writes `count` valid sample files (four organizations per period) into a new folder; returns their paths. */
export function sampleResults(count: number, seed = 7, { embed = false, units = 0 } = {}): string[] {
  const folder = mkdtempSync(join(tmpdir(), 'results-'));
  const args = ['scripts/sample-results.ts', '--count', String(count), '--out', folder, '--seed', String(seed), ...(embed ? ['--embed'] : []), ...(units ? ['--units', String(units)] : [])];
  execFileSync(join('node_modules', '.bin', 'tsx'), args, { stdio: 'pipe' });
  return readdirSync(folder).filter((f) => f.endsWith('.json')).sort().map((f) => join(folder, f));
}

/** The file with its integrity hash computed again, as a careful forger (or a valid tool) would. */
async function rehashed(file: Record<string, unknown>): Promise<string> {
  const { integrity, ...content } = file as { integrity: Record<string, unknown> };
  return JSON.stringify({ ...content, integrity: { ...integrity, hash: await hashOf(content) } });
}

/** The bad corpus, keyed by file name, each with what its rejection reason must mention. */
export async function badCorpus(valid: string): Promise<{ name: string; text: string; reason: RegExp }[]> {
  const text = readFileSync(valid, 'utf8');
  const file = () => JSON.parse(text);
  const wrongTypes = file();
  wrongTypes.assessment.period = 2026;
  const missing = file();
  delete missing.organization;
  const tampered = file();
  tampered.organization.name = 'Someone else';
  const unknownModel = file();
  unknownModel.model = { id: 'no-such-model', version: '1.0.0', sha256: unknownModel.model.sha256 };
  const strangeAnswers = file();
  strangeAnswers.answers[0].questionId = 'no.such.question';
  let deep = '0';
  for (let i = 0; i < 200; i += 1) deep = `[${deep}]`;
  return [
    { name: 'truncated.json', text: text.slice(0, 2000), reason: /not valid JSON/ },
    { name: 'wrong-types.json', text: await rehashed(wrongTypes), reason: /\$\.assessment\.period/ },
    { name: 'missing-fields.json', text: await rehashed(missing), reason: /\$\.organization/ },
    { name: 'tampered.json', text: JSON.stringify(tampered), reason: /integrity/i },
    { name: 'unknown-model.json', text: await rehashed(unknownModel), reason: /model “no-such-model”/ },
    { name: 'strange-answers.json', text: await rehashed(strangeAnswers), reason: /no\.such\.question/ },
    { name: 'far-too-large.json', text: JSON.stringify({ padding: 'x'.repeat(6 * 1024 * 1024) }), reason: /at most 5 MB/ },
    { name: 'deeply-nested.json', text: deep, reason: /nested more than/ },
    { name: 'proto.json', text: text.replace('{', '{"__proto__":{"polluted":true},'), reason: /__proto__/ },
    { name: 'not-json.json', text: '%PDF-1.7\n%âãÏÓ binary', reason: /not (valid )?JSON/ },
  ];
}

/** A valid, correctly hashed file whose every text field holds markup and script. */
export async function markupResult(valid: string): Promise<string> {
  const file = JSON.parse(readFileSync(valid, 'utf8'));
  file.organization = { name: MARKUP, unit: MARKUP, country: MARKUP, type: MARKUP };
  file.assessment.id = 'markup-assessment';
  file.assessment.period = '<i>2026</i>';
  for (const answer of file.answers) answer.comment = MARKUP;
  return rehashed(file);
}

/** Writes files into a new folder and returns their paths. */
export function writeFiles(files: readonly { name: string; text: string }[]): string[] {
  const folder = mkdtempSync(join(tmpdir(), 'corpus-'));
  return files.map(({ name, text }) => {
    const path = join(folder, name);
    writeFileSync(path, text);
    return path;
  });
}
