import ExcelJS from 'exceljs';
import { readDocument } from '../../../src/import/read-document';
import { ImportError } from '../../../src/import/import-error';

/** An action log as the secretariat keeps it: a title, a blank row, the header on row 3, extra columns. */
async function registerXlsx(rows: unknown[][], header = ['Ref', 'Action agreed', 'Owner', 'Due date', 'RAG', 'Progress', 'Theme', 'Notes for secretariat']): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Cover').addRow(['This workbook holds the action log.']);
  const sheet = workbook.addWorksheet('Actions');
  sheet.addRow(['MOPAC MPS Oversight Board - Actions from 21 April 2022 Meeting']);
  sheet.mergeCells('A1:H1');
  sheet.addRow([]);
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('reading an action log workbook (.xlsx)', () => {
  it('when the header is on row 3 with extra columns, then rows become drafts with real Excel dates and register statuses', async () => {
    const bytes = await registerXlsx([
      [5, 'MPS to advise DMPC/MOPAC when it can provide the data.', 'MPS', new Date(Date.UTC(2022, 4, 13)), 'Dark green', 'Sent on 10 May.', 'Use of force', 'ignore me'],
      ['7.0', 'MPS to provide a more detailed response on Child Q.', 'MPS', '31/05/2022', 'PG', '', '', ''],
      ['Action 8', "MPS to send the Safer Schools Officer report 'as is'.", 'MPS', '1 June 2022', 'At risk', '', '', ''],
      [12, { richText: [{ text: 'MOPAC to put the report ' }, { text: 'on the agenda.' }] }, 'MOPAC', null, 'Awaiting update', '', '', ''],
      [13, 'MPS to report to the DMPC.', 'MPS', '2022-07-31', 'R', '', '', ''],
    ]);

    const reading = await readDocument('Action log.xlsx', bytes);

    expect(reading.problems).toEqual([]);
    expect(reading.board).toBe('MOPAC MPS Oversight Board');
    expect(reading.meetingDate).toBe('2022-04-21');
    expect(reading.drafts).toEqual([
      {
        number: 5, ref: '5', text: 'MPS to advise DMPC/MOPAC when it can provide the data.', timing: '', lead: 'MPS', due: '2022-05-13',
        status: 'complete', update: 'Sent on 10 May.', strand: 'Use of force', place: { row: 4 },
      },
      { number: 7, ref: '7', text: 'MPS to provide a more detailed response on Child Q.', timing: '', lead: 'MPS', due: '2022-05-31', status: 'on_track', place: { row: 5 } },
      { number: 8, ref: '8', text: "MPS to send the Safer Schools Officer report 'as is'.", timing: '', lead: 'MPS', due: '2022-06-01', status: 'amber', place: { row: 6 } },
      { number: 12, ref: '12', text: 'MOPAC to put the report on the agenda.', timing: '', lead: 'MOPAC', place: { row: 7 } },
      { number: 13, ref: '13', text: 'MPS to report to the DMPC.', timing: '', lead: 'MPS', due: '2022-07-31', status: 'red', place: { row: 8 } },
    ]);
  });

  it('when a due date does not exist, then the problem names the row, the column as headed and a real date to use', async () => {
    const bytes = await registerXlsx([[1, 'MPS to share the data.', 'MPS', '31/06/2022', 'Green', '', '', '']]);

    const reading = await readDocument('log.xlsx', bytes);

    expect(reading.drafts.map((d) => [d.number, d.due])).toEqual([[1, undefined]]);
    expect(reading.problems).toEqual([
      { place: { row: 4 }, field: 'due', message: 'Row 4: the "Due date" column has "31/06/2022", which is not a date (expected a date such as 30/06/2022).' },
    ]);
  });

  it('when a status is not one a register uses, then a warning names the row and lists the accepted values, and the word is kept as the update', async () => {
    const bytes = await registerXlsx([[1, 'MPS to share the data.', 'MPS', null, 'Purple', '', '', '']]);

    const reading = await readDocument('log.xlsx', bytes);

    expect(reading.drafts[0]!.status).toBeUndefined();
    expect(reading.drafts[0]!.update).toBe('Purple');
    expect(reading.problems).toHaveLength(1);
    expect(reading.problems[0]!.field).toBe('status');
    expect(reading.problems[0]!.severity).toBe('warning');
    expect(reading.problems[0]!.message).toMatch(/^Row 4: the "RAG" column has "Purple", which is not a status Chaser knows, so it is kept as the update text .*\(expected one of Complete, .*Amber \(A\), .*Not started, Awaiting update, or blank\)\.$/);
  });

  it('when rows lack a number or text or repeat a number, then each is a problem naming its row', async () => {
    const bytes = await registerXlsx([
      [1, 'MPS to share the data.', 'MPS'],
      [null, 'MPS to organise a visit.', 'MPS'],
      [2, null, 'MPS'],
      [1, 'MPS to share the handbook.', 'MPS'],
    ]);

    const reading = await readDocument('log.xlsx', bytes);

    expect(reading.drafts.map((d) => d.number)).toEqual([1]);
    expect(reading.problems.map((p) => [p.field, p.message])).toEqual([
      ['number', 'Row 5: the row "MPS to organise a visit." has no number (expected a whole number such as 2 in the Ref column).'],
      ['action', 'Row 6: action 2 has no action text (expected the action in the Action agreed column).'],
      ['number', 'Row 7: action 1 has the same number as row 4 (expected each action to have its own number); only row 4 was kept.'],
    ]);
  });

  it('when no sheet has a header row, then nothing is imported and the error says which headers were expected and what was found', async () => {
    const bytes = await registerXlsx([[1, 'MPS to share the data.']], ['Code', 'Desc']);

    const error = await readDocument('log.xlsx', bytes).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).code).toBe('no-actions');
    expect((error as ImportError).message).toBe(
      'No actions were found in "log.xlsx": Sheet "Cover": no header row was found (nor in the workbook\'s 1 other sheet) (expected a row of headings ' +
        'naming an action column ("Action", "Action point", "Actions agreed", "Recommendation", "Description") with a reference column ("No.", "Ref") ' +
        'or two of "Lead"/"Owner"/"Who", "Timing"/"When", "Due"/"Deadline" and "Status"/"RAG"); its first row (row 1) has "This workbook holds the action log.".',
    );
  });

  it('when a workbook has no cells at all, then it is empty', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1');

    const error = await readDocument('blank.xlsx', Buffer.from(await workbook.xlsx.writeBuffer())).catch((e: unknown) => e);

    expect((error as ImportError).code).toBe('empty');
    expect((error as ImportError).message).toBe('"blank.xlsx" is empty: there is nothing to import.');
  });

  it('when a workbook is damaged, then it is unreadable and the message names the file', async () => {
    const error = await readDocument('log.xlsx', Buffer.from('PK\u0003\u0004 not really a workbook')).catch((e: unknown) => e);

    expect((error as ImportError).code).toBe('unreadable');
    expect((error as ImportError).message).toMatch(/^"log\.xlsx" could not be read as an Excel workbook \(\.xlsx\)/);
  });
});

describe('reading an action log saved as CSV', () => {
  it('when cells hold quoted commas, quotes and line breaks, with a BOM and CRLF, then each record is one draft', async () => {
    const csv =
      '\ufeffNo.,Action,Timing,Lead,Status,Meeting date\r\n' +
      '1,"MPS to provide data on stop, search and handcuffing.",By 13 May,MPS,On track,21/04/2022\r\n' +
      '2,"MPS to send the ""as is"" report,\r\nthen present it.",Immediately,MPS,,21/04/2022\r\n' +
      '1,MOPAC to write to the Commissioner.,End July,MOPAC,Done,16 June 2022\r\n';

    const reading = await readDocument('register.csv', Buffer.from(csv, 'utf8'));

    expect(reading.problems).toEqual([]);
    expect(reading.meetingDate).toBeNull(); // rows name two meetings
    expect(reading.drafts).toEqual([
      { number: 1, ref: '1', text: 'MPS to provide data on stop, search and handcuffing.', timing: 'By 13 May', lead: 'MPS', status: 'on_track', meetingDate: '2022-04-21', nextMeetingDate: '2022-06-16', place: { row: 2 } },
      { number: 2, ref: '2', text: 'MPS to send the "as is" report, then present it.', timing: 'Immediately', lead: 'MPS', meetingDate: '2022-04-21', nextMeetingDate: '2022-06-16', place: { row: 3 } },
      { number: 1, ref: '1', text: 'MOPAC to write to the Commissioner.', timing: 'End July', lead: 'MOPAC', status: 'complete', meetingDate: '2022-06-16', place: { row: 4 } },
    ]);
  });

  it('when the CSV uses semicolons and a Meeting column naming the board, then it is read the same way', async () => {
    const csv = 'Number;Description;Deadline;Responsible;Meeting\n3;"MPS to share; then report.";End April;AC Ephgrave;MOPAC MPS Oversight Board\n';

    const reading = await readDocument('register.csv', Buffer.from(csv));

    expect(reading.board).toBe('MOPAC MPS Oversight Board');
    expect(reading.drafts).toEqual([
      { number: 3, ref: '3', text: 'MPS to share; then report.', timing: 'End April', lead: 'AC Ephgrave', board: 'MOPAC MPS Oversight Board', place: { row: 2 } },
    ]);
  });

  it('when a Meeting date is not a date and a reference is not whole, then the date is a problem naming the row and column, and the reference is kept', async () => {
    const csv = 'No.\tAction\tLead\tMeeting date\n4.5\tMPS to share.\tMPS\t21/04/2022\n5\tMPS to report.\tMPS\t30/02/2022\n';

    const reading = await readDocument('register.csv', Buffer.from(csv));

    expect(reading.drafts.map((d) => [d.number, d.ref, d.meetingDate])).toEqual([[1, '4.5', '2022-04-21'], [2, '5', undefined]]);
    expect(reading.problems.map((p) => p.message)).toEqual([
      'Row 3: the "Meeting date" column has "30/02/2022", which is not a date (expected a date such as 28/02/2022).',
    ]);
  });
});
