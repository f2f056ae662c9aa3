import ExcelJS from 'exceljs';
import { readDocument } from '../../../src/import/read-document';
import { readText } from '../../../src/import/read-text';

/** When an action was agreed is its meeting, never its due date; finished work (100%, Date closed, "Achieved") is complete. */
const csv = (lines: string[]) => readDocument('log.csv', Buffer.from(['Ashcombe Trust Board - action log', ...lines].join('\n')));

describe('a date the action was agreed beside its due date', () => {
  it.each(['Date agreed', 'Date raised', 'Date opened', 'Date logged', 'Date added', 'Agreed', 'Date of meeting'])(
    'when a table has "%s" and "Due", then the first is the row\'s meeting and Due the due date',
    async (heading) => {
      const reading = await csv([
        `Ref,${heading},Action,Lead,Due,Status`,
        'T/07,27/03/2025,Renew the shop lease,Head of Retail,30/04/2025,Open',
        'T/08,22/05/2025,Draft the fundraising strategy,Director of Income,June 2025,Open',
      ]);
      expect(reading.drafts.map((d) => [d.ref, d.meetingDate, d.due ?? d.timing])).toEqual([
        ['T/07', '2025-03-27', '2025-04-30'], ['T/08', '2025-05-22', 'June 2025'],
      ]);
    },
  );

  it('when "Agreed date" stands beside "Target date", then Target date is the due and Agreed date the meeting; alone, Agreed date is still the due', async () => {
    const both = await csv(['No.,Agreed date,Action,Owner,Target date', '1,14/01/2025,Publish the register,Clerk,28/02/2025']);
    expect(both.drafts.map((d) => [d.meetingDate, d.due])).toEqual([['2025-01-14', '2025-02-28']]);
    const alone = await csv(['No.,Action,Owner,Agreed date', '1,Publish the register,Clerk,28/02/2025']);
    expect(alone.drafts.map((d) => d.due)).toEqual(['2025-02-28']);
  });
});

describe('work recorded as finished', () => {
  const workbook = async (rows: unknown[][]): Promise<Buffer> => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Open');
    sheet.addRow(['Ferncombe Homes Board - action log']);
    for (const row of rows) sheet.addRow(row);
    return Buffer.from(await book.xlsx.writeBuffer());
  };

  it('when "% complete" is 100% beside a green RAG, then the action is complete', async () => {
    const reading = await readDocument('log.xlsx', await workbook([
      ['Action no.', 'Action', 'Owner', 'Target completion', 'RAG', '% complete'],
      ['2024/31', 'Reduce void times', 'Director of Housing', new Date(Date.UTC(2025, 2, 31)), 'Green', 1],
      ['2024/32', 'Refresh the code statement', 'Company Secretary', new Date(Date.UTC(2025, 0, 31)), 'Green', 0.6],
    ]));
    expect(reading.drafts.map((d) => d.status)).toEqual(['complete', 'on_track']);
  });

  it.each(['Date closed', 'Closed date', 'Date completed'])(
    'when "%s" holds a date, then the action is complete, the date kept as the update and never the due',
    async (heading) => {
      const reading = await readDocument('log.xlsx', await workbook([
        ['Action no.', 'Action', 'Owner', 'Due date', 'Status', heading],
        ['2024/32', 'Refresh the code statement', 'Company Secretary', new Date(Date.UTC(2025, 0, 31)), 'Amber', new Date(Date.UTC(2025, 0, 20))],
        ['2024/33', 'Refinance the facility', 'CFO', new Date(Date.UTC(2025, 5, 30)), 'Amber', null],
      ]));
      expect(reading.drafts.map((d) => [d.status, d.due, d.update])).toEqual([
        ['complete', '2025-01-31', 'Closed 20 January 2025'], ['amber', '2025-06-30', undefined],
      ]);
    },
  );
});

describe('status words', () => {
  const read = (status: string) => readText('log.txt', `Ashcombe Trust Audit Committee - meeting of 4 February 2025\n\nRef | Action | Owner | Due | Status\nA.1 | Publish the register | Clerk | 28/02/2025 | ${status}\n`);

  it.each([['Action closed', 'complete'], ['Achieved', 'complete'], ['Actioned', 'complete'], ['Partially complete', 'on_track']])(
    'when the status is "%s", then it reads as %s with no warning',
    (word, status) => {
      const reading = read(word);
      expect(reading.drafts.map((d) => d.status)).toEqual([status]);
      expect(reading.problems).toEqual([]);
    },
  );

  it.each(['Outstanding', 'Carried forward', 'Not complete'])('when the status is "%s", then the action stays open, the word kept, with no warning', (word) => {
    const reading = read(word);
    expect(reading.drafts.map((d) => [d.status, d.update])).toEqual([[undefined, word]]);
    expect(reading.problems).toEqual([]);
  });
});
