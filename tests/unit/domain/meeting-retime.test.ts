import { englandAndWalesCalendar } from '../../../src/domain/business-days';
import { dueSetByHand, retimeAction } from '../../../src/domain/meetings/retime';
import { anAction, anUpdate } from '../../support/builders';
import { aMeeting } from '../../support/meetings';

const calendar = englandAndWalesCalendar();
const at = new Date('2022-05-09T09:00:00Z');
const tied = anAction({ number: 4, timing: 'To the July Board', due: '2022-07-01', resolution: 'inferred', flags: [] });

describe('due dates that follow the meeting calendar', () => {
  it('when the July Board becomes known, then the action is due its paper deadline, with an edited entry by Chaser', () => {
    const next = retimeAction(tied, [], [aMeeting('2022-07-21')], 7, calendar, at)!;
    expect(next.action).toMatchObject({ due: '2022-07-14', resolution: 'inferred', flags: ['meeting'] });
    expect(next.entry).toMatchObject({ kind: 'edited', source: 'system', by: 'chaser', changes: [{ field: 'due', from: '2022-07-01', to: '2022-07-14' }] });
  });

  it.each([
    ['a lead revised the date in an update', [anUpdate({ revisedDue: '2022-07-29' })], []],
    ['the secretariat corrected the due date', [anUpdate({ kind: 'edited', source: 'cli', status: null, changes: [{ field: 'due', from: '2022-07-01', to: '2022-07-08' }] })], []],
    ['the register gave a date column', [], ['date-set']],
    ['the document gave a revision', [], ['revised']],
  ] as const)('when %s, then the calendar leaves the date alone', (_why, history, flags) => {
    const action = { ...tied, flags: [...flags] };
    expect(dueSetByHand(action, [...history])).toBe(true);
    expect(retimeAction(action, [...history], [aMeeting('2022-07-21')], 7, calendar, at)).toBeNull();
  });

  it('when only imports and Chaser itself changed the date, then it is not set by hand', () => {
    const history = [anUpdate({ kind: 'edited', source: 'import', status: null, changes: [{ field: 'due', from: null, to: '2022-07-01' }] }),
      anUpdate({ kind: 'edited', source: 'system', status: null, changes: [{ field: 'due', from: '2022-07-01', to: '2022-07-14' }] })];
    expect(dueSetByHand(tied, history)).toBe(false);
  });

  it('when the action is complete, names no meeting, or the date already follows, then nothing changes', () => {
    const july = [aMeeting('2022-07-21')];
    expect(retimeAction({ ...tied, status: 'complete' }, [], july, 7, calendar, at)).toBeNull();
    expect(retimeAction(anAction({ timing: 'By 13 May' }), [], july, 7, calendar, at)).toBeNull();
    expect(retimeAction({ ...tied, due: '2022-07-14', flags: ['meeting'] }, [], july, 7, calendar, at)).toBeNull();
  });

  it('when an action awaiting the board follows a meeting, then it keeps its closure flag', () => {
    const proposed = { ...tied, status: 'complete' as const, flags: ['proposed-for-closure' as const] };
    expect(retimeAction(proposed, [], [aMeeting('2022-07-21')], 7, calendar, at)).toBeNull(); // complete: not chased, date kept
    const open = retimeAction({ ...tied, status: 'amber', flags: ['meeting', 'proposed-for-closure'] }, [], [aMeeting('2022-07-28')], 7, calendar, at)!;
    expect(open.action.flags).toEqual(['meeting', 'proposed-for-closure']);
  });
});
