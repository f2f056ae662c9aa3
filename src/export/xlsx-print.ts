import type ExcelJS from 'exceljs';
import { ExportInput, markingOf, titleOf } from './export-input';

/** Every cell's font: named, so no reader falls back to a serif. */
export const FONT: Partial<ExcelJS.Font> = { name: 'Arial', size: 10 };

/** Points per line of 10 pt text, and the most a row may be (Excel's limit is 409). */
const LINE_POINTS = 13;
const MAX_ROW_POINTS = 409;

/**
 * The height in points a row needs so its wrapped texts show whole: the most lines any cell takes at its
 * column's width (`widths` in characters; a line holds about 1.1 characters per width unit of Arial 10),
 * given explicitly because neither ExcelJS nor every reader fits rows to wrapped text on its own.
 */
export function estimatedRowHeight(texts: string[], widths: number[]): number {
  const lines = texts.map((text, i) => {
    const perLine = Math.max(1, Math.floor((widths[i] ?? 10) * 1.1) - 1);
    return text.split(/\r?\n/).reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
  });
  return Math.min(MAX_ROW_POINTS, Math.max(1, ...lines) * LINE_POINTS + 3);
}

/** `&` starts a code in Excel's header and footer language: a literal one is doubled. */
export function headerFooterText(text: string): string {
  return text.replace(/&/g, '&&');
}

/**
 * Prints as a board paper's annex: A4 landscape, every column across the page's width (as many pages
 * down as needed), `repeatRow` (the header row) repeated at the top of each page, the protective marking
 * (when given) centred at the top and bottom of every page, the title top right and "Page n of m".
 */
export function printLikeAPaper(ws: ExcelJS.Worksheet, input: ExportInput, repeatRow: number | null): void {
  const marking = headerFooterText(markingOf(input));
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, // A4
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    showGridLines: true, // printed: rows stay distinct on paper
    margins: { left: 0.4, right: 0.4, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    ...(repeatRow ? { printTitlesRow: `${repeatRow}:${repeatRow}` } : {}),
  };
  const bold = (text: string) => (text ? `&"Arial,Bold"&10${text}` : '');
  ws.headerFooter = {
    oddHeader: `&C${bold(marking)}&R&"Arial,Regular"&8${headerFooterText(titleOf(input))}`,
    oddFooter: `&L&"Arial,Regular"&8Prepared by Chaser&C${bold(marking)}&R&"Arial,Regular"&8Page &P of &N`,
  };
}
