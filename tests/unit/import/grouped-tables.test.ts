import ExcelJS from 'exceljs';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { readDocument } from '../../../src/import/read-document';
import { readText } from '../../../src/import/read-text';
import { ragWordOfRgb } from '../../../src/import/fill-colour';

/** Tables that group their rows (audits, sections, sheets), wrap cells, colour their RAG cells, or head their columns unusually. */
const book = async (sheets: Array<[string, unknown[][]]>, fills: Array<[string, number, number, string]> = []): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of sheets) {
    const sheet = workbook.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
  }
  for (const [name, row, col, argb] of fills) {
    workbook.getWorksheet(name)!.getCell(row, col).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb } };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
};

describe('references restarted under each audit', () => {
  it('when R1, R2 repeat under two audits, then each keeps its audit in the reference and none is refused', async () => {
    const reading = await readDocument('audit.xlsx', await book([['Recs', [
      ['Brookfield Council Audit Committee - follow-up of 12 March 2025'],
      ['Audit', 'Rec No.', 'Recommendation', 'Agreed Management Action', 'Responsible Officer', 'Agreed Date', 'BRAG'],
      ['Payroll (IA 24/07)', 'R1', 'Leavers should be checked', 'Monthly check by HR', 'Head of HR', '31/03/2025', 'A'],
      ['Payroll (IA 24/07)', 'R2', 'Overtime should be authorised', 'Workflow in iTrent', 'Payroll Manager', '30/06/2025', 'G'],
      ['Procurement (IA 24/11)', 'R1', 'Waivers should be reported', 'Quarterly waiver report', 'Head of Procurement', '30/06/2025', 'G'],
    ]]]));
    expect(reading.problems.filter((p) => p.severity !== 'warning')).toEqual([]);
    expect(reading.drafts.map((d) => [d.ref, d.text, d.strand])).toEqual([
      ['IA 24/07 R1', 'Monthly check by HR', 'Leavers should be checked'],
      ['IA 24/07 R2', 'Workflow in iTrent', 'Overtime should be authorised'],
      ['IA 24/11 R1', 'Quarterly waiver report', 'Waivers should be reported'],
    ]);
  });

  it('when numbers restart under each section row, then they are kept with the section; within one section a repeat is still refused', () => {
    const reading = readText('log.txt', [
      'Eastwick Trust Board - meeting of 5 March 2025', '',
      'No.\tAction\tLead\tDue',
      'Finance Committee', '1\tAgree the budget\tCFO\t31/03/2025',
      'Quality Committee', '1\tReview the audit\tCNO\t30/04/2025', '1\tShare the report\tCNO\t30/04/2025',
    ].join('\n'));
    expect(reading.drafts.map((d) => d.ref)).toEqual(['Finance Committee 1', 'Quality Committee 1']);
    expect(reading.problems.filter((p) => p.severity !== 'warning').map((p) => p.field)).toEqual(['number']);
  });
});

describe('a section row merged across a Word table', () => {
  it.each(['Governance', 'Finance'])('when "%s" spans the whole row, then it is the section of the rows below, not an error', async (word) => {
    const cell = (text: string, columnSpan?: number) => new TableCell({ children: [new Paragraph(text)], ...(columnSpan ? { columnSpan } : {}) });
    const doc = new Document({ sections: [{ children: [
      new Paragraph('Holmfirth Housing Board - actions from the meeting of 25 September 2024'),
      new Table({ rows: [
        new TableRow({ children: ['Ref', 'Action', 'Lead', 'Timing'].map((t) => cell(t)) }),
        new TableRow({ children: [cell(word, 4)] }),
        new TableRow({ children: ['A.1', 'Refresh the skills matrix', 'Company Secretary', 'December 2024'].map((t) => cell(t)) }),
      ] }),
    ] }] });
    const reading = await readDocument('board.docx', Buffer.from(await Packer.toBuffer(doc)));
    expect(reading.problems.filter((p) => p.severity !== 'warning')).toEqual([]);
    expect(reading.drafts.map((d) => [d.ref, d.section])).toEqual([['A.1', word]]);
  });
});

describe('a cell wrapped onto a second line of an aligned table', () => {
  it('when only the lead wraps, then the line continues the row above; a row missing its reference names the table\'s shape', () => {
    const row = (...cells: string[]) => cells.map((c, i) => c.padEnd([11, 40, 15, 14, 0][i]!)).join('').trimEnd();
    const lines = [
      'Kestrel Fire Authority - action log following meeting of 22 July 2024', '',
      row('Ref', 'Action', 'Officer', 'Target', 'Status'),
      row('KF/24/031', 'Update the risk register', 'Treasurer', '30 Sep 2024', 'Complete'),
      row('KF/24/034', 'Review the whistleblowing policy', 'Monitoring', 'Annually', 'Not started'),
      row('', '', 'Officer'),
    ];
    const reading = readText('log.txt', lines.join('\n'));
    expect(reading.drafts.map((d) => [d.ref, d.lead])).toEqual([['KF/24/031', 'Treasurer'], ['KF/24/034', 'Monitoring Officer']]);
    expect(reading.problems.filter((p) => p.severity !== 'warning')).toEqual([]);
    const missing = readText('log.txt', [...lines.slice(0, 5), row('', 'Publish the annual statement', 'Clerk', 'Nov 2024', 'Open')].join('\n'));
    expect(missing.problems.map((p) => p.message).join(' ')).toContain('expected a reference such as KF/24/034');
  });
});

describe('RAG cells coloured with no text', () => {
  it.each([['FF00B050', 'on_track'], ['FFFF0000', 'red'], ['FFFFC000', 'amber'], ['FF0070C0', 'complete'], ['FF006100', 'complete']])(
    'when the RAG cell is filled %s with no text, then the status is %s, with a warning naming the row',
    async (argb, status) => {
      const reading = await readDocument('log.xlsx', await book([['Actions', [
        ['Fenwick Cabinet - actions from 10 September 2024'],
        ['Ref', 'Action', 'Lead Officer', 'By when', 'RAG'],
        ['CAB/41', 'Report on the leisure options', 'Head of Leisure', 'October 2024', null],
      ]]], [['Actions', 3, 5, argb]]));
      expect(reading.drafts.map((d) => d.status)).toEqual([status]);
      expect(reading.problems.map((p) => p.message).join(' ')).toContain('Row 3');
    },
  );

  it('when a grey or white fill, or a coloured Action cell, has no status text, then nothing is read from it', async () => {
    const reading = await readDocument('log.xlsx', await book([['Actions', [
      ['Fenwick Cabinet - actions from 10 September 2024'],
      ['Ref', 'Action', 'Lead Officer', 'By when', 'RAG'],
      ['CAB/41', 'Report on the leisure options', 'Head of Leisure', 'October 2024', null],
      ['CAB/42', 'Consult on the charge', 'Waste Manager', 'December 2024', null],
    ]]], [['Actions', 3, 5, 'FFD9D9D9'], ['Actions', 4, 2, 'FF00B050']]));
    expect(reading.drafts.map((d) => d.status)).toEqual([undefined, undefined]);
    expect(ragWordOfRgb('FFFFFFFF')).toBeUndefined();
  });
});

describe('worksheet tabs naming a day and month with no year', () => {
  it('when a tab is "Cabinet 8 Oct" beside "Cabinet 10.09.24", then its actions are filed under 8 October 2024', async () => {
    const header = ['Ref', 'Action', 'Lead Officer', 'By when'];
    const reading = await readDocument('cabinet.xlsx', await book([
      ['Cabinet 10.09.24', [header, ['C/41', 'Report on leisure', 'Head of Leisure', 'October 2024']]],
      ['Cabinet 8 Oct', [header, ['C/50', 'Bring the MTFS', 'S151 Officer', 'November 2024']]],
      ['Board 3rd December', [header, ['C/58', 'Approve the scheme', 'Revenues Manager', 'January 2025']]],
    ]));
    expect(reading.drafts.map((d) => [d.ref, d.meetingDate])).toEqual([['C/41', '2024-09-10'], ['C/50', '2024-10-08'], ['C/58', '2024-12-03']]);
  });
});

describe('headings a governors\' action plan uses', () => {
  it('when the headings are "Date raised | Action point | Who | When | Done?" under two title rows, then the rows are read', async () => {
    const reading = await readDocument('plan.xlsx', await book([['Sheet1', [
      ['Oakfield Primary School - Full Governing Board'], ['Action Plan 2024-25'],
      ['Date raised', 'Action point', 'Who', 'When', 'Done?'],
      [new Date(Date.UTC(2024, 8, 18)), 'Complete safeguarding training', 'All governors', 'Spring term', 'Y'],
    ]]]));
    expect(reading.drafts.map((d) => [d.text, d.lead, d.timing, d.meetingDate, d.status])).toEqual([
      ['Complete safeguarding training', 'All governors', 'Spring term', '2024-09-18', 'complete'],
    ]);
  });

  it('when no sheet has a header row, then the message names the sheet and the headings looked for', async () => {
    const reading = await readDocument('plan.xlsx', await book([['Plan', [['Oakfield Primary School'], ['Item', 'Notes']]]])).catch((e: Error) => e);
    expect(String((reading as Error).message)).toMatch(/Sheet "Plan": no header row was found .*"Action point"/);
  });
});
