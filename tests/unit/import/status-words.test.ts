import { parseStatus } from '../../../src/import/parse-status';
import { readText } from '../../../src/import/read-text';

/** The import cases' "Status words" table, every word a case. */
describe('status words as registers write them', () => {
  it.each([
    'Complete', 'Completed', 'Done', 'Closed', 'C', 'Blue', 'Dark green', 'Green - complete',
  ])('when a register says %p, then the action is complete', (word) => {
    expect(parseStatus(word)).toMatchObject({ kind: 'status', status: 'complete' });
    expect(parseStatus(word)).not.toHaveProperty('note');
  });

  it.each(['Proposed for closure', 'Propose to close', 'Recommend closure', 'RECOMMENDED FOR CLOSURE'])(
    'when a register says %p, then the action is complete, awaiting the board (proposed for closure)', (word) => {
      expect(parseStatus(word)).toEqual({ kind: 'status', status: 'complete', note: 'proposed-for-closure' });
    },
  );

  it.each(['Green', 'Pale green', 'On track', 'In hand', 'In progress', 'Ongoing', 'On-going'])('when a register says %p, then the action is on track', (word) => {
    expect(parseStatus(word)).toMatchObject({ kind: 'status', status: 'on_track' });
  });

  it.each([['Amber', undefined], ['A', undefined], ['At risk', undefined], ['Delayed', 'Delayed'], ['Deferred', 'Deferred'], ['Slipped', 'Slipped']])(
    'when a register says %p, then the action is amber (and a word saying more than the colour is kept: %p)', (word, kept) => {
      expect(parseStatus(word)).toEqual({ kind: 'status', status: 'amber', ...(kept ? { word: kept } : {}) });
    },
  );

  it.each(['Red', 'R', 'Off track', 'Overdue', 'Stalled', 'Blocked'])('when a register says %p, then the action is red', (word) => {
    expect(parseStatus(word)).toMatchObject({ kind: 'status', status: 'red' });
  });

  it.each(['Not yet due', 'Open', 'O', 'New', ''])('when a register says %p, then the action awaits an update, with no RAG claimed', (word) => {
    expect(parseStatus(word)).toEqual({ kind: 'status', status: undefined });
  });

  it.each(['Superseded', 'Withdrawn', 'No longer required'])('when a register says %p, then the action is complete, flagged superseded, the word kept', (word) => {
    expect(parseStatus(word)).toEqual({ kind: 'status', status: 'complete', note: 'superseded', word });
  });

  it.each(['Verbal update to be provided', 'Paper to come to June meeting', 'See minute 42/20'])('when a register writes narrative %p, then it is unknown (kept by the reader as the update)', (word) => {
    expect(parseStatus(word)).toEqual({ kind: 'unknown', text: word });
  });

  it('when a status starts with a colour and goes on in narrative, then the colour is the status and the whole cell is kept as text', () => {
    expect(parseStatus('Amber - awaiting the audit report')).toEqual({ kind: 'status', status: 'amber', word: 'Amber - awaiting the audit report' });
  });
});

describe('status words in a council scrutiny log', () => {
  const log = [
    'Children and Young People Scrutiny Panel',
    'Actions from the meeting of 14 March 2024',
    '',
    'Minute\tAction Required\tAction Officer(s)\tDeadline\tStatus\tUpdate',
    '42/20\tReport on school place planning\tHead of Education\tEnd April\tDeferred\tMoved to the June panel',
    '43/20\tCirculate the SEND inspection letter\tScrutiny Officer\tBy 21 March\tWithdrawn\t',
    '44/20\tVisit the youth hub\tCllr Patel\tEnd May\tRecommend closure\tVisit held on 2 April',
    '45/20\tRefresh the work programme\tScrutiny Officer\tEnd June\tWaiting on cabinet\tAsked on 20 March',
  ].join('\n');

  it('when a log mixes known words and narrative, then every action imports, the telling words and narrative kept, with one warning', () => {
    const reading = readText('scrutiny-log.txt', log);

    expect(reading.drafts.map((d) => [d.ref, d.status, d.update, d.superseded, d.proposedForClosure])).toEqual([
      ['42/20', 'amber', 'Deferred - Moved to the June panel', undefined, undefined],
      ['43/20', 'complete', 'Withdrawn', true, undefined],
      ['44/20', 'complete', 'Visit held on 2 April', undefined, true],
      ['45/20', undefined, 'Waiting on cabinet - Asked on 20 March', undefined, undefined],
    ]);
    expect(reading.problems.map((p) => p.severity)).toEqual(['warning', 'warning']);
    // "Moved to the June panel": the revised timing, said in the preview.
    expect(reading.drafts[0]!.timing).toBe('the June panel');
    expect(reading.problems[0]!.message).toMatch(/^Line 5: the update says the date was revised \("the June panel"\)/);
    expect(reading.problems[1]!.message).toMatch(/^Line 8: the "Status" column has "Waiting on cabinet", which is not a status Chaser knows/);
  });
});
