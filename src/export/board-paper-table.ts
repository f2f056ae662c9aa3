import {
  AlignmentType, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType,
} from 'docx';
import { RAG_COLOURS } from '../domain/digest';
import { xmlText } from './xml-text';
import type { DigestTableGroup, DigestTableRow, RagColour, RagLabel } from '../domain/digest';

/** Landscape A4 (16838 twips) less two 2 cm margins: No. narrow, Action and Update wide, RAG wide enough for "Awaiting update" on one line. */
export const TABLE_WIDTH = 14570;
const COLUMNS = [700, 5800, 5870, 2200];
const HEADINGS = ['No.', 'Action', 'Update', 'RAG'];
/** Header and group rows use colours no RAG uses, so a RAG shading always means a RAG. */
const HEADER_FILL = '1F3864';
const GROUP_FILL = 'DEEAF6';

type Alignment = (typeof AlignmentType)[keyof typeof AlignmentType];

const BY_LABEL = new Map<RagLabel, RagColour>(Object.values(RAG_COLOURS).map((c) => [c.label, c]));

function paragraphs(text: string, bold = false, color?: string, alignment?: Alignment): Paragraph[] {
  const lines = xmlText(text).split(/\r?\n/).map((l) => l.trim());
  return lines.map((line) => new Paragraph({ alignment, children: [new TextRun({ text: line, bold: bold || undefined, color })] }));
}

function cell(column: number, children: Paragraph[], fill?: string): TableCell {
  return new TableCell({
    children,
    width: { size: COLUMNS[column] ?? 0, type: WidthType.DXA },
    shading: fill ? { type: ShadingType.CLEAR, color: 'auto', fill } : undefined,
  });
}

function headerRow(): TableRow {
  const cells = HEADINGS.map((h, i) => cell(i, paragraphs(h, true, 'FFFFFF'), HEADER_FILL));
  return new TableRow({ tableHeader: true, cantSplit: true, children: cells });
}

function groupRow(heading: string): TableRow {
  const para = new Paragraph({ keepNext: true, children: [new TextRun({ text: xmlText(heading), bold: true })] });
  const merged = new TableCell({
    children: [para],
    columnSpan: COLUMNS.length,
    width: { size: TABLE_WIDTH, type: WidthType.DXA },
    shading: { type: ShadingType.CLEAR, color: 'auto', fill: GROUP_FILL },
  });
  return new TableRow({ cantSplit: true, children: [merged] });
}

function actionRow(row: DigestTableRow): TableRow {
  const colour = BY_LABEL.get(row.rag);
  return new TableRow({
    children: [
      cell(0, paragraphs(String(row.number), false, undefined, AlignmentType.CENTER)),
      cell(1, paragraphs(row.text)),
      cell(2, paragraphs(row.update)),
      cell(3, paragraphs(row.rag, true, colour?.textHex), colour?.hex),
    ],
  });
}

/** The board paper's table: one header row (repeated on each page), then per group a heading row and its actions. */
export function boardPaperTable(groups: DigestTableGroup[]): Table {
  const rows = [headerRow()];
  for (const group of groups) rows.push(groupRow(group.heading), ...group.rows.map(actionRow));
  return new Table({
    rows,
    width: { size: TABLE_WIDTH, type: WidthType.DXA },
    columnWidths: COLUMNS,
    layout: TableLayoutType.FIXED,
  });
}
