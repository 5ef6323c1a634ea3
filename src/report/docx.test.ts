import { unzipSync, strFromU8 } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { ar as arCore } from '../i18n/ar.ts';
import { networkAr } from '../i18n/network/ar.ts';
const ar = { ...arCore, ...networkAr };
import { en as enCore } from '../i18n/en.ts';
import { networkEn } from '../i18n/network/en.ts';
const en = { ...enCore, ...networkEn };
import { reportAr } from './messages/ar.ts';
import { reportEn } from './messages/en.ts';
import { loadLanguage } from '../i18n/index.ts';
import { renderDocx, type DrawChart } from './docx.ts';
import { reportDocument, type ReportDocument } from './report-document.ts';
import { reportFixture } from './report-fixture.ts';
import { loadWording } from './wording.ts';

afterEach(() => loadLanguage('en'));

// A 1×1 PNG: what a chart drawn in the browser would give.
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));

async function generate(drawChart?: DrawChart): Promise<{ report: ReportDocument; files: Record<string, Uint8Array>; xml: string }> {
  const input = reportFixture();
  const report = reportDocument(input, await loadWording(input.model));
  const files = unzipSync(await renderDocx(report, drawChart));
  return { report, files, xml: strFromU8(files['word/document.xml']!) };
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&apos;').replace(/"/g, '&quot;');
/** The paragraphs of a given style, as their text. */
function styled(xml: string, style: string): string[] {
  return [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<\/w:p>/gs)]
    .map((m) => m[0])
    .filter((p) => p.includes(`<w:pStyle w:val="${style}"/>`))
    .map((p) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
}

describe('renderDocx', () => {
  it('writes a Word document with real headings, tables with header rows, and the language, in English', async () => {
    const { report, files, xml } = await generate();
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']));
    const headingText = (level: number) => report.blocks.flatMap((b) => (b.kind === 'heading' && b.level === level ? [escapeXml(b.text)] : []));
    expect(styled(xml, 'Title')).toEqual([escapeXml(reportEn['report.title'])]);
    expect(styled(xml, 'Heading1')).toEqual(headingText(1));
    expect(styled(xml, 'Heading2')).toEqual(headingText(2));
    expect(styled(xml, 'Heading3')).toEqual(headingText(3));
    expect(styled(xml, 'Heading1')).toContain(en['results.summary']);
    // The styles exist, so Word shows them as headings.
    expect(strFromU8(files['word/styles.xml']!)).toContain('w:styleId="Heading1"');

    const tables = report.blocks.filter((b) => b.kind === 'table');
    expect(xml.match(/<w:tbl>/g)).toHaveLength(tables.length);
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(tables.length);
    expect(xml).toContain('World Example Organization');
    expect(xml).toContain('ICT policy — DMS-1234 · applies to 2025-11-30 · custodian: CIO office · verified');
    expect(xml).toContain('Bo Chair');

    expect(xml).toContain('<w:lang w:val="en-GB"/>');
    expect(xml).not.toMatch(/<w:bidi\/>|<w:rtl\/>|<w:bidiVisual\/>/);
  });

  it('is right to left in Arabic: bidi paragraphs and tables, rtl runs, Arabic language', async () => {
    await loadLanguage('ar');
    const { report, xml } = await generate();
    expect(styled(xml, 'Heading1')).toContain(ar['results.summary']);
    expect(styled(xml, 'Heading1')).toContain(reportAr['report.review']);
    expect(xml).toContain('<w:lang w:val="ar-SA" w:bidi="ar-SA"/>');
    const paragraphs = xml.match(/<w:p>/g)!.length;
    expect(xml.match(/<w:bidi\/>/g)).toHaveLength(paragraphs);
    expect(xml.match(/<w:bidiVisual\/>/g)).toHaveLength(report.blocks.filter((b) => b.kind === 'table').length);
    // Every run of text is right to left.
    const textRuns = [...xml.matchAll(/<w:r>(?:(?!<\/w:r>).)*?<\/w:r>/gs)].map((m) => m[0]).filter((r) => r.includes('<w:t'));
    expect(textRuns.length).toBeGreaterThan(100);
    expect(textRuns.filter((r) => !r.includes('<w:rtl/>'))).toEqual([]);
  });

  it('embeds each chart as a PNG picture with its alt text, when one is drawn', async () => {
    const drawn: string[] = [];
    const { report, files, xml } = await generate(async (chart) => {
      drawn.push(chart.kind);
      return { png: PNG, width: 600, height: 400 };
    });
    const charts = report.blocks.filter((b) => b.kind === 'chart');
    expect(drawn).toHaveLength(charts.length);
    expect(Object.keys(files).filter((f) => /^word\/media\/.+\.png$/.test(f)).length).toBeGreaterThan(0);
    expect(xml.match(/<pic:pic /g)).toHaveLength(charts.length);
    expect(xml).toContain(`descr="${escapeXml(en['results.chart.radarLabel'])}"`);
  });

  it('keeps each chart’s caption and description where none is drawn', async () => {
    const { xml } = await generate();
    expect(xml).not.toContain('<pic:pic');
    expect(xml).toContain(escapeXml(en['results.chart.radarLabel']));
  });
});
