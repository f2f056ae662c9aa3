import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import ExcelJS from 'exceljs';
import { readDocument } from '../../../src/import/read-document';

/** An invented panel's log whose second row has one cell more than its headings, as each format would hold it. */
const HEADINGS = ['No.', 'Action', 'Lead'];
const ROWS = [['1', 'Circulate the accounts', 'Treasurer'], ['2', 'Book the venue', 'Clerk', 'see note']];
const TITLE = 'Larkmoor Parish Council - actions from the meeting on 3 March 2025';

async function wordLog(): Promise<Buffer> {
  const cell = (text: string): TableCell => new TableCell({ children: [new Paragraph(text)] });
  const doc = new Document({ sections: [{ children: [new Paragraph(TITLE), new Table({ rows: [HEADINGS, ...ROWS].map((r) => new TableRow({ children: r.map(cell) })) })] }] });
  return Packer.toBuffer(doc);
}

async function workbookLog(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Actions');
  for (const row of [[TITLE], HEADINGS, ...ROWS]) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const documents: Array<[string, () => Promise<Buffer> | Buffer, RegExp]> = [
  ['log.csv', () => Buffer.from([TITLE, HEADINGS.join(','), ...ROWS.map((r) => r.join(','))].join('\n')), /a comma inside a cell needs the cell in double quotes/],
  ['log.txt', () => Buffer.from([TITLE, '', HEADINGS.join('\t'), ...ROWS.map((r) => r.join('\t'))].join('\n')), /a tab or "\|" inside a cell starts another cell/],
  ['log.md', () => Buffer.from([TITLE, '', `| ${HEADINGS.join(' | ')} |`, '|---|---|---|', ...ROWS.map((r) => `| ${r.join(' | ')} |`)].join('\n')), /a "\|" inside a cell needs a backslash before it/],
  ['log.docx', wordLog, /a cell split in Word makes two cells/],
  ['log.xlsx', workbookLog, /a value typed beside the table makes another cell/],
];

describe('a row with more cells than headings', () => {
  it.each(documents)('when %s has one, then the warning names the cell and gives that format\'s reason, not another\'s', async (name, make, advice) => {
    const reading = await readDocument(name, await make());

    const [warning] = reading.problems.filter((p) => /more cell/.test(p.message));
    expect(warning?.message).toMatch(/one more cell than the 3 headings \("see note" not read; expected one cell per heading/);
    expect(warning?.message).toMatch(advice);
    if (!name.endsWith('.csv')) expect(warning?.message).not.toMatch(/double quotes/);
    expect(reading.drafts.map((d) => d.lead)).toEqual(['Treasurer', 'Clerk']);
  });
});
