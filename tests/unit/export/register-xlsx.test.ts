import ExcelJS from 'exceljs';
import { RAG_COLOURS } from '../../../src/domain/digest';
import { registerXlsx } from '../../../src/export';
import type { ExportInput } from '../../../src/export';
import { EMPTY, HYPERLINK, inputOf } from './export-fixture';

async function open(input: ExportInput): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const bytes = await registerXlsx(input);
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

const utc = (iso: string): Date => new Date(`${iso}Z`);
const HEADER = [
  'Reference', 'Board', 'Meeting date', 'No.', 'Action', 'Lead', 'Timing', 'Due', 'Status',
  'Days overdue (business)', 'Latest update', 'Updated by', 'Updated at',
];

function rowValues(ws: ExcelJS.Worksheet, n: number): ExcelJS.CellValue[] {
  return HEADER.map((_, i) => ws.getRow(n).getCell(i + 1).value);
}

describe('register (xlsx)', () => {
  let wb: ExcelJS.Workbook;
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    wb = await open(inputOf());
    ws = wb.getWorksheet('Register')!;
  });

  it('has a Register sheet with a bold, frozen, filtered header and the Summary sheet', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Register', 'Summary']);
    expect(rowValues(ws, 1)).toEqual(HEADER);
    expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBe('A1:M1');
  });

  it('lists every action once, in register order, with real dates and London update times', () => {
    expect(ws.rowCount).toBe(21);
    const refs = Array.from({ length: 20 }, (_, i) => ws.getRow(i + 2).getCell(1).value);
    expect(refs).toEqual([
      ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `OB 10-Mar-2022 #${n}`),
      ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((n) => `OB 21-Apr-2022 #${n}`),
    ]);
    expect(rowValues(ws, 2)).toEqual([
      'OB 10-Mar-2022 #1', 'MOPAC MPS Oversight Board', utc('2022-03-10T00:00:00'), 1, 'Review handcuffing data and publish the findings.',
      'MPS', 'By 2022-04-01', utc('2022-04-01T00:00:00'), 'Dark green', null, 'Published on 1 April 2022.', 'MPS lead', utc('2022-04-01T16:00:00'),
    ]);
    // Red, 14 business days overdue; no update yet and no due date on others.
    expect(rowValues(ws, 5).slice(8, 10)).toEqual(['Red', 14]);
    expect(rowValues(ws, 9)).toEqual([
      'OB 10-Mar-2022 #8', 'MOPAC MPS Oversight Board', utc('2022-03-10T00:00:00'), 8, 'Write to the Mayor about the pilot.',
      'DMPC', 'By 2022-05-06', utc('2022-05-06T00:00:00'), 'Awaiting update', 1, null, null, null,
    ]);
    expect(rowValues(ws, 7)[7]).toBeNull();
    expect(ws.getRow(2).getCell(3).numFmt).toBe('d mmm yyyy');
    expect(ws.getRow(2).getCell(13).numFmt).toBe('d mmm yyyy hh:mm');
  });

  it('keeps a formula-like action as plain text, never as a formula', () => {
    const cell = ws.getRow(6).getCell(5);
    expect(cell.value).toBe(HYPERLINK);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.formula).toBeUndefined();
  });

  it('fills each Status cell with its RAG colour and text colour', () => {
    const fills = Array.from({ length: 20 }, (_, i) => {
      const cell = ws.getRow(i + 2).getCell(9);
      const fill = cell.fill as ExcelJS.FillPattern;
      return [cell.value, fill.pattern, fill.fgColor?.argb, cell.font?.color?.argb];
    });
    for (const [label, pattern, argb, text] of fills) {
      const colour = Object.values(RAG_COLOURS).find((c) => c.label === label)!;
      expect([label, pattern, argb, text]).toEqual([label, 'solid', `FF${colour.hex}`, `FF${colour.textHex}`]);
    }
    expect(fills[0]).toEqual(['Dark green', 'solid', 'FF00703C', 'FFFFFFFF']);
    expect(fills[2]).toEqual(['Amber', 'solid', 'FFFFC000', 'FF000000']);
  });

  it('gives the counts and the summary sentence on the Summary sheet', () => {
    const s = wb.getWorksheet('Summary')!;
    expect(s.getCell('A1').value).toBe('Action log: progress update');
    expect([s.getCell('A2').value, s.getCell('B2').value]).toEqual(['As of', utc('2022-05-09T00:00:00')]);
    expect(s.getCell('A3').value).toBe(
      'Of the 20 actions, 16 have been progressed: 6 are complete (dark green), 6 are in progress and on track (pale green), 2 are amber and 2 are red.',
    );
    const counts = Array.from({ length: 10 }, (_, i) => [s.getCell(`A${i + 6}`).value, s.getCell(`B${i + 6}`).value]);
    expect(counts).toEqual([
      ['Total actions', 20], ['Progressed', 16], ['Complete (dark green)', 6], ['In progress and on track (pale green)', 6],
      ['Amber', 2], ['Red', 2], ['Awaiting an update', 4], ['Overdue', 4], ['Due in the next two weeks', 5], ['Needs a date', 2],
    ]);
    expect([10, 11].map((r) => (s.getCell(`A${r}`).fill as ExcelJS.FillPattern).fgColor?.argb)).toEqual(['FFFFC000', 'FFC00000']);
  });

  it('for an empty register has the header only and says so on the Summary sheet', async () => {
    const empty = await open(EMPTY);
    const reg = empty.getWorksheet('Register')!;
    expect(reg.rowCount).toBe(1);
    expect(rowValues(reg, 1)).toEqual(HEADER);
    const s = empty.getWorksheet('Summary')!;
    expect(s.getCell('A3').value).toBe('There are no actions in the register yet.');
    expect([s.getCell('A6').value, s.getCell('B6').value, s.getCell('B12').value]).toEqual(['Total actions', 0, 0]);
  });
});

describe('the register printed', () => {
  it.each([
    ['OFFICIAL', 'OFFICIAL'],
    ['official-sensitive', 'OFFICIAL-SENSITIVE'],
    ['OFFICIAL & PERSONAL', 'OFFICIAL && PERSONAL'],
  ])('when the marking is %j, then both sheets print landscape A4, one page wide, with %s top and bottom', async (marking, shown) => {
    const wb = await open({ ...inputOf(), marking });
    for (const ws of wb.worksheets) {
      expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
      expect(ws.headerFooter.oddHeader).toContain(`&C&"Arial,Bold"&10${shown}&R`);
      expect(ws.headerFooter.oddFooter).toContain(`&C&"Arial,Bold"&10${shown}&R`);
      expect(ws.headerFooter.oddFooter).toContain('Page &P of &N');
    }
  });

  it('when no marking is set, then the pages carry none', async () => {
    const wb = await open(inputOf());
    expect(wb.getWorksheet('Register')!.headerFooter.oddHeader).not.toMatch(/Bold/);
  });

  it('when the register runs to several pages, then its header row repeats and every text wraps in a row tall enough for it', async () => {
    const long = inputOf().actions.map((a, i) => (i === 3 ? { ...a, text: 'Provide recruitment figures by borough, broken down by ethnicity and gender, for the last three years. '.repeat(4) } : a));
    const wb = await open({ ...inputOf(long) });
    const ws = wb.getWorksheet('Register')!;
    expect(ws.pageSetup.printTitlesRow).toBe('1:1');
    for (const column of [1, 2, 5, 6, 7, 9, 11, 12]) expect([column, ws.getRow(2).getCell(column).alignment?.wrapText]).toEqual([column, true]);
    expect(ws.getRow(1).alignment?.wrapText).toBe(true);
    const heights = Array.from({ length: 20 }, (_, i) => ws.getRow(i + 2).height);
    const tallest = heights.indexOf(Math.max(...heights));
    expect(String(ws.getRow(tallest + 2).getCell(5).value)).toMatch(/^Provide recruitment figures by borough, broken down/);
    expect(Math.max(...heights)).toBeGreaterThanOrEqual(13 * 9);
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(13);
  });
});
