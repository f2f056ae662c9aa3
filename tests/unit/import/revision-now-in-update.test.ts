import { readDocument } from '../../../src/import/read-document';
import { revisionInWords } from '../../../src/import/revision-in-words';

/** A charity's trustee action log whose comments say when a slipped action is now due. */
const LOG = [
  '| Ref | Action | Lead | Due | Comments |',
  '|---|---|---|---|---|',
  '| T/31 | Draft the volunteering strategy | Head of Volunteering | 30/06/2025 | Delayed by staff vacancy – now Sept 2025 |',
  '| T/32 | Review the reserves policy | Treasurer | 31/05/2025 | Work now with the finance team |',
  '| T/33 | Refresh the safeguarding policy | Director of Care | 31/05/2025 | Rescheduled for 31 July 2025 at the Chair\'s request |',
  '| T/34 | Report the shop refit costs | Head of Retail | 30/04/2025 | New target 30/06/2025 |',
].join('\n');

describe('a revision written in words in the update cell of a tracker', () => {
  it('when the comments say "now Sept 2025", "rescheduled for …" or "new target …", then that is the due date and the Due date is superseded; "now with the finance team" is no revision', async () => {
    const reading = await readDocument('trustee-log.md', Buffer.from(`Trustees' action log, meeting of 22 May 2025\n\n${LOG}\n`));

    expect(reading.drafts.map((d) => [d.ref, d.timing || d.due, d.originalDue])).toEqual([
      ['T/31', 'Sept 2025', '2025-06-30'],
      ['T/32', '2025-05-31', undefined],
      ['T/33', "31 July 2025 at the Chair's request", '2025-05-31'],
      ['T/34', '2025-06-30', '2025-04-30'],
    ]);
    expect(reading.problems.filter((p) => p.field === 'revisedDue').map((p) => p.message)).toEqual([
      'Line 5: the update says the date was revised ("Sept 2025"), so that is read as the due date.',
      'Line 7: the update says the date was revised ("31 July 2025 at the Chair\'s request"), so that is read as the due date.',
      'Line 8: the update says the date was revised ("30/06/2025"), so that is read as the due date.',
    ]);
  });

  it('when an Outcome column says "Date now revised to 30 May 2025", then it is kept as the update and the revised date is due', async () => {
    const csv = 'Ref,Action,Lead,Due,Outcome\nP/46,Publish the precept consultation results,Head of Performance,March 2025,Date now revised to 30 May 2025 following the review\n';
    const reading = await readDocument('panel-actions.csv', Buffer.from(csv));

    expect(reading.drafts[0]).toMatchObject({ due: '2025-05-30', originalTiming: 'March 2025', update: 'Date now revised to 30 May 2025 following the review' });
  });

  it('when updates say a date is now due, then the words after "now" are read only when they begin as a date', () => {
    const texts = [
      'Contract review delayed; now due March 2025', 'now in progress', 'Now with the May working group', 'Now expected by end of June',
      'Re-profiled to Q2 2025/26', 'Pushed back to the next meeting', 'Now 30/09/2025 pending sign-off',
    ];

    expect(texts.map(revisionInWords)).toEqual(['March 2025', null, null, 'end of June', 'Q2 2025/26', 'the next meeting', '30/09/2025']);
  });
});
