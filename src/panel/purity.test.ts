import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The panel's domain modules are pure: no storage, no screens, no messages, no DOM.
describe('src/panel', () => {
  it('imports nothing from storage, the interface or the messages, and touches no DOM', () => {
    const dir = import.meta.dirname;
    const offenders = readdirSync(dir)
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
      .flatMap((name) => {
        const source = readFileSync(join(dir, name), 'utf8');
        const specifiers = [...source.matchAll(/(?:from|import\()\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);
        const bad = specifiers.filter((s) => /(^|\/)(storage|ui|i18n)\//.test(s) || s === 'idb' || s.startsWith('preact'));
        if (/\b(document|window|localStorage|indexedDB)\./.test(source)) bad.push('DOM');
        return bad.map((s) => `${name}: ${s}`);
      });
    expect(offenders).toEqual([]);
  });
});
