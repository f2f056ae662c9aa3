import ExcelJS from 'exceljs';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, VerticalMergeType } from 'docx';
import { readDocument } from '../../../src/import/read-document';
import { readText } from '../../../src/import/read-text';

/** Headings trackers write that Chaser did not know: qualified references, findings, two-row headers, an Item topic before Ref. */
const csv = (lines: string[]) => readDocument('tracker.csv', Buffer.from(['Ashcombe Audit Committee - actions from 14 May 2025', ...lines].join('\n')));

describe('qualified reference headings', () => {
  it.each(['Rec Ref', 'Rec No.', 'Rec.', 'Min. No.', 'Recommendation No.', 'Rec #', 'Log No.', 'Risk ID'])(
    'when the reference column is headed "%s", then the board\'s references are kept, not replaced by 1, 2',
    async (heading) => {
      const reading = await csv([
        `${heading},Recommendation,Responsible Officer,Agreed date,Status`,
        'HX24-02/R1,Reconcile the fixed asset register,Head of Finance,31/07/2025,Open',
        'HX24-02/R2,Publish the gifts and hospitality register,Monitoring Officer,30/09/2025,Open',
      ]);
      expect(reading.drafts.map((d) => d.ref)).toEqual(['HX24-02/R1', 'HX24-02/R2']);
    },
  );

  it('when a qualified heading\'s cells are not references ("Audit No." holding titles), then the column holding references is the number', async () => {
    const reading = await csv([
      'Audit No.,Rec Ref,Action,Lead,Due date,Status',
      'Payroll audit follow up of leavers and starters,PY/R1,Remove leavers promptly,Head of HR,31/07/2025,Open',
      'Procurement card review for the whole council,PC/R4,Reduce card limits,Chief Accountant,30/09/2025,Open',
    ]);
    expect(reading.drafts.map((d) => d.ref)).toEqual(['PY/R1', 'PC/R4']);
    expect(reading.problems.filter((p) => p.severity !== 'warning')).toEqual([]);
  });
});

describe('a finding as the action', () => {
  it('when an audit follow-up workbook heads its action column "Finding / Recommendation", then the rows are read', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Follow-up');
    sheet.addRow(['Thornbury College - Audit Committee follow-up of 3 June 2025']);
    sheet.addRow(['Report', 'Rec No.', 'Finding / Recommendation', 'Responsible Manager', 'Agreed date', 'Status']);
    sheet.addRow(['Estates', 'ES/3', 'Keep a register of asbestos surveys', 'Estates Manager', '31/08/2025', 'Open']);
    const reading = await readDocument('follow-up.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(reading.drafts.map((d) => [d.ref, d.text, d.lead])).toEqual([['ES/3', 'Keep a register of asbestos surveys', 'Estates Manager']]);
  });

  it('when a "Weakness" column is the only action-like one, then it is the action; beside a "Recommendation" column, the recommendation is', () => {
    const reading = readText('follow-up.txt', [
      'Ashcombe Audit Committee - actions from 14 May 2025',
      '',
      'Ref\tWeakness\tOwner\tTarget date',
      'WK1\tNo review of user access to the ledger\tHead of ICT\t31/07/2025',
      '',
      'Internal audit follow-up - meeting of 14 May 2025',
      '',
      'Ref\tObservation\tRecommendation\tOwner\tTarget date',
      'OB1\tLeavers stayed on the payroll\tRemove leavers before the next pay run\tHead of HR\t31/07/2025',
    ].join('\n'));
    expect(reading.drafts.map((d) => [d.ref, d.text])).toEqual([
      ['WK1', 'No review of user access to the ledger'], ['OB1', 'Remove leavers before the next pay run'],
    ]);
  });
});

describe('an Item topic column before the Ref column', () => {
  it('when "Item" holds topics and "Ref" the references, then Ref is the number and Item the topic', async () => {
    const reading = await csv([
      'Item,Ref,Action,Responsible Officer,Target date,Status',
      'Statement of Accounts,ASC 25/04,Circulate the auditor\'s findings,Treasurer,30/07/2025,Open',
      'Risk Register,ASC 25/07,Add a recruitment risk,Director of People,31/08/2025,Open',
    ]);
    expect(reading.drafts.map((d) => [d.ref, d.item, d.strand])).toEqual([
      ['ASC 25/04', 'Statement of Accounts', 'Statement of Accounts'], ['ASC 25/07', 'Risk Register', 'Risk Register'],
    ]);
  });
});

describe('a header on two rows ("Due date" over "Original | Revised")', () => {
  const expected = [['CT/11', '2025-03-19', '2025-06-18'], ['CT/12', '2025-02-07', undefined]];

  it('when a CSV writes the sub-headings on a second row, then they join the heading above', async () => {
    const reading = await csv([
      'Ref,Action,Lead Officer,Due date,,Status',
      ',,,Original,Revised,',
      'CT/11,Bring the consultation responses to Cabinet,Head of Policy,19/03/2025,18/06/2025,Amber',
      'CT/12,Write to the minister,Chief Executive,07/02/2025,,Complete',
    ]);
    expect(reading.drafts.map((d) => [d.ref, d.originalDue ?? d.due, d.originalDue ? d.due : undefined])).toEqual(expected);
    expect(reading.problems.filter((p) => p.severity !== 'warning')).toEqual([]);
  });

  it('when a Word table merges "Due date" across two columns and the other headings down, then the dates are read', async () => {
    const cell = (text: string, more: object = {}): TableCell => new TableCell({ children: [new Paragraph(text)], ...more });
    const down = (text: string): TableCell => cell(text, { verticalMerge: VerticalMergeType.RESTART });
    const on = (): TableCell => cell('', { verticalMerge: VerticalMergeType.CONTINUE });
    const row = (...cells: TableCell[]): TableRow => new TableRow({ children: cells });
    const doc = new Document({ sections: [{ children: [
      new Paragraph('Ashcombe District Council Cabinet - actions from the meeting of 22 January 2025'),
      new Table({ rows: [
        row(down('Min. No.'), down('Action'), down('Lead Officer'), cell('Due date', { columnSpan: 2 }), down('Status')),
        row(on(), on(), on(), cell('Original'), cell('Revised'), on()),
        row(cell('CT/11'), cell('Bring the consultation responses to Cabinet'), cell('Head of Policy'), cell('19/03/2025'), cell('18/06/2025'), cell('Amber')),
        row(cell('CT/12'), cell('Write to the minister'), cell('Chief Executive'), cell('07/02/2025'), cell(''), cell('Complete')),
      ] }),
    ] }] });
    const reading = await readDocument('cabinet.docx', await Packer.toBuffer(doc));
    expect(reading.drafts.map((d) => [d.ref, d.originalDue ?? d.due, d.originalDue ? d.due : undefined])).toEqual(expected);
  });

  it('when a workbook merges "Target date" across two columns, then the second row completes the header', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Log');
    sheet.addRow(['Ref', 'Action', 'Lead', 'Target date', '', 'Status']);
    sheet.addRow(['', '', '', 'Original', 'Revised', '']);
    sheet.mergeCells('D1:E1');
    sheet.addRow(['CT/11', 'Bring the consultation responses to Cabinet', 'Head of Policy', '19/03/2025', '18/06/2025', 'Amber']);
    sheet.addRow(['CT/12', 'Write to the minister', 'Chief Executive', '07/02/2025', '', 'Complete']);
    const reading = await readDocument('log.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(reading.drafts.map((d) => [d.ref, d.originalDue ?? d.due, d.originalDue ? d.due : undefined])).toEqual(expected);
  });
});
