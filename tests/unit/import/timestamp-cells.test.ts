import { parseDateCell } from '../../../src/import/parse-date-cell';
import { readDocument } from '../../../src/import/read-document';

/** SharePoint and Power Automate export a date column as the UTC instant of the London midnight. */
describe('timestamp cells from SharePoint and Power Automate exports', () => {
  it.each<[string, string]>([
    ['2025-06-30T23:00:00Z', '2025-07-01'], // British Summer Time: 1 July in London
    ['2025-06-30T23:00:00.000Z', '2025-07-01'],
    ['2025-07-01T00:00:00+01:00', '2025-07-01'],
    ['2025-07-01T00:00:00+0100', '2025-07-01'],
    ['2025-03-31T00:00:00Z', '2025-03-31'], // Greenwich Mean Time: the same day
    ['2024-12-31T23:30:00-05:00', '2025-01-01'],
    ['2025-06-30T23:00:00', '2025-06-30'], // no zone: already local, the date as written
    ['2025-06-30 09:15', '2025-06-30'],
  ])('when a date cell holds %s, then the date is the London day %s', (cell, date) => {
    expect(parseDateCell(cell)).toEqual({ kind: 'date', date });
  });

  it('when a timestamp names a day that does not exist, then it is invalid, not a timing to guess from', () => {
    expect(parseDateCell('2025-06-31T23:00:00Z')).toEqual({ kind: 'invalid', text: '2025-06-31T23:00:00Z', example: '30/06/2022' });
  });

  it('when a CSV export has timestamps in its Due Date column, then each due date is the London day, exact, with no timing', async () => {
    const csv = 'Audit Committee - actions from the meeting of 14 January 2025\nRef,Action,Lead,Due Date\n'
      + '101,Publish the gender pay gap report,HR Director,2025-03-31T00:00:00Z\n'
      + '103,Review the estates strategy,COO,2025-06-30T23:00:00Z\n';
    const reading = await readDocument('export.csv', Buffer.from(csv));

    expect(reading.drafts.map((d) => [d.due, d.timing])).toEqual([['2025-03-31', ''], ['2025-07-01', '']]);
    expect(reading.problems).toEqual([]);
  });
});
