import { readDocument } from '../../../src/import/read-document';
import { readText } from '../../../src/import/read-text';
import { revisionInWords } from '../../../src/import/revision-in-words';

/** An NHS trust's audit committee tracker that writes slipped dates into the action itself. */
const TRACKER = [
  'Ref,Action,Lead,Due,Status',
  'AC/25/10,"Review the risk appetite statement, deferred to February 2026",Chief Executive,31-Oct-25,Deferred',
  'AC/25/11,"Arrange a briefing on the estates strategy, revised from 30 Nov 2025 to 31 January 2026",Director of Estates,30/11/2025,Delayed',
  'AC/25/12,"Present the audit plan, deferred to the board",Director of Finance,15/12/2025,Open',
  'AC/25/13,Circulate the items deferred to the next meeting,Board Secretary,10/12/2025,Open',
].join('\n');

describe('a revision written in the action cell of a tracker', () => {
  it('when the action says "deferred to February 2026", then that month is the timing and the Due date is kept as superseded; "deferred to the board" or items deferred to a meeting leave the Due date standing', async () => {
    const reading = await readDocument('audit-tracker.csv', Buffer.from(TRACKER));

    expect(reading.drafts.map((d) => [d.ref, d.timing, d.due, d.originalDue])).toEqual([
      ['AC/25/10', 'February 2026', undefined, '2025-10-31'],
      ['AC/25/11', '', '2026-01-31', '2025-11-30'],
      ['AC/25/12', '', '2025-12-15', undefined],
      ['AC/25/13', '', '2025-12-10', undefined],
    ]);
  });

  it('when the action says "revised from 30 Nov 2025 to 31 January 2026", then the revised date wins over the Due column', async () => {
    const reading = await readDocument('audit-tracker.csv', Buffer.from(TRACKER));

    expect(reading.drafts[1]).toMatchObject({ ref: 'AC/25/11', due: '2026-01-31', originalDue: '2025-11-30' });
  });

  it('when a revision is read from the action, then the preview warns that the Action column said so', async () => {
    const reading = await readDocument('audit-tracker.csv', Buffer.from(TRACKER));

    expect(reading.problems.filter((p) => p.field === 'revisedDue').map((p) => [p.severity, p.message])).toEqual([
      ['warning', 'Row 2: the "Action" column says the date was revised ("February 2026"), so that is read as the due date.'],
      ['warning', 'Row 3: the "Action" column says the date was revised ("31 January 2026"), so that is read as the due date.'],
    ]);
  });

  it('when a housing board writes its tracker as a table in minutes, then the action cell revision is read the same way', () => {
    const reading = readText('board-minutes.txt', [
      'Minutes of the Board held on 25 September 2025',
      '',
      'No.\tAction\tLead\tDue',
      '1\tRefresh the asset strategy (deferred to March 2026)\tDirector of Assets\t31/10/2025',
    ].join('\n'));

    expect(reading.drafts.map((d) => [d.timing, d.originalDue])).toEqual([['March 2026', '2025-10-31']]);
  });
});

describe('revisions in words', () => {
  it('when updates revise to a date, a month, a quarter or a named meeting, then that is read; "the board" or "the Audit Committee" alone is not a date', () => {
    const texts = [
      'Deferred to the board', 'Item deferred to the Audit Committee', 'Deferred to the next meeting', 'Moved to the June panel',
      'Revised from 30 Nov 2025 to 31 January 2026', 'Postponed to Q3 2026',
    ];

    expect(texts.map(revisionInWords)).toEqual([null, null, 'the next meeting', 'the June panel', '31 January 2026', 'Q3 2026']);
  });
});
