import ExcelJS from 'exceljs';
import { fieldOfHeader } from '../../../src/import/header-columns';
import { readDocument } from '../../../src/import/read-document';

/** Lead and due columns as audit, scrutiny and NHS trackers head them. */
describe('lead and due headings', () => {
  it.each([
    ['Officer', 'lead'], ['Responsible Manager', 'lead'], ['Exec Lead', 'lead'], ['Executive lead', 'lead'],
    ['Director', 'lead'], ['Lead Executive', 'lead'], ['Responsible Director', 'lead'],
    ['Agreed Date', 'due'], ['Agreed implementation date', 'due'], ['Implementation date', 'due'], ['Target completion date', 'due'],
    ['Agreed deadline', 'due'], ['Agreed completion date', 'due'], ['Revised implementation date', 'revisedDue'],
  ])('when a heading says %p, then it is the %s column', (text, field) => {
    expect(fieldOfHeader(text)).toBe(field);
  });

  it('when a council\'s audit tracker has an Agreed implementation date and a Revised Date, then the revised date is due and the agreed one kept as the original', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Recommendations');
    ws.addRow(['Ashcombe Borough Council - Audit Committee actions from 9 October 2025']);
    ws.addRow(['No.', 'Recommendation', 'Responsible Manager', 'Agreed implementation date', 'Revised Date', 'Status']);
    ws.addRow(['25/03', 'Reconcile the council tax base monthly', 'Revenues Manager', new Date(Date.UTC(2025, 5, 30)), new Date(Date.UTC(2025, 11, 31)), 'Partially implemented']);
    ws.addRow(['25/04', 'Review the purchase card limits', 'Finance Manager', new Date(Date.UTC(2025, 8, 30)), null, 'Implemented']);
    const reading = await readDocument('audit.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(reading.drafts.map((d) => [d.ref, d.lead, d.due, d.originalDue ?? null])).toEqual([
      ['25/03', 'Revenues Manager', '2025-12-31', '2025-06-30'],
      ['25/04', 'Finance Manager', '2025-09-30', null],
    ]);
    expect(reading.problems.filter((p) => p.severity !== 'warning')).toEqual([]);
  });

  it.each([
    ['Exec Lead', 'Target completion date'], ['Executive lead', 'Agreed Date'], ['Director', 'Agreed deadline'],
    ['Officer', 'Implementation date'], ['Lead Officer(s)', 'Agreed date'],
  ])('when a housing association\'s tracker heads its columns %p and %p, then every action has its lead and due date', async (lead, due) => {
    const csv = [
      'Brackenford Homes - Board actions from 25 September 2025',
      `Ref,Action,${lead},${due},Status`,
      'HB 25/1,Report the damp and mould cases to the board,Director of Property,31/10/2025,In progress',
      'HB 25/2,Refresh the tenant scrutiny terms of reference,Head of Governance,30/11/2025,Not started',
    ].join('\n');
    const reading = await readDocument('housing.csv', Buffer.from(csv));
    expect(reading.drafts.map((d) => [d.lead, d.due])).toEqual([['Director of Property', '2025-10-31'], ['Head of Governance', '2025-11-30']]);
    expect(reading.problems.filter((p) => p.field === 'lead' || p.field === 'due')).toEqual([]);
  });
});
