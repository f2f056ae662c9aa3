import ExcelJS from 'exceljs';
import { readDocument } from '../../../src/import/read-document';

/** Invented trackers kept one sheet per meeting: an NHS trust board, a council scrutiny committee, charity trustees. */
type Rows = unknown[][];
const HEADER = ['No.', 'Action', 'Lead', 'Due date', 'Status'];

function addSheet(workbook: ExcelJS.Workbook, name: string, rows: Rows, title?: string): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name);
  if (title) sheet.addRow([title]);
  sheet.addRow(HEADER);
  for (const row of rows) sheet.addRow(row);
  return sheet;
}

async function read(workbook: ExcelJS.Workbook, fileName = 'tracker.xlsx') {
  return readDocument(fileName, Buffer.from(await workbook.xlsx.writeBuffer()));
}

describe('a workbook kept one sheet per meeting', () => {
  it('when each sheet is named by its meeting\'s date, then every sheet\'s actions are read under that meeting and name their sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    addSheet(workbook, '12.03.2024', [[1, 'Publish the quality account', 'Medical Director', '30/04/2024', 'Green'], [2, 'Review the winter plan', 'COO', '31/05/2024', '']]);
    addSheet(workbook, 'Board 14 Feb 2024', [[1, 'Refresh the risk appetite', 'Company Secretary', '31/03/2024', 'Complete']]);

    const reading = await read(workbook);

    expect(reading.drafts.map((d) => [d.ref, d.meetingDate, d.place])).toEqual([
      ['1', '2024-03-12', { sheet: '12.03.2024', row: 2 }],
      ['2', '2024-03-12', { sheet: '12.03.2024', row: 3 }],
      ['1', '2024-02-14', { sheet: 'Board 14 Feb 2024', row: 2 }],
    ]);
    expect(reading.problems).toEqual([]);
  });

  it('when a sheet has a title naming its meeting, then the title wins over the sheet\'s name, and a Meeting date column wins over both', async () => {
    const workbook = new ExcelJS.Workbook();
    addSheet(workbook, 'March', [[1, 'Report the cladding survey', 'Director of Housing', '30/04/2024', '']], 'Housing Scrutiny Committee - actions from the meeting of 12 March 2024');
    const april = workbook.addWorksheet('09.04.2024');
    april.addRow(['Ref', 'Action', 'Lead', 'Meeting date']);
    april.addRow(['H1', 'Invite the tenants\' panel', 'Scrutiny Officer', '']);
    april.addRow(['H2', 'Chase the repairs backlog', 'Director of Housing', '26/03/2024']);

    const reading = await read(workbook);

    expect(reading.board).toBe('Housing Scrutiny Committee');
    expect(reading.drafts.map((d) => [d.ref, d.meetingDate])).toEqual([['1', '2024-03-12'], ['H1', '2024-04-09'], ['H2', '2024-03-26']]);
  });

  it('when a section row above the rows gives their meeting, then it wins over the sheet\'s name', async () => {
    const workbook = new ExcelJS.Workbook();
    addSheet(workbook, '12.03.2024', [[1, 'Agree the estates strategy', 'Director of Estates', '', ''], ['Actions from meeting on 9 January 2024'], [7, 'Close the old ward', 'COO', '', '']]);
    addSheet(workbook, '14.02.2024', [[1, 'Audit the theatres', 'Medical Director', '', '']]);

    const reading = await read(workbook);

    expect(reading.drafts.map((d) => [d.ref, d.meetingDate])).toEqual([['1', '2024-03-12'], ['7', '2024-01-09'], ['1', '2024-02-14']]);
  });

  it('when sheets are named by a month only ("May 2024", "Jan-24"), then the document\'s meeting is used for them with a warning naming the sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    addSheet(workbook, 'May 2024', [[1, 'Renew the insurance', 'Treasurer', '', '']], 'Trustees of the Riverbank Trust - actions from the meeting of 14 May 2024');
    addSheet(workbook, 'Jan-24', [[1, 'Recruit two trustees', 'Chair', '', '']]);

    const reading = await read(workbook);

    expect(reading.meetingDate).toBe('2024-05-14');
    expect(reading.drafts.map((d) => [d.ref, d.meetingDate, d.meetingMonth])).toEqual([['1', '2024-05-14', undefined], ['1', undefined, '2024-01']]);
    expect(reading.problems.map((p) => [p.severity, p.message])).toEqual([
      ['warning', expect.stringMatching(/^Sheet "Jan-24", row 2: the sheet "Jan-24" gives the month of its actions' meeting but not the day, so the document's meeting \(14 May 2024\) is used for them/)],
    ]);
    expect(new Set(reading.drafts.map((d) => d.number)).size).toBe(2);
  });

  it('when a sheet is named by a month without a year ("Sept meeting"), then the year is the one nearest the sheet beside it', async () => {
    const workbook = new ExcelJS.Workbook();
    addSheet(workbook, 'Oct 2023', [[1, 'Set the reserves policy', 'Treasurer', '', '']]);
    addSheet(workbook, 'Sept meeting', [[1, 'Book the auditors', 'Treasurer', '', '']]);
    addSheet(workbook, 'Jan meeting', [[1, 'Plan the AGM', 'Secretary', '', '']]);

    const reading = await read(workbook);

    expect(reading.drafts.map((d) => d.meetingMonth)).toEqual(['2023-10', '2023-09', '2024-01']);
  });

  it('when sheets not named by a date have no title, then the latest meeting the workbook names is used for them with a warning', async () => {
    const workbook = new ExcelJS.Workbook();
    addSheet(workbook, 'Open actions', [['QS1', 'Publish the falls audit', 'Chief Nurse', '', 'Amber']]);
    addSheet(workbook, '12.03.2024', [['QS2', 'Review the complaints log', 'Chief Nurse', '', '']]);
    addSheet(workbook, '14.02.2024', [['QS3', 'Report the mortality review', 'Medical Director', '', '']]);

    const reading = await read(workbook);

    expect(reading.meetingDate).toBe('2024-03-12');
    expect(reading.drafts.map((d) => [d.ref, d.meetingDate])).toEqual([['QS1', '2024-03-12'], ['QS2', '2024-03-12'], ['QS3', '2024-02-14']]);
    expect(reading.problems.map((p) => p.message)).toEqual([
      'Sheet "Open actions": the sheet names no meeting, so its actions are filed under the latest meeting the workbook names (12 March 2024) (expected a Meeting date column, a title such as "Actions from the meeting of 12 March 2024", or the sheet named by its meeting\'s date such as "12.03.2024").',
    ]);
  });

  it('when no sheet names a meeting, then the document has no meeting date (it is asked for) and no sheet is refused', async () => {
    const workbook = new ExcelJS.Workbook();
    addSheet(workbook, 'Open actions', [['A1', 'Publish the falls audit', 'Chief Nurse', '', 'Amber']]);
    addSheet(workbook, 'Later actions', [['A2', 'Review the complaints log', 'Chief Nurse', '', '']]);

    const reading = await read(workbook);

    expect(reading.meetingDate).toBeNull();
    expect(reading.drafts.map((d) => [d.ref, d.meetingDate])).toEqual([['A1', undefined], ['A2', undefined]]);
    expect(reading.problems).toEqual([]);
  });

  it('when the only sheet is named by its meeting\'s date and has no title, then that is the document\'s meeting', async () => {
    const workbook = new ExcelJS.Workbook();
    addSheet(workbook, 'Board 14 Feb 2024', [[1, 'Refresh the risk appetite', 'Company Secretary', '', '']]);

    const reading = await read(workbook);

    expect(reading.meetingDate).toBe('2024-02-14');
    expect(reading.drafts.map((d) => [d.ref, d.meetingDate, d.place])).toEqual([['1', undefined, { row: 2 }]]);
  });
});
