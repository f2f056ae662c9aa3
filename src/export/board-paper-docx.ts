import {
  AlignmentType, Document, Footer, HeadingLevel, Packer, PageNumber, PageOrientation, Paragraph, TextRun,
} from 'docx';
import { longDate } from '../domain/calendar-date';
import { ExportInput, titleOf } from './export-input';
import { DigestSection, digestSections } from './digest-sections';
import { londonDate, londonTimeText } from '../domain/london-time';
import { boardPaperTable } from './board-paper-table';
import { xmlText } from './xml-text';

/** A4 in twips, given portrait: docx swaps width and height for a landscape section. */
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1134; // 2 cm

function summary(lines: string[]): Paragraph[] {
  const [first = '', ...bullets] = lines;
  return [
    new Paragraph({ text: first, spacing: { after: 120 } }),
    ...bullets.map((line) => new Paragraph({ text: line, bullet: { level: 0 } })),
  ];
}

function section(s: DigestSection): Paragraph[] {
  const heading = new Paragraph({ text: s.heading, heading: HeadingLevel.HEADING_2, keepNext: true });
  if (s.items.length === 0) return [heading, new Paragraph({ children: [new TextRun({ text: s.none, italics: true })] })];
  const items = s.items.map(
    (i) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: xmlText(i.reference), bold: true }), new TextRun(xmlText(` — ${i.body}`))] }),
  );
  return [heading, ...items];
}

function footer(input: ExportInput): Footer {
  const prepared = `Prepared by Chaser on ${longDate(londonDate(input.generatedAt))} at ${londonTimeText(input.generatedAt)}`;
  const run = (text: string): TextRun => new TextRun({ text, size: 16, color: '595959' });
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [run(`${prepared} · Page `), new TextRun({ children: [PageNumber.CURRENT], size: 16, color: '595959' }),
          run(' of '), new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16, color: '595959' })],
      }),
    ],
  });
}

/** The board paper (docs/product-rules.md "The weekly digest"), laid out like the DCDG progress paper. */
export async function boardPaperDocx(input: ExportInput): Promise<Buffer> {
  const { digest } = input;
  const title = xmlText(titleOf(input));
  const empty = digest.counts.total === 0;
  const body: (Paragraph | ReturnType<typeof boardPaperTable>)[] = [
    new Paragraph({ text: title, heading: HeadingLevel.HEADING_1 }),
    new Paragraph({ children: [new TextRun({ text: `As of ${longDate(digest.asOf)}`, bold: true })], spacing: { after: 200 } }),
    ...summary(digest.summary),
  ];
  if (!empty) {
    for (const s of digestSections(digest, { unreachableLeads: false })) body.push(...section(s));
    body.push(new Paragraph({ text: 'Progress by action', heading: HeadingLevel.HEADING_2, keepNext: true }));
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
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        footers: { default: footer(input) },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
