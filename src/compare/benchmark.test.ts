import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from '../exchange/canonical.ts';
import { readBenchmark, sealBenchmark, type BenchmarkFile } from '../exchange/benchmark-file.ts';
import { benchmarkFits, buildBenchmark, peerGroups } from './benchmark.ts';
import type { ComparedResult } from './matrix.ts';
import type { ProfileValue } from '../exchange/result-file.ts';
import { comparedResult, model, variedAnswers } from './compared-result.fixture.ts';

const result = (name: string, i: number, profile: Record<string, ProfileValue>): ComparedResult =>
  comparedResult({ name, profile }, variedAnswers(i), { assessmentId: name });

/** Six centralized agencies, two federated funds, three hybrid funds, one "other" (the one an attacker wants). */
function network(secret = 0): ComparedResult[] {
  return [
    ...[0, 1, 2, 3, 4, 5].map((i) => result(`Agency ${i}`, i, { 'organization-kind': 'specialized-agency', 'decision-rights': 'centralized' })),
    ...[6, 7].map((i) => result(`Fund ${i}`, i, { 'organization-kind': 'fund-programme', 'decision-rights': 'federated' })),
    ...[8, 9, 10].map((i) => result(`Fund ${i}`, i, { 'organization-kind': 'fund-programme', 'decision-rights': 'hybrid' })),
    result('Secret', secret, { 'organization-kind': 'other', 'decision-rights': 'decentralized' }),
  ];
}

const identity = { id: model.id, version: model.version, sha256: 'a'.repeat(64), versions: [model.version] };
async function build(results = network()): Promise<BenchmarkFile> {
  const built = await buildBenchmark({ results, model: identity, date: '2026-06-30', createdAt: '2026-07-01T10:00:00.000Z' });
  if (!built.ok) throw new Error(built.problem.code);
  return built.file;
}

describe('building a benchmark', () => {
  it('gives the whole set and each kind and arrangement of three or more, with the model and the date', async () => {
    const file = await build();
    expect(file).toMatchObject({ format: 'ict-governance-benchmark', formatVersion: 1, set: { date: '2026-06-30', organizations: 12 }, model: identity });
    expect(file.groups.map((g) => [g.item, g.value, g.organizations])).toEqual([
      ['all', null, 12],
      // Funds (five) are withheld beside "other" (one), else the set less the agencies would be that one.
      ['organization-kind', 'specialized-agency', 6],
      ['decision-rights', 'centralized', 6],
      ['decision-rights', 'hybrid', 3],
    ]);
    const all = file.groups[0]!;
    expect(all.domains.map((d) => d.id)).toEqual(model.domains.map((d) => d.id));
    expect(all.domains[0]!.elements.length).toBe(model.domains[0]!.elements.length);
  });

  it('applies the group-size rule to every figure: no group, domain or element of fewer than three, quartiles of five or more only', async () => {
    const file = await build();
    expect(JSON.stringify(file)).not.toMatch(/Agency|Fund|Secret|"min"|"max"|"mean"/);
    for (const group of file.groups) {
      expect(group.organizations).toBeGreaterThanOrEqual(3);
      for (const c of [group.overall!, ...group.domains, ...group.domains.flatMap((d) => d.elements)]) {
        expect(c.organizations).toBeGreaterThanOrEqual(3);
        if (c.organizations < 5) expect([c.q1, c.q3]).toEqual([null, null]);
      }
    }
    // Decentralized (one) is left out, and federated (two) with it: the set less the groups given is then three.
    expect(file.groups.some((g) => g.value === 'federated' || g.value === 'decentralized' || g.value === 'other')).toBe(false);
  });

  it('publishes nothing that depends on the withheld organization’s scores but the whole set', async () => {
    const [a, b] = [await build(network(0)), await build(network(5))];
    expect(a.groups.slice(1)).toEqual(b.groups.slice(1));
    expect(a.groups[0]).not.toEqual(b.groups[0]);
  });

  it('refuses a set of fewer than three organizations', async () => {
    const built = await buildBenchmark({ results: network().slice(0, 2), model: identity, date: '2026-06-30', createdAt: '2026-07-01T10:00:00.000Z' });
    expect(built).toEqual({ ok: false, problem: { code: 'benchmark.too-few', path: '$', params: { minimum: 3 } } });
  });
});

describe('reading a benchmark file', () => {
  it('reads back what was built', async () => {
    const file = await build();
    expect(await readBenchmark(JSON.stringify(file, null, 2))).toEqual({ ok: true, benchmark: file });
    expect(await readBenchmark(new TextEncoder().encode(JSON.stringify(file)))).toEqual({ ok: true, benchmark: file });
  });

  it('refuses a tampered file', async () => {
    const file = await build();
    const tampered = structuredClone(file);
    tampered.groups[0]!.overall!.median += 0.5;
    expect(await readBenchmark(JSON.stringify(tampered))).toMatchObject({ ok: false, problem: { code: 'benchmark.tampered', path: '$.integrity.hash' } });
    const renamed = { ...file, model: { ...file.model, id: 'other-model' } };
    expect(await readBenchmark(JSON.stringify(renamed))).toMatchObject({ ok: false, problem: { code: 'benchmark.tampered' } });
  });

  it('refuses malformed files with a code and a path', async () => {
    const file = await build();
    const text = JSON.stringify(file);
    const problem = async (input: string) => {
      const check = await readBenchmark(input);
      if (check.ok) throw new Error('accepted');
      return check.problem;
    };
    expect(await problem('{ not json')).toMatchObject({ code: 'json.syntax' });
    expect(await problem(text.replace('{"format"', '{"format":"x","format"'))).toMatchObject({ code: 'json.duplicate-key' });
    expect(await problem('[]')).toMatchObject({ code: 'benchmark.not-benchmark' });
    expect(await problem(JSON.stringify({ ...file, format: 'ict-governance-result' }))).toMatchObject({ code: 'benchmark.not-benchmark' });
    expect(await problem(JSON.stringify({ ...file, formatVersion: 2 }))).toMatchObject({ code: 'benchmark.version', params: { version: '2' } });
    expect(await problem(JSON.stringify({ ...file, extra: 1 }))).toMatchObject({ code: expect.stringMatching(/^schema\./) });
    expect(await problem('x'.repeat(1024 * 1024 + 1))).toMatchObject({ code: 'json.too-large' });
  });

  it('refuses a group of fewer than three even when its hash is right', async () => {
    const file = await build();
    const { integrity: _integrity, ...content } = structuredClone(file);
    content.groups[1]!.organizations = 2;
    const resealed = await sealBenchmark(content);
    expect(resealed.integrity.hash).toBe(await sha256Hex(canonicalJson(content)));
    expect(await readBenchmark(JSON.stringify(resealed))).toMatchObject({ ok: false, problem: { code: expect.stringMatching(/^schema\./), path: '$.groups[1].organizations' } });
  });
});

describe('organizations like yours', () => {
  it('matches the whole set, the same kind and the same arrangement', async () => {
    const file = await build();
    const peers = peerGroups(file, { 'organization-kind': 'specialized-agency', 'decision-rights': 'hybrid' });
    expect(peers.map((g) => [g.item, g.value])).toEqual([
      ['all', null],
      ['organization-kind', 'specialized-agency'],
      ['decision-rights', 'hybrid'],
    ]);
    expect(peerGroups(file, {}).map((g) => g.item)).toEqual(['all']);
    // A withheld group is nobody's peer group.
    expect(peerGroups(file, { 'organization-kind': 'fund-programme' }).map((g) => g.item)).toEqual(['all']);
  });

  it('fits only the same model, in a version summarised or asking the same questions', async () => {
    const file = await build();
    expect(benchmarkFits(file, { id: model.id, version: model.version })).toBe(true);
    expect(benchmarkFits(file, { id: 'other', version: model.version })).toBe(false);
    expect(benchmarkFits(file, { id: model.id, version: '1.0.1' })).toBe(false);
    const same = () => model;
    expect(benchmarkFits(file, { id: model.id, version: '1.0.1' }, same)).toBe(true);
    const fewer = { domains: model.domains.slice(1) };
    expect(benchmarkFits(file, { id: model.id, version: '1.0.1' }, (_id, version) => (version === '1.0.1' ? fewer : model))).toBe(false);
  });
});
