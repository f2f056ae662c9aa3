import { englandAndWalesCalendar } from '../../../src/domain/business-days';
import { explainTiming, explainTimingWithMeetings } from '../../../src/domain/timing';
import { aMeeting } from '../../support/meetings';

const calendar = englandAndWalesCalendar();
/** An action agreed at a December 2024 meeting of the board coded "OB". */
const origin = { meetingDate: '2024-12-05', boardCode: 'OB' };
const read = (timing: string, meetings = [] as ReturnType<typeof aMeeting>[]) => explainTimingWithMeetings(timing, origin, meetings, 7, calendar);

describe('a month then a meeting, in every form trackers write it (PRODUCT.md: a month tied to a meeting is its 1st)', () => {
  it.each<[string, string, string]>([
    ['Feb 25 Board', '2025-02-01', ''],
    ['the Feb 25 Board', '2025-02-01', ''],
    ['Jan 2025 Panel', '2025-01-01', ''],
    ['Jan-2025 committee', '2025-01-01', ''],
    ["March '25 Board", '2025-03-01', ''],
    ['Feb. 2025 Board', '2025-02-01', ''],
    ['Jan Board', '2025-01-01', ''],
    ['Sept meeting', '2025-09-01', ''],
    ['the July Panel meeting', '2025-07-01', ''],
    ['April 2025 ARC', '2025-04-01', 'ARC'],
    ['Mar 25 FPC', '2025-03-01', 'FPC'],
    ['Sept ICB', '2025-09-01', 'ICB'],
    ['April 2025 QSC meeting', '2025-04-01', 'QSC'],
    ['February 2025 Audit Committee', '2025-02-01', 'Audit'],
  ])('when the calendar does not know %j, then it is read %s and the meeting to add is of board %j', (timing, due, board) => {
    const found = read(timing);
    expect(found.reading).toMatchObject({ due, resolution: 'inferred' });
    expect(found.unknownMeeting).toMatchObject({ board, when: { next: false, month: due.slice(0, 7) } });
  });

  it('when a meeting named by month and year was held before the action\'s meeting, then it is that month\'s 1st, flagged before-meeting, and still asked of the calendar', () => {
    const found = read('Dec-23 Board');
    expect(found.reading).toMatchObject({ due: '2023-12-01', flags: ['before-meeting'] });
    expect(found.unknownMeeting).toMatchObject({ board: '', when: { month: '2023-12' } });
  });

  it('when the calendar knows the meeting, then a two-digit year or a committee\'s initials find it', () => {
    const arc = aMeeting('2025-04-24', { boardCode: 'ARC', board: 'Audit and Risk Committee' });
    expect(read('April 2025 ARC', [arc]).reading).toMatchObject({ due: '2025-04-17', flags: ['meeting'] });
    expect(read('Feb 25 Board', [aMeeting('2025-02-20', { boardCode: 'OB' })]).reading).toMatchObject({ due: '2025-02-13', flags: ['meeting'] });
  });

  it('when capitals after a month are no meeting ("TBC", "CQC"), then the month alone is read (its last day)', () => {
    expect(read('June 2025 TBC')).toMatchObject({ reading: { due: '2025-06-30' }, unknownMeeting: null });
    expect(read('March 2025 CQC inspection')).toMatchObject({ reading: { due: '2025-03-31' }, unknownMeeting: null });
    expect(explainTiming('April 2025 ARC', origin.meetingDate, calendar).reading.due).toBe('2025-04-01');
  });
});
