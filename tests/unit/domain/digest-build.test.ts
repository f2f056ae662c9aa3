import type { Action } from '../../../src/domain/action';
import { englandAndWalesCalendar } from '../../../src/domain/business-days';
import { buildDigest } from '../../../src/domain/digest';
import { anAction } from '../../support/builders';


const calendar = englandAndWalesCalendar();
const asOf = '2022-05-09'; // a Monday; Monday 2 May was the Early May bank holiday

function digestOf(actions: Action[], scope?: { lead?: string; boardCode?: string }) {
  return buildDigest({ asOf, actions, since: null, unreachableLeads: ['AC Ephgrave', 'The MPS'], calendar, scope });
}

describe('digest table', () => {
  it('when actions span meetings and strands, then groups go by meeting then strand, rows by number', () => {
    const digest = digestOf([
      anAction({ number: 3, strand: 'Trust and confidence', status: 'on_track' }),
      anAction({ number: 5, strand: 'Workforce', status: 'complete', latest: { status: 'complete', text: 'Published.', by: 'u', byName: 'U', at: '2022-05-05T09:00:00.000Z', revisedDue: null } }),
      anAction({ number: 1, strand: 'Trust and confidence', status: 'amber' }),
      anAction({ number: 2, meetingDate: '2022-03-10', text: 'Earlier meeting action.', status: 'red' }),
      anAction({ number: 4, strand: 'Workforce' }),
    ]);
    expect(digest.table.map((g) => [g.heading, g.strand, g.rows.map((r) => [r.number, r.rag, r.update])])).toEqual([
      ['MOPAC MPS Oversight Board — 10 March 2022', null, [[2, 'Red', '']]],
      ['MOPAC MPS Oversight Board — 21 April 2022 — Trust and confidence', 'Trust and confidence', [[1, 'Amber', ''], [3, 'Pale green', '']]],
      ['MOPAC MPS Oversight Board — 21 April 2022 — Workforce', 'Workforce', [[4, 'Awaiting update', ''], [5, 'Dark green', 'Published.']]],
    ]);
    expect(digest.table[0]).toMatchObject({ board: 'MOPAC MPS Oversight Board', meetingDate: '2022-03-10' });
    expect(digest.table[0]!.rows[0]!.text).toBe('Earlier meeting action.');
  });
});

describe('digest as a whole', () => {
  const actions = [
    anAction({ number: 1, lead: 'MPS', status: 'complete' }),
    anAction({ number: 2, lead: 'The  MPS ', status: 'on_track' }),
    anAction({ number: 3, lead: 'MOPAC', status: 'amber' }),
    anAction({ number: 4, lead: 'mps', boardCode: 'PROB', board: 'Performance and Risk Oversight Board' }),
  ];

  it('when there is no earlier digest, then there are no changes and every action counts', () => {
    const digest = digestOf(actions);
    expect(digest.asOf).toBe('2022-05-09');
    expect(digest.changes).toEqual([]);
    expect(digest.counts).toEqual({ total: 4, progressed: 3, complete: 1, onTrack: 1, amber: 1, red: 0, awaitingUpdate: 1 });
    expect(digest.sentence).toBe('Of the 4 actions, 3 have been progressed: 1 is complete (dark green), 1 is in progress and on track (pale green), 1 is amber and 0 are red.');
    expect(digest.summary[0]).toBe('Of the 4 actions, 3 have been progressed:');
    expect(digest.unreachableLeads).toEqual(['AC Ephgrave', 'The MPS']);
  });

  it.each([
    ['lead "The MPS"', { lead: 'The MPS' }, [1, 2, 4], ['The MPS']],
    ['lead " mopac "', { lead: ' mopac ' }, [3], []],
    ['board "prob"', { boardCode: 'prob' }, [4], ['AC Ephgrave', 'The MPS']],
    ['lead "MPS" and board "OB"', { lead: 'MPS', boardCode: 'OB' }, [1, 2], ['The MPS']],
  ])('when scoped to %s, then only those actions and leads are in the digest', (_case, scope, kept, leads) => {
    const digest = digestOf(actions, scope);
    expect(digest.table.flatMap((g) => g.rows.map((r) => r.number))).toEqual(kept);
    expect(digest.counts.total).toBe(kept.length);
    expect(digest.unreachableLeads).toEqual(leads);
  });

  it('when a snapshot is given, then changes are worked out over the scoped actions only', () => {
    const snapshot = { takenAt: '2022-05-02T07:00:00.000Z', actions: {} };
    const digest = buildDigest({ asOf, actions, since: { snapshot }, unreachableLeads: [], calendar, scope: { lead: 'MOPAC' } });
    expect(digest.changes).toEqual([
      { kind: 'new', action: { key: 'OB_2022-04-21_003', reference: 'OB 21-Apr-2022 #3', number: 3, text: actions[2]!.text, lead: 'MOPAC' } },
    ]);
  });
});
