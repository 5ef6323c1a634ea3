import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkResultFile } from '../src/exchange/result-file.ts';

function generate(count: number, seed: number): string {
  const out = mkdtempSync(join(tmpdir(), 'samples-'));
  execFileSync(join('node_modules', '.bin', 'tsx'), ['scripts/sample-results.ts', '--count', String(count), '--out', out, '--seed', String(seed)]);
  return out;
}

const read = (folder: string) =>
  Object.fromEntries(readdirSync(folder).sort().map((name) => [name, readFileSync(join(folder, name), 'utf8')]));

describe('npm run sample-results', () => {
  it('writes valid files, the same for the same seed, different for another', async () => {
    const first = read(generate(7, 42));
    expect(Object.keys(first)).toHaveLength(7);
    expect(read(generate(7, 42))).toEqual(first);
    expect(read(generate(7, 43))).not.toEqual(first);
    for (const [name, text] of Object.entries(first)) {
      const checked = await checkResultFile(JSON.parse(text));
      expect(checked.ok ? name : checked.problems).toBe(name);
      if (checked.ok) {
        // The governance profile of the UN-system profile; the old free-text country and type are not written.
        expect(checked.file.organization.profile?.['organization-kind']).toMatch(/^[a-z-]+$/);
        expect(checked.file.organization.profile?.['decision-rights']).toMatch(/^(centralized|federated|decentralized|hybrid)$/);
        expect(checked.file.organization.country).toBeUndefined();
        expect(checked.file.answers.length).toBeGreaterThanOrEqual(60);
      }
    }
  }, 60_000);
});
