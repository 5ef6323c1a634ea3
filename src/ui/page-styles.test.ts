/**
 * A page's stylesheet holds inside its page: once a page has been visited its
 * CSS stays loaded, so a bare `.actions` or `select` in one page's file would
 * restyle every page after it. Each page stylesheet nests its rules under the
 * page's root class (as `:where(.results) { … }` or `.home { … }`); this test
 * lowers the nesting the way the build does (lightningcss) and fails on any
 * rule whose selector is not under that class. Shared tokens and classes
 * (`.card`, `.results-actions`, `.filters`) live in styles.css.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Features, transform } from 'lightningcss';
import postcss, { type AtRule, type Container } from 'postcss';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

/** Each scoped stylesheet, its root classes, and the file whose markup carries them. */
const SCOPED: { css: string; roots: string[]; markup: string[] }[] = [
  { css: 'src/ui/questionnaire/style.css', roots: ['questionnaire', 'evidence-page'], markup: ['src/ui/questionnaire/Questionnaire.tsx', 'src/ui/evidence/index.tsx'] },
  { css: 'src/ui/results/style.css', roots: ['results'], markup: ['src/ui/results/ResultsView.tsx'] },
  { css: 'src/ui/compare/style.css', roots: ['compare'], markup: ['src/ui/compare/index.tsx'] },
  { css: 'src/ui/organization/style.css', roots: ['organization'], markup: ['src/ui/organization/index.tsx'] },
  { css: 'src/ui/home/style.css', roots: ['home'], markup: ['src/ui/home/index.tsx'] },
  { css: 'src/ui/model/style.css', roots: ['model-document'], markup: ['src/ui/model/index.tsx'] },
  { css: 'src/ui/components/import-panel.css', roots: ['import-panel'], markup: ['src/ui/compare/ImportPanel.tsx'] },
];

/** At-rules whose inner rules are not element selectors (or are the page's own, like :root). */
const UNSCOPED_AT_RULES = new Set(['keyframes', 'page', 'font-face', 'property', 'counter-style']);

const escape = (name: string) => name.replace(/[-]/g, '\\-');

/** The selectors of `css` (nesting lowered) that are under none of `roots`. */
export function unscopedSelectors(css: string, roots: string[], filename = 'style.css'): string[] {
  const lowered = transform({ filename, code: new TextEncoder().encode(css), include: Features.Nesting, minify: false }).code;
  const under = new RegExp(`\\.(?:${roots.map(escape).join('|')})(?![\\w-])`);
  const found: string[] = [];
  postcss.parse(new TextDecoder().decode(lowered)).walkRules((rule) => {
    for (let parent: Container | undefined = rule.parent as Container | undefined; parent; parent = parent.parent as Container | undefined) {
      if (parent.type === 'atrule' && UNSCOPED_AT_RULES.has((parent as AtRule).name.replace(/^-\w+-/, ''))) return;
    }
    for (const selector of rule.selectors) {
      if (selector.trim() === ':root') continue;
      if (!under.test(selector)) found.push(selector);
    }
  });
  return found;
}

describe('page stylesheets', () => {
  for (const { css, roots, markup } of SCOPED) {
    it(`${css}: every rule is under .${roots.join(' or .')}`, () => {
      expect(unscopedSelectors(readFileSync(join(root, css), 'utf8'), roots, css)).toEqual([]);
    });
    it(`${css}: the page's markup carries its root class`, () => {
      const classes = markup.map((file) => readFileSync(join(root, file), 'utf8')).join('\n');
      for (const name of roots) expect(classes).toMatch(new RegExp(`class="(?:[^"]* )?${escape(name)}(?: [^"]*)?"`));
    });
  }

  it('finds a rule that would leak, at the top or in @media', () => {
    expect(unscopedSelectors('.results { .a { color: red; } }\n.b { color: red; }', ['results'])).toEqual(['.b']);
    expect(unscopedSelectors(':where(.results) { .a { color: red; } }\n@media print { select, .results .c { display: none; } }', ['results'])).toEqual(['select']);
    expect(unscopedSelectors('.results-actions { margin: 0; }', ['results'])).toEqual(['.results-actions']);
  });

  it('lets :root, @page and @keyframes be', () => {
    expect(unscopedSelectors(':root { --x: 1; }\n@page wide { size: A4 landscape; }\n@keyframes spin { from { opacity: 0; } to { opacity: 1; } }\n.home { .a { color: red; } }', ['home'])).toEqual([]);
  });

  it('Compare and the organization page share the heat map and import panel styles, not each other’s page', () => {
    const organization = readFileSync(join(root, 'src/ui/organization/index.tsx'), 'utf8');
    expect(organization).not.toMatch(/compare\/style\.css/);
    for (const page of ['organization', 'compare']) for (const shared of ['heat-map', 'import-panel']) expect(readFileSync(join(root, `src/ui/${page}/style.css`), 'utf8')).toContain(`@import '../components/${shared}.css';`);
  });
});
