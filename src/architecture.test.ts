/**
 * The layers' rules, read from the source: storage has one door
 * (src/storage/index.ts), and a component draws what its page gives it —
 * only a page's index.tsx, the app shell and a few named modules (hooks and
 * services, not components) import storage.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : filesUnder(path);
    return /\.(ts|tsx|mjs)$/.test(name) ? [path] : [];
  });
}

/** Every module specifier a file imports or re-exports, with whether it is a type-only import. */
export function importsOf(source: string): { specifier: string; typeOnly: boolean }[] {
  const found: { specifier: string; typeOnly: boolean }[] = [];
  const pattern = /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const match of source.matchAll(pattern)) {
    const specifier = match[3] ?? match[4]!;
    found.push({ specifier, typeOnly: Boolean(match[2]) });
  }
  return found;
}

const posix = (path: string) => relative(root, path).split(sep).join('/');
const intoStorage = (specifier: string) => /(^|\/)storage\/[^/]+$/.test(specifier);

/** Modules under src/ui that may call storage: pages' index.tsx, the app shell, and these hooks and services. */
const STORAGE_USERS = new Set([
  'src/ui/App.tsx',
  'src/ui/hooks.ts',
  'src/ui/models.ts',
  'src/ui/model-files.ts',
  'src/ui/questionnaire/useAnswers.ts',
  'src/ui/results/result-export.ts',
]);

describe('the import rules', () => {
  it('reads import specifiers, type-only or not', () => {
    expect(importsOf("import { a } from '../storage/db.ts';\nimport type { B } from './x.ts';\nexport { c } from '../storage/index.ts';")).toEqual([
      { specifier: '../storage/db.ts', typeOnly: false },
      { specifier: './x.ts', typeOnly: true },
      { specifier: '../storage/index.ts', typeOnly: false },
    ]);
  });

  it('lets nothing outside src/storage import a storage module other than src/storage/index.ts', () => {
    const offenders = ['src', 'scripts', 'tests']
      .flatMap((dir) => filesUnder(join(root, dir)))
      .filter((file) => !posix(file).startsWith('src/storage/'))
      .flatMap((file) =>
        importsOf(readFileSync(file, 'utf8'))
          .filter(({ specifier }) => intoStorage(specifier) && !specifier.endsWith('storage/index.ts'))
          .map(({ specifier }) => `${posix(file)} → ${specifier}`),
      );
    expect(offenders).toEqual([]);
  });

  it('lets no component under src/ui call storage: its page gives it data and actions', () => {
    const offenders = filesUnder(join(root, 'src/ui'))
      .filter((file) => !file.endsWith('.test.ts'))
      .filter((file) => !posix(file).endsWith('/index.tsx') && !STORAGE_USERS.has(posix(file)))
      .flatMap((file) =>
        importsOf(readFileSync(file, 'utf8'))
          .filter(({ specifier, typeOnly }) => intoStorage(specifier) && !typeOnly)
          .map(({ specifier }) => `${posix(file)} → ${specifier}`),
      );
    expect(offenders).toEqual([]);
  });
});
