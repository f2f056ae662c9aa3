import { digestJson } from '../../../src/export';
import { EMPTY, inputOf } from './export-fixture';

describe('digest (json)', () => {
  const input = inputOf();
  const json = digestJson(input);

  it('gives the digest’s counts as numbers', () => {
    const { total, progressed, complete, onTrack, amber, red, awaitingUpdate } = json;
    expect({ total, progressed, complete, onTrack, amber, red, awaitingUpdate }).toEqual(input.digest.counts);
    expect([total, progressed, complete, onTrack, amber, red, awaitingUpdate]).toEqual([20, 16, 6, 6, 2, 2, 4]);
    expect(json).toMatchObject({ asOf: '2022-05-09', title: 'Action log: progress update', generatedAt: '2022-05-09T07:00:00.000Z' });
    expect(json.sentence).toBe(input.digest.sentence);
  });

  it('lists overdue, due soon and needs-a-date items with reference, lead, due, status, days overdue and last update', () => {
    expect(json.overdue.map((i) => [i.reference, i.businessDaysOverdue])).toEqual([
      ['OB 10-Mar-2022 #4', 14], ['OB 10-Mar-2022 #3', 5], ['OB 21-Apr-2022 #10', 4], ['OB 10-Mar-2022 #8', 1],
    ]);
    expect(json.overdue[0]).toEqual({
      reference: 'OB 10-Mar-2022 #4', number: 4, text: 'Report back on the Safer Schools review.', lead: 'AC Ephgrave',
      due: '2022-04-14', status: 'red', rag: 'Red', businessDaysOverdue: 14,
      lastUpdate: 'Review paused; no analyst available.', lastUpdateAt: '2022-05-04T08:00:00.000Z',
    });
    expect(json.dueSoon.map((i) => [i.reference, i.due, i.status])).toEqual([
      ['OB 10-Mar-2022 #5', '2022-05-13', 'awaiting_update'], ['OB 21-Apr-2022 #4', '2022-05-16', 'amber'],
      ['OB 10-Mar-2022 #2', '2022-05-20', 'on_track'], ['OB 21-Apr-2022 #9', '2022-05-20', 'awaiting_update'],
      ['OB 21-Apr-2022 #6', '2022-05-23', 'on_track'],
    ]);
    expect(json.needsDate.map((i) => [i.reference, i.due, i.lastUpdate])).toEqual([
      ['OB 10-Mar-2022 #7', null, '+ two new members confirmed, "Youth panel" next.'], ['OB 21-Apr-2022 #3', null, null],
    ]);
  });

  it('lists the changes: new, then status changes, then updates', () => {
    expect(json.changes.map((c) => [c.kind, c.reference])).toHaveLength(10);
    expect(json.changes.slice(0, 3)).toEqual([
      { kind: 'new', reference: 'OB 21-Apr-2022 #12', number: 12, text: 'Re-introduce the London residency criteria.', lead: 'MPS' },
      {
        kind: 'status', reference: 'OB 10-Mar-2022 #3', number: 3, text: 'Provide recruitment figures by borough.', lead: 'MPS',
        from: 'on_track', to: 'amber', by: 'MPS lead', at: '2022-05-06T11:00:00.000Z', update: 'Data quality issues delaying the figures.',
      },
      {
        kind: 'status', reference: 'OB 10-Mar-2022 #4', number: 4, text: 'Report back on the Safer Schools review.', lead: 'AC Ephgrave',
        from: 'amber', to: 'red', by: 'AC Ephgrave lead', at: '2022-05-04T08:00:00.000Z', update: 'Review paused; no analyst available.',
      },
    ]);
    expect(json.changes.slice(3).every((c) => c.kind === 'update' && c.status !== undefined)).toBe(true);
  });

  it('survives JSON serialisation unchanged', () => {
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('is all zeros and empty lists for an empty register', () => {
    expect(digestJson(EMPTY)).toEqual({
      title: 'Action log: progress update', asOf: '2022-05-09', generatedAt: '2022-05-09T07:00:00.000Z',
      sentence: 'There are no actions in the register yet.', summary: ['There are no actions in the register yet.'],
      total: 0, progressed: 0, complete: 0, onTrack: 0, amber: 0, red: 0, awaitingUpdate: 0,
      overdue: [], dueSoon: [], needsDate: [], changes: [],
    });
  });
});
