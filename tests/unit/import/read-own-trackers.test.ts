import ExcelJS from 'exceljs';
import { readDocument } from '../../../src/import/read-document';
import { readText } from '../../../src/import/read-text';
import { scrutinyLogDocx } from './word-documents';

/** An NHS trust's action log: a guidance sheet first, a title "as at" its compiling date, the table from B4. */
async function trustActionLog(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Guidance').addRow(['RAG: Blue = complete, Green = on track, Amber = at risk, Red = off track']);
  const sheet = workbook.addWorksheet('Log');
  sheet.getCell('B1').value = 'Riverside Community Health NHS Foundation Trust';
  sheet.getCell('B2').value = 'Quality and Safety Committee action log (as at 3 March 2024)';
  const rows: ExcelJS.CellValue[][] = [
    ['Action ID', 'Meeting Date', 'Relevant Item', 'Action', 'Responsible Officer', 'Original due date', 'Revised due date', 'RAG', '% complete', 'Priority'],
    ['Actions held over from previous meetings'],
    ['QSC 23/117', new Date(Date.UTC(2023, 11, 14)), 'Falls', 'Audit falls training compliance on the wards', 'Head of Nursing', new Date(Date.UTC(2024, 1, 29)), new Date(Date.UTC(2024, 3, 30)), 'Slipped', 0.5, 'High'],
    ['QSC 24/03', new Date(Date.UTC(2024, 0, 18)), 'Complaints', 'Report complaint response times by division', 'Head of Nursing', new Date(Date.UTC(2024, 2, 31)), null, null, 1, 'Medium'],
    ['QSC 24/04', new Date(Date.UTC(2024, 0, 18)), 'Estates', 'Share the water safety plan', 'Director of Estates', 'End April', null, 'Withdrawn', null, 'Low'],
  ];
  rows.forEach((cells, i) => sheet.getRow(4 + i).values = [null, ...cells]);
  sheet.mergeCells('B5:K5'); // the section row spans the table
  sheet.mergeCells('F6:F7'); // one lead for two actions
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('an NHS trust action log (.xlsx)', () => {
  it('when the log has a held-over section, its own references, revised dates, per-row meetings and % complete, then every action reads as the trust wrote it', async () => {
    const reading = await readDocument('qsc-action-log.xlsx', await trustActionLog());

    expect(reading.problems).toEqual([]);
    expect(reading.meetingDate).toBeNull(); // "as at 3 March 2024" is the log's date; each row has its own meeting
    expect(reading.drafts.map((d) => [d.number, d.ref, d.meetingDate, d.item, d.lead])).toEqual([
      [1, 'QSC 23/117', '2023-12-14', 'Falls', 'Head of Nursing'],
      [2, 'QSC 24/03', '2024-01-18', 'Complaints', 'Head of Nursing'],
      [3, 'QSC 24/04', '2024-01-18', 'Estates', 'Director of Estates'],
    ]);
    expect(reading.drafts.map((d) => [d.due, d.originalDue, d.timing])).toEqual([
      ['2024-04-30', '2024-02-29', ''], ['2024-03-31', undefined, ''], [undefined, undefined, 'End April'],
    ]);
    expect(reading.drafts.map((d) => [d.status, d.update, d.superseded, d.section])).toEqual([
      ['amber', 'Slipped', undefined, 'Actions held over from previous meetings'],
      ['complete', undefined, undefined, 'Actions held over from previous meetings'],
      ['complete', 'Withdrawn', true, 'Actions held over from previous meetings'],
    ]);
    expect(reading.drafts[0]!.place).toEqual({ row: 6 });
  });
});

describe('a council scrutiny action log (.docx)', () => {
  it('when a Word action table has section rows, a lead merged down and a row with no lead, then sections set the meeting, the lead applies to both rows and the problem names table 2, row 6', async () => {
    const reading = await readDocument('osmb-action-log.docx', await scrutinyLogDocx());

    expect(reading.meetingDate).toBe('2023-11-07');
    expect(reading.drafts.map((d) => [d.ref, d.lead, d.meetingDate, d.section])).toEqual([
      ['OSMB 23/41', 'Director of Housing', '2023-09-05', 'Actions from meeting on 5 September 2023'],
      ['OSMB 23/42', 'Director of Housing', '2023-09-05', 'Actions from meeting on 5 September 2023'],
      ['OSMB 23/57', '', undefined, 'Business delegated to committees'],
    ]);
    expect(reading.drafts.map((d) => d.place)).toEqual([{ table: 2, row: 3 }, { table: 2, row: 4 }, { table: 2, row: 6 }]);
    expect(reading.problems.map((p) => p.message)).toEqual([
      'Table 2, row 6: action OSMB 23/57 has no lead (expected a name such as "MPS" in the Lead column).',
    ]);
  });
});

describe('a tracker saved as text with section lines', () => {
  it('when section headings sit on their own lines between tab rows, then they set the meeting of the rows below and are not errors', () => {
    const text = [
      'Westmoor Police and Crime Panel',
      'Action tracker (updated 2 April 2018)',
      '',
      'No.\tAction\tOwner\tDeadline\tStatus',
      'Actions from meeting on 28 February 2018',
      '1\tCirculate the precept consultation results\tPanel Secretary\tBy 30 March\tComplete',
      'Actions from meeting on 22 March 2018',
      '2\tInvite the Chief Constable to the June panel\tChair\tEnd May\tOpen',
    ].join('\n');

    const reading = readText('pcp-tracker.txt', text);

    expect(reading.meetingDate).toBeNull(); // "updated 2 April 2018" dates the tracker, not a meeting
    expect(reading.problems).toEqual([]);
    expect(reading.drafts.map((d) => [d.ref, d.meetingDate, d.status])).toEqual([['1', '2018-02-28', 'complete'], ['2', '2018-03-22', undefined]]);
  });
});
