import { readDocument } from '../../../src/import/read-document';

/** An audit committee's log saved from Excel as CSV, with the slips such files carry. */
const HEADING = 'Audit Committee - actions from the meeting of 12 May 2022\nRef,Action,Lead,Due\n';

async function read(rows: string): Promise<Awaited<ReturnType<typeof readDocument>>> {
  return readDocument('audit-log.csv', Buffer.from(HEADING + rows));
}

describe('a CSV action log with hostile cells', () => {
  it('when a Due cell holds an Excel day number (44694), then it is read as 13 May 2022 with a warning naming row and column', async () => {
    const reading = await read('1,Publish the audit plan,Head of Audit,44694\n');

    expect(reading.drafts.map((d) => d.due)).toEqual(['2022-05-13']);
    expect(reading.problems.map((p) => [p.severity, p.field, p.message])).toEqual([
      ['warning', 'due', 'Row 3: the "Due" column has "44694", read as Excel\'s day number for 13 May 2022 (expected a date such as 30/06/2022; format the column as dates before saving).'],
    ]);
  });

  it('when the lead is TRUE, then it is an error naming row and column (a tick box saved in place of the lead)', async () => {
    const reading = await read('2,Check the ledger,TRUE,31/05/2022\n');

    expect(reading.problems.map((p) => [p.severity, p.field])).toEqual([[undefined, 'lead']]);
    expect(reading.problems[0]!.message).toMatch(/^Row 3: the "Lead" column has "TRUE", a yes\/no value, not a lead \(expected a name such as "MPS"/);
  });

  it('when Due holds #REF!, then the row is an error naming the spreadsheet error, and not drafted', async () => {
    const reading = await read('3,Review the risks,CFO,#REF!\n4,Refresh the policy,CFO,30/06/2022\n');

    expect(reading.drafts.map((d) => d.ref)).toEqual(['4']);
    expect(reading.problems.map((p) => p.message)).toEqual([
      'Row 3: the "Due" column has "#REF!", a spreadsheet error left by a formula (expected a date; fix the formula or paste the values).',
    ]);
  });

  it('when Due holds 1/1/99999 or 1/1/9999, then each is an error: not a date', async () => {
    const reading = await read('4,Refresh the policy,CFO,1/1/99999\n5,Brief the chair,CFO,1/1/9999\n');

    expect(reading.problems.map((p) => p.message)).toEqual([
      'Row 3: the "Due" column has "1/1/99999", which is not a date (expected a date such as 30/06/2022).',
      'Row 4: the "Due" column has "1/1/9999", which is not a date (expected a date such as 30/06/2022).',
    ]);
  });

  it('when a row has one more cell than the header (an unquoted comma), then a warning names the row and the cell not read', async () => {
    const reading = await read('5,Circulate the pack,CFO,30/06/2022,see note\n');

    expect(reading.drafts.map((d) => d.due)).toEqual(['2022-06-30']);
    expect(reading.problems.map((p) => [p.severity, p.message])).toEqual([
      ['warning', 'Row 3: the row has one more cell than the 4 headings ("see note" not read; expected one cell per heading, and a comma inside a cell needs the cell in double quotes).'],
    ]);
  });

  it('when a quote is never closed, then it is an error naming the row where it opened, which swallowed the rows after it', async () => {
    const reading = await read('6,"Brief the members,CFO,30/06/2022\n7,Close the audit,CFO,31/07/2022\n8,Thank the auditors,Chair,31/07/2022\n');

    const quote = reading.problems.find((p) => p.field === 'quote');
    expect(reading.drafts).toHaveLength(1);
    expect(quote?.severity).toBeUndefined();
    expect(quote?.message).toBe(
      'Row 3: a double quote opened in this row (line 3 of the file) is never closed, so every line after it was read into one cell (expected a closing quote; a quote inside a cell is written twice, "").',
    );
  });
});
