import {
  AlignmentType, Document, Footer, Header, HeadingLevel, Packer, PageNumber, PageOrientation, Paragraph, TextRun,
} from 'docx';
import { longDate } from '../domain/calendar-date';
import { ExportInput, markingOf, titleOf } from './export-input';
import { DigestSection, digestSections } from './digest-sections';
import { londonDate, londonTimeText } from '../domain/london-time';
import { boardPaperTable } from './board-paper-table';
import { frontMatterOf } from './board-paper-front';
import { boardPaperFigures } from './board-paper-figures';
import { xmlText } from './xml-text';

/** A4 in twips, given portrait: docx swaps width and height for a landscape section. */
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1134; // 2 cm
const HEADER_GAP = 567; // 1 cm from the page edge to the header and footer text

function summary(lines: string[]): Paragraph[] {
  const [first = '', ...bullets] = lines;
  return [
    new Paragraph({ text: first, spacing: { after: 120 } }),
    ...bullets.map((line) => new Paragraph({ text: line, bullet: { level: 0 } })),
  ];
}

function section(s: DigestSection): Paragraph[] {
  const heading = new Paragraph({ text: s.heading, heading: HeadingLevel.HEADING_3, keepNext: true });
  if (s.items.length === 0) return [heading, new Paragraph({ children: [new TextRun({ text: s.none, italics: true })] })];
  const items = s.items.map(
    (i) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: xmlText(i.reference), bold: true }), new TextRun(xmlText(` — ${i.body}`))] }),
  );
  return [heading, ...items];
}

/** The marking, centred and bold, as government papers print it at the top and bottom of every page. */
function markingLine(marking: string): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: xmlText(marking), bold: true, size: 20 })] });
}

function header(marking: string): Header {
  return new Header({ children: marking ? [markingLine(marking)] : [] });
}

function footer(input: ExportInput, marking: string): Footer {
  const prepared = `Prepared by Chaser on ${longDate(londonDate(input.generatedAt))} at ${londonTimeText(input.generatedAt)}`;
  const run = (text: string): TextRun => new TextRun({ text, size: 16, color: '595959' });
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [run(`${prepared} · Page `), new TextRun({ children: [PageNumber.CURRENT], size: 16, color: '595959' }),
          run(' of '), new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16, color: '595959' })],
      }),
      ...(marking ? [markingLine(marking)] : []),
    ],
  });
}

/** Board, meeting or week, title, "Report by", purpose: the top of a paper to the board. */
function frontMatter(input: ExportInput): Paragraph[] {
  const front = frontMatterOf(input);
  return [
    new Paragraph({ children: [new TextRun({ text: xmlText(front.board), bold: true, size: 28 })] }),
    new Paragraph({ children: [new TextRun({ text: xmlText(front.meeting), size: 24 })], spacing: { after: 240 } }),
    new Paragraph({ text: xmlText(titleOf(input)), heading: HeadingLevel.HEADING_1 }),
    new Paragraph({ children: [new TextRun({ text: 'Report by: ', bold: true }), new TextRun(xmlText(front.reportBy))], spacing: { after: 120 } }),
    new Paragraph({ children: [new TextRun({ text: `As of ${longDate(input.digest.asOf)}`, bold: true })], spacing: { after: 200 } }),
    new Paragraph({ text: '1. Purpose of this paper', heading: HeadingLevel.HEADING_2, keepNext: true }),
    new Paragraph({ text: xmlText(front.purpose), spacing: { after: 120 } }),
  ];
}

/**
 * The board paper (docs/product-rules.md "The weekly digest"), laid out like the DCDG progress paper: front matter
 * (board, meeting or week, title, "Report by", purpose), the DCDG summary with its figures (the RAG doughnut
 * and, given the history, the weekly trend: board-paper-figures.ts), the points for attention, then
 * the table No. | Action | Update | RAG grouped by meeting. Landscape A4; the protective marking, when
 * given, heads and foots every page.
 */
export async function boardPaperDocx(input: ExportInput): Promise<Buffer> {
  const { digest } = input;
  const title = xmlText(titleOf(input));
  const marking = markingOf(input);
  const empty = digest.counts.total === 0;
  const body: (Paragraph | ReturnType<typeof boardPaperTable>)[] = [
    ...frontMatter(input),
    new Paragraph({ text: '2. Summary', heading: HeadingLevel.HEADING_2, keepNext: true }),
    ...summary(digest.summary),
    ...boardPaperFigures(digest.counts, digest.asOf, input.trend),
  ];
  if (!empty) {
    body.push(new Paragraph({ text: '3. Points for attention', heading: HeadingLevel.HEADING_2, keepNext: true }));
    for (const s of digestSections(digest, { unreachableLeads: false })) body.push(...section(s));
    body.push(new Paragraph({ text: '4. Progress by action', heading: HeadingLevel.HEADING_2, keepNext: true, pageBreakBefore: true }));
    body.push(boardPaperTable(digest.table));
  }
  const doc = new Document({
    title,
    creator: 'Chaser',
    styles: { default: { document: { run: { font: 'Arial', size: 20 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { ...A4, orientation: PageOrientation.LANDSCAPE },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, header: HEADER_GAP, footer: HEADER_GAP },
          },
        },
        headers: { default: header(marking) },
        footers: { default: footer(input, marking) },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
