import ExcelJS from 'exceljs';
import { readDocument } from '../../../src/import/read-document';

/** Sheets besides the meetings' own: closed actions, instructions, a RAG key, hidden sheets; references across sheets. */
const HEADER = ['No.', 'Action', 'Lead', 'Due date', 'Status'];

function addSheet(workbook: ExcelJS.Workbook, name: string, rows: unknown[][], title?: string): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name);
  if (title) sheet.addRow([title]);
  sheet.addRow(HEADER);
  for (const row of rows) sheet.addRow(row);
  return sheet;
}

async function read(workbook: ExcelJS.Workbook) {
  return readDocument('tracker.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
}

const TITLE = 'Trust Board - actions from the meeting of 12 March 2024';

describe('closed, instruction and hidden sheets', () => {
  it('when a sheet is named Closed, then its actions are read: complete when the row gives no status, as the status column says otherwise', async () => {
    const workbook = new ExcelJS.Workbook();
    addSheet(workbook, 'Open', [[1, 'Publish the quality account', 'Medical Director', '', 'Green']], TITLE);
    addSheet(workbook, 'Closed actions', [[2, 'Appoint the guardian', 'Chief People Officer', '', ''], [3, 'Fix the lift', 'Director of Estates', '', 'Red']], TITLE);

    const reading = await read(workbook);

    expect(reading.drafts.map((d) => [d.ref, d.status, d.place.sheet])).toEqual([
      ['1', 'on_track', 'Open'], ['2', 'complete', 'Closed actions'], ['3', 'red', 'Closed actions'],
    ]);
    expect(reading.problems.map((p) => p.message)).toEqual([
      'Sheet "Closed actions", row 4: the sheet is for closed actions but action 3\'s status is red (off track), so that status is kept (expected a completed action on this sheet, or the action moved to an open sheet).',
    ]);
  });

  it.each(['Completed', 'Archive'])('when a sheet is named %p, then a row without a status is complete', async (name) => {
    const workbook = new ExcelJS.Workbook();
    addSheet(workbook, 'Open', [[1, 'Publish the quality account', 'Medical Director', '', 'Green']], TITLE);
    addSheet(workbook, name, [[2, 'Appoint the guardian', 'Chief People Officer', '', '']], TITLE);

    const reading = await read(workbook);

    expect(reading.drafts.map((d) => [d.ref, d.status])).toEqual([['1', 'on_track'], ['2', 'complete']]);
  });

  it('when sheets hold instructions, a RAG key or only headings, then they are skipped without any problem', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Instructions').addRow(['Add new actions at the bottom of the meeting\'s sheet.']);
    const key = workbook.addWorksheet('Key');
    key.addRow(['RAG', 'Meaning']);
    key.addRow(['Green', 'On track']);
    addSheet(workbook, '12.03.2024', [[1, 'Publish the quality account', 'Medical Director', '', 'Green']]);
    addSheet(workbook, 'Template', []);

    const reading = await read(workbook);

    expect(reading.drafts.map((d) => [d.ref, d.place])).toEqual([['1', { row: 2 }]]);
    expect(reading.problems).toEqual([]);
  });

  it('when a sheet named Template or Example holds filled-in example actions, then it is passed over with a warning naming it', async () => {
    const workbook = new ExcelJS.Workbook();
    addSheet(workbook, '12.03.2024', [[1, 'Publish the quality account', 'Medical Director', '', 'Green']]);
    addSheet(workbook, 'Example', [[1, 'Circulate the example report', 'Example Lead', '', 'Amber']]);

    const reading = await read(workbook);

    expect(reading.drafts.map((d) => d.text)).toEqual(['Publish the quality account']);
    expect(reading.problems.map((p) => [p.severity, p.message])).toEqual([['warning', expect.stringMatching(/^Sheet "Example" was passed over: .* If it holds actions, rename the sheet/)]]);
  });

  it('when a sheet of actions is hidden, then its actions are read too, with a warning saying so', async () => {
    const workbook = new ExcelJS.Workbook();
    addSheet(workbook, '12.03.2024', [[1, 'Publish the quality account', 'Medical Director', '', '']]);
    addSheet(workbook, '14.02.2024', [[1, 'Audit the theatres', 'Medical Director', '', '']]).state = 'hidden';

    const reading = await read(workbook);

    expect(reading.drafts.map((d) => [d.ref, d.meetingDate, d.place.sheet])).toEqual([['1', '2024-03-12', '12.03.2024'], ['1', '2024-02-14', '14.02.2024']]);
    expect(reading.problems.map((p) => [p.severity, p.message])).toEqual([
      ['warning', 'Sheet "14.02.2024": the sheet is hidden in the workbook; its 1 action was read too (expected every sheet of actions to be the board\'s; delete a sheet that is not, and import again).'],
    ]);
  });
});

describe('references across sheets', () => {
  it('when two meetings\' sheets both number their actions 1, 2, then all four are kept, with their own numbers and meetings', async () => {
    const workbook = new ExcelJS.Workbook();
    addSheet(workbook, '12.03.2024', [[1, 'Agree the budget', 'Director of Finance', '', ''], [2, 'Publish the budget', 'Director of Finance', '', '']]);
    addSheet(workbook, '14.02.2024', [[1, 'Draft the budget', 'Director of Finance', '', ''], [2, 'Consult on the budget', 'Director of Finance', '', '']]);

    const reading = await read(workbook);

    expect(reading.drafts.map((d) => [d.number, d.ref, d.meetingDate])).toEqual([
      [1, '1', '2024-03-12'], [2, '2', '2024-03-12'], [1, '1', '2024-02-14'], [2, '2', '2024-02-14'],
    ]);
    expect(reading.problems).toEqual([]);
  });

  it('when two sheets of the same meeting both have action 2, then the second is a duplicate naming both sheets', async () => {
    const workbook = new ExcelJS.Workbook();
    addSheet(workbook, 'Open', [[1, 'Agree the budget', 'Director of Finance', '', ''], [2, 'Publish the budget', 'Director of Finance', '', '']], TITLE);
    addSheet(workbook, 'Closed', [[2, 'Publish the budget', 'Director of Finance', '', 'Complete']], TITLE);

    const reading = await read(workbook);

    expect(reading.drafts.map((d) => [d.ref, d.place.sheet])).toEqual([['1', 'Open'], ['2', 'Open']]);
    expect(reading.problems.map((p) => p.message)).toEqual([
      'Sheet "Closed", row 3: action 2 has the same number as sheet "Open", row 4 (expected each action to have its own number); only sheet "Open", row 4 was kept.',
    ]);
  });
});
