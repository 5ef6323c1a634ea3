/**
 * The report's blocks (./report-document.ts) as a Word document, with the
 * `docx` library: real headings (Word's Heading 1–3 styles, so the
 * navigation pane and a table of contents work), real tables with a
 * repeated header row, charts as PNG pictures with their alt text, the
 * document's language on every run, and right to left (bidi paragraphs and
 * tables, rtl runs) in Arabic. Runs in the browser and in Node; loaded
 * lazily, as `docx` is large.
 */
import {
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Block, ChartData, ReportDocument } from './report-document.ts';

/** A chart drawn as a PNG picture; `width` and `height` are its size on the page, in CSS pixels (96 to the inch). */
export interface ChartImage {
  png: Uint8Array;
  width: number;
  height: number;
}

/** Draws a chart, or says `null` where it cannot (in Node, say): the report then keeps its caption and description. */
export type DrawChart = (chart: ChartData) => Promise<ChartImage | null>;

/** The language Word is told, with the region its proofing tools expect. */
const WORD_LANGUAGE: Readonly<Record<string, string>> = {
  ar: 'ar-SA',
  en: 'en-GB',
  es: 'es-ES',
  fr: 'fr-FR',
  ru: 'ru-RU',
  zh: 'zh-CN',
};

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** The report as the bytes of a .docx file. */
export async function renderDocx(report: ReportDocument, drawChart?: DrawChart): Promise<Uint8Array> {
  const rtl = report.direction === 'rtl';
  const tag = WORD_LANGUAGE[report.language] ?? report.language;
  const language = {
    value: tag,
    ...(report.language === 'zh' ? { eastAsia: tag } : {}),
    ...(rtl ? { bidirectional: tag } : {}),
  };
  const run = (text: string, bold = false) => new TextRun({ text, bold, language, ...(rtl ? { rightToLeft: true } : {}) });
  const paragraph = (text: string, options: { bold?: boolean; heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel] } = {}) =>
    new Paragraph({
      children: [run(text, options.bold)],
      ...(options.heading ? { heading: options.heading } : {}),
      ...(rtl ? { bidirectional: true } : {}),
    });
  // A cell's text may hold several lines (one evidence reference a line): one paragraph each.
  const cell = (text: string, header: boolean) =>
    new TableCell({ children: (text === '' ? [''] : text.split('\n')).map((line) => paragraph(line, { bold: header })) });
  const table = (header: string[], rows: string[][]) =>
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      ...(rtl ? { visuallyRightToLeft: true } : {}),
      rows: [
        new TableRow({ tableHeader: true, children: header.map((text) => cell(text, true)) }),
        ...rows.map((row) => new TableRow({ children: row.map((text) => cell(text, false)) })),
      ],
    });

  const children: Array<Paragraph | Table> = [];
  for (const block of report.blocks) children.push(...(await render(block)));

  async function render(block: Block): Promise<Array<Paragraph | Table>> {
    switch (block.kind) {
      case 'title':
        return [paragraph(block.text, { heading: HeadingLevel.TITLE })];
      case 'heading':
        return [paragraph(block.text, { heading: HEADINGS[block.level] })];
      case 'paragraph':
        return [paragraph(block.text, { bold: block.strong ?? false })];
      case 'pageBreak':
        return [new Paragraph({ children: [new PageBreak()], ...(rtl ? { bidirectional: true } : {}) })];
      case 'table':
        return [...(block.caption ? [paragraph(block.caption, { bold: true })] : []), table(block.header, block.rows), paragraph('')];
      case 'chart': {
        const image = drawChart ? await drawChart(block.chart) : null;
        const caption = paragraph(block.caption, { bold: true });
        if (!image) return [caption, paragraph(block.description)];
        const picture = new ImageRun({
          type: 'png',
          data: image.png,
          transformation: { width: image.width, height: image.height },
          altText: { name: block.caption, title: block.caption, description: block.description },
        });
        return [caption, new Paragraph({ children: [picture], ...(rtl ? { bidirectional: true } : {}) })];
      }
    }
  }

  const document = new Document({
    title: report.title,
    styles: {
      default: {
        document: {
          run: { language, ...(rtl ? { rightToLeft: true } : {}) },
        },
      },
    },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
