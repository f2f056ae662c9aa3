import { englandAndWalesCalendar } from '../../../src/domain/business-days';
import { explainTimingWithMeetings, findMeetingReference } from '../../../src/domain/timing';
import { aMeeting } from '../../support/meetings';

const calendar = englandAndWalesCalendar();
/** An action of the seed letter: the Oversight Board of 21 April 2022. */
const origin = { meetingDate: '2022-04-21', boardCode: 'OB' };
const DAYS = 7;
const read = (timing: string, meetings = CALENDAR, days = DAYS) => explainTimingWithMeetings(timing, origin, meetings, days, calendar);

const metOps = (date: string) => aMeeting(date, { board: 'DMPC-AC Met Operations' });
const connors = (date: string) => aMeeting(date, { board: 'DMPC-Cmdr Jane Connors' });
const prob = (date: string) => aMeeting(date, { board: 'Performance and Risk Oversight Board', title: 'Performance and Risk Oversight Board' });
const CALENDAR = [aMeeting('2022-04-21'), aMeeting('2022-06-16'), aMeeting('2022-07-21'), metOps('2022-06-14'), metOps('2022-07-12'), connors('2022-05-26'), prob('2022-09-08')];

describe('meeting-tied timings, when the calendar knows the meeting', () => {
  it.each<[string, string]>([
    ['by the next meeting', '2022-06-09'],
    ['For discussion at the June DMPC-AC Met Operations meeting.', '2022-06-07'],
    ['July Board', '2022-07-14'],
    ['the June board', '2022-06-09'],
    ['next DMPC-AC meeting', '2022-06-07'],
    ['For discussion at next DMPC-Cmdr Jane Connors meeting', '2022-05-19'],
    ['Report to the next board meeting', '2022-06-09'],
    ['To the September Performance and Risk Oversight Board', '2022-09-01'],
    ['July DMPC-AC Met Operations meeting', '2022-07-05'],
    ['Next PROB meeting', '2022-09-01'],
  ])('when %j, then that meeting less the 7-day paper deadline: %s, inferred, flagged meeting', (timing, due) => {
    const found = read(timing);
    expect(found.reading).toEqual({ due, resolution: 'inferred', flags: ['meeting'], milestones: [], superseded: [] });
    expect(found.unknownMeeting).toBeNull();
    expect(found.meeting?.date).toBeDefined();
  });

  it('when the paper deadline is another number of days, then the due date follows it', () => {
    expect(read('by the next meeting', CALENDAR, 14).reading.due).toBe('2022-06-02');
    expect(read('July Board', CALENDAR, 0).reading.due).toBe('2022-07-21');
  });

  it('when the next meeting is cancelled, then "the next meeting" is the one after it', () => {
    expect(read('by the next meeting', [aMeeting('2022-06-16', { cancelled: true }), aMeeting('2022-07-21')]).reading.due).toBe('2022-07-14');
  });

  it('when the timing also gives a written date, then the written date wins (exact)', () => {
    expect(read('By 13 May 2022, or the next meeting').reading).toMatchObject({ due: '2022-05-13', resolution: 'exact' });
    expect(read('By 13 May 2022, or the next meeting').meeting).toBeNull();
  });
});

describe('meeting-tied timings, when the calendar does not know the meeting', () => {
  it.each<[string, string | null, string]>([
    ['For discussion at the June DMPC-AC Met Operations meeting.', '2022-06-01', 'DMPC-AC Met Operations'],
    ['July Board', '2022-07-01', ''],
    ['by the next meeting', null, ''],
    ['next DMPC-AC meeting', null, 'DMPC-AC'],
    ['For discussion at next DMPC-Cmdr Jane Connors meeting', null, 'DMPC-Cmdr Jane Connors'],
    ['the August Finance Committee', '2022-08-01', 'Finance'],
  ])('when %j, then today\'s rules give %s and the meeting to add is named (board %j)', (timing, due, board) => {
    const found = read(timing, []);
    expect(found.reading.due).toBe(due);
    expect(found.reading.flags).not.toContain('meeting');
    expect(found.meeting).toBeNull();
    expect(found.unknownMeeting?.board).toBe(board);
  });

  it('when only another board meets that month, then the action\'s own "June board" is still unknown', () => {
    const found = read('the June board', [metOps('2022-06-14')]);
    expect(found.reading).toMatchObject({ due: '2022-06-01', flags: [] });
    expect(found.unknownMeeting).toMatchObject({ board: '', when: { next: false, month: '2022-06' } });
  });

  it('when the meeting of that month is cancelled, then it is not known and today\'s rules apply', () => {
    expect(read('July Board', [aMeeting('2022-07-21', { cancelled: true })]).reading.due).toBe('2022-07-01');
  });

  it('when the timing names no meeting, then nothing is asked of the calendar', () => {
    for (const timing of ['By 13 May', 'Ongoing', 'End April', 'next month', 'in June']) {
      expect(read(timing).unknownMeeting).toBeNull();
      expect(read(timing).meeting).toBeNull();
      expect(findMeetingReference(timing, '2022-04-21')).toBeNull();
    }
  });
});
