import ExcelJS from 'exceljs';
import { englandAndWalesCalendar } from '../../../src/domain/business-days';
import { readTiming } from '../../../src/domain/timing';
import { readDocument } from '../../../src/import/read-document';
import { showsMonthOnly } from '../../../src/import/month-format';

const TITLE = 'Trust Board - actions from the meeting of 7 November 2024';

async function readSheet(header: string[], rows: unknown[][], format?: { column: number; numFmt: string }) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Actions');
  sheet.addRow([TITLE]);
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  if (format) sheet.getColumn(format.column).eachCell((cell, row) => { if (row > 2) cell.numFmt = format.numFmt; });
  return readDocument('tracker.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
}

const JAN_1 = new Date(Date.UTC(2025, 0, 1));

describe('a date cell whose format shows no day (Excel "mmm-yy" shows "Jan-25")', () => {
  it.each(['mmm-yy', 'mmmm yyyy', 'mmm yyyy', 'mm/yyyy', '[$-809]mmm-yy;@'])('when the Due date column is formatted %s, then the timing is the month in words, read as its last day, inferred', async (numFmt) => {
    const reading = await readSheet(['No.', 'Action', 'Lead', 'Due date'], [[1, 'Bring the winter plan back', 'COO', JAN_1]], { column: 4, numFmt });

    expect(reading.drafts.map((d) => [d.due, d.timing])).toEqual([[undefined, 'January 2025']]);
    expect(readTiming('January 2025', '2024-11-07', englandAndWalesCalendar())).toMatchObject({ due: '2025-01-31', resolution: 'inferred', flags: [] });
  });

  it('when a Revised date column is formatted mmm-yy, then the revision is the month in words and the original date is kept', async () => {
    const reading = await readSheet(['No.', 'Action', 'Lead', 'Due date', 'Revised date'], [[1, 'Attend the committee', 'CPO', new Date(Date.UTC(2025, 1, 28)), new Date(Date.UTC(2025, 4, 1))]], { column: 5, numFmt: 'mmm-yy' });

    expect(reading.drafts.map((d) => [d.due, d.timing, d.originalDue])).toEqual([[undefined, 'May 2025', '2025-02-28']]);
  });

  it('when a Timing column holds a date formatted mmm-yy, then the timing is the month in words; a Meeting date column so formatted stays the 1st', async () => {
    const reading = await readSheet(['No.', 'Meeting date', 'Action', 'Lead', 'Timing'], [[1, JAN_1, 'Bring the plan back', 'COO', new Date(Date.UTC(2025, 2, 1))]]);
    const formatted = await readSheet(['No.', 'Meeting date', 'Action', 'Lead', 'Timing'], [[1, JAN_1, 'Bring the plan back', 'COO', new Date(Date.UTC(2025, 2, 1))]], { column: 5, numFmt: 'mmm-yy' });
    const meeting = await readSheet(['No.', 'Meeting date', 'Action', 'Lead', 'Timing'], [[1, JAN_1, 'Bring the plan back', 'COO', 'March 2025']], { column: 2, numFmt: 'mmm-yy' });

    expect([reading, formatted, meeting].map((r) => [r.drafts[0]!.meetingDate, r.drafts[0]!.timing])).toEqual([
      ['2025-01-01', '1 March 2025'], ['2025-01-01', 'March 2025'], ['2025-01-01', 'March 2025'],
    ]);
    expect(meeting.problems).toEqual([]);
  });

  it.each<[string, boolean]>([
    ['mmm-yy', true], ['"Due "mmm yyyy', true], ['dd-mmm-yy', false], ['d/m/yyyy', false], ['mmm-dd', false], ['h:mm', false], ['mm:ss', false], ['General', false],
  ])('when the format is %j, then it shows a month only: %s', (numFmt, monthOnly) => {
    expect(showsMonthOnly(numFmt)).toBe(monthOnly);
  });
});

describe("Excel's day number typed as text in a deadline column", () => {
  it.each(['45838', '45838.0'])('when the Deadline column holds %j, then the due date is 30 June 2025 with a warning saying it was read as a day number', async (text) => {
    const reading = await readSheet(['No.', 'Action', 'Owner', 'Deadline'], [[1, 'Submit the National Lottery bid', 'CEO', text]]);

    expect(reading.drafts.map((d) => [d.due, d.timing])).toEqual([['2025-06-30', '']]);
    expect(reading.problems.map((p) => [p.severity, p.field, p.message])).toEqual([
      ['warning', 'timing', `Row 3: the "Deadline" column has "${text}", read as Excel's day number for 30 June 2025 (expected a date such as 30/06/2022; format the column as dates before saving).`],
    ]);
  });

  it('when the Deadline column holds day numbers of 2000-2099 and one outside, then only the former are dates', async () => {
    const reading = await readSheet(['No.', 'Action', 'Owner', 'Deadline'], [[1, 'Reply to the auditors', 'CFO', '12345'], [2, 'File the accounts', 'CFO', '36526']]);

    expect(reading.drafts.map((d) => [d.due, d.timing])).toEqual([[undefined, '12345'], ['2000-01-01', '']]);
  });
});
