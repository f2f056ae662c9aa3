import type { Action, LatestUpdate, Status } from '../../../src/domain/action';
import { englandAndWalesCalendar } from '../../../src/domain/business-days';
import {
  DEFAULT_REMINDER_POLICY,
  ReminderStage,
  StageKind,
  escalationsFor,
  isSendWindowOpen,
  reminderFor,
  stageHeadline,
} from '../../../src/domain/reminders';

const calendar = englandAndWalesCalendar();
type Expected = { kind: StageKind; key: string; scheduledFor: string; headline: string } | null;

function remind(due: string | null, today: string, status: Status = 'on_track'): Expected {
  const stage = reminderFor({ due, status }, today, calendar);
  if (!stage || due === null) return null;
  return { kind: stage.kind, key: stage.key, scheduledFor: stage.scheduledFor, headline: stageHeadline(stage, due) };
}

const stage = (kind: StageKind, key: string, scheduledFor: string, headline: string): Expected => ({ kind, key, scheduledFor, headline });

describe('reminderFor and stageHeadline', () => {
  it.each<[string, string, string, Expected]>([
    // A Friday due date, every stage and the days between.
    ['a Friday due date a day before coming-up', '2022-05-13', '2022-05-05', null],
    ['a Friday due date 5 business days ahead', '2022-05-13', '2022-05-06', stage('coming-up', '2022-05-13:coming-up', '2022-05-06', 'coming up: due in 5 business days (Fri 13 May)')],
    ['a Friday due date and the coming-up sweep was missed', '2022-05-13', '2022-05-09', stage('coming-up', '2022-05-13:coming-up', '2022-05-06', 'coming up: due in 4 business days (Fri 13 May)')],
    ['a Friday due date on the day before', '2022-05-13', '2022-05-12', stage('due-tomorrow', '2022-05-13:due-tomorrow', '2022-05-12', 'due tomorrow (Fri 13 May)')],
    ['a Friday due date on the day', '2022-05-13', '2022-05-13', stage('due-today', '2022-05-13:due-today', '2022-05-13', 'due today')],
    ['a Friday due date on the Saturday after', '2022-05-13', '2022-05-14', null],
    ['a Friday due date on the Monday after', '2022-05-13', '2022-05-16', stage('due-today', '2022-05-13:due-today', '2022-05-13', 'overdue by 1 business day')],
    ['a Friday due date 4 business days after', '2022-05-13', '2022-05-19', stage('due-today', '2022-05-13:due-today', '2022-05-13', 'overdue by 4 business days')],
    ['a Friday due date 5 business days after', '2022-05-13', '2022-05-20', stage('overdue', '2022-05-13:overdue-5', '2022-05-20', 'overdue by 5 business days')],
    ['a Friday due date 10 business days after', '2022-05-13', '2022-05-27', stage('overdue', '2022-05-13:overdue-10', '2022-05-27', 'overdue by 10 business days')],
    ['a Friday due date 14 business days after (Jubilee holidays 2-3 Jun)', '2022-05-13', '2022-06-06', stage('overdue', '2022-05-13:overdue-10', '2022-05-27', 'overdue by 14 business days')],
    ['a Friday due date 15 business days after', '2022-05-13', '2022-06-07', stage('overdue', '2022-05-13:overdue-15', '2022-06-07', 'overdue by 15 business days')],
    // A Monday due date: coming-up and due-tomorrow cross the weekend.
    ['a Monday due date on the Friday a week before', '2022-05-16', '2022-05-06', null],
    ['a Monday due date 5 business days ahead', '2022-05-16', '2022-05-09', stage('coming-up', '2022-05-16:coming-up', '2022-05-09', 'coming up: due in 5 business days (Mon 16 May)')],
    ['a Monday due date on the Friday before', '2022-05-16', '2022-05-13', stage('due-tomorrow', '2022-05-16:due-tomorrow', '2022-05-13', 'due in 1 business day (Mon 16 May)')],
    ['a Monday due date on the day', '2022-05-16', '2022-05-16', stage('due-today', '2022-05-16:due-today', '2022-05-16', 'due today')],
    ['a Monday due date 5 business days after', '2022-05-16', '2022-05-23', stage('overdue', '2022-05-16:overdue-5', '2022-05-23', 'overdue by 5 business days')],
    // Easter 2022: Good Friday 15 Apr and Easter Monday 18 Apr.
    ['due the Tuesday after Easter, 5 business days ahead', '2022-04-19', '2022-04-08', stage('coming-up', '2022-04-19:coming-up', '2022-04-08', 'coming up: due in 5 business days (Tue 19 Apr)')],
    ['due the Tuesday after Easter, on Maundy Thursday', '2022-04-19', '2022-04-14', stage('due-tomorrow', '2022-04-19:due-tomorrow', '2022-04-14', 'due in 1 business day (Tue 19 Apr)')],
    ['due the Tuesday after Easter, on Good Friday', '2022-04-19', '2022-04-15', null],
    ['due the Tuesday after Easter, on Easter Monday', '2022-04-19', '2022-04-18', null],
    ['due the Tuesday after Easter, on the day', '2022-04-19', '2022-04-19', stage('due-today', '2022-04-19:due-today', '2022-04-19', 'due today')],
    ['due Maundy Thursday, on the Tuesday after Easter', '2022-04-14', '2022-04-19', stage('due-today', '2022-04-14:due-today', '2022-04-14', 'overdue by 1 business day')],
    ['due Maundy Thursday, 5 business days after', '2022-04-14', '2022-04-25', stage('overdue', '2022-04-14:overdue-5', '2022-04-25', 'overdue by 5 business days')],
    ['due Good Friday, 5 business days before the last business day', '2022-04-15', '2022-04-07', stage('coming-up', '2022-04-15:coming-up', '2022-04-07', 'coming up: due in 5 business days (Fri 15 Apr)')],
    ['due Good Friday, on the Wednesday before', '2022-04-15', '2022-04-13', stage('due-tomorrow', '2022-04-15:due-tomorrow', '2022-04-13', 'due in 1 business day (Fri 15 Apr)')],
    ['due Good Friday, on Maundy Thursday', '2022-04-15', '2022-04-14', stage('due-today', '2022-04-15:due-today', '2022-04-14', 'due Fri 15 Apr: today is the last business day before it')],
    ['due Easter Monday, on Maundy Thursday', '2022-04-18', '2022-04-14', stage('due-today', '2022-04-18:due-today', '2022-04-14', 'due Mon 18 Apr: today is the last business day before it')],
    ['due Easter Monday, on the Tuesday after', '2022-04-18', '2022-04-19', stage('due-today', '2022-04-18:due-today', '2022-04-14', 'overdue by 1 business day')],
    // Christmas 2022: Boxing Day 26 Dec and the substitute Christmas Day 27 Dec; New Year substitute 2 Jan 2023.
    ['due Wed 28 Dec, 5 business days ahead', '2022-12-28', '2022-12-19', stage('coming-up', '2022-12-28:coming-up', '2022-12-19', 'coming up: due in 5 business days (Wed 28 Dec)')],
    ['due Wed 28 Dec, on Fri 23 Dec', '2022-12-28', '2022-12-23', stage('due-tomorrow', '2022-12-28:due-tomorrow', '2022-12-23', 'due in 1 business day (Wed 28 Dec)')],
    ['due Wed 28 Dec, on the substitute Christmas holiday', '2022-12-28', '2022-12-27', null],
    ['due the substitute Christmas holiday, on Fri 23 Dec', '2022-12-27', '2022-12-23', stage('due-today', '2022-12-27:due-today', '2022-12-23', 'due Tue 27 Dec: today is the last business day before it')],
    ['due the substitute Christmas holiday, on Wed 28 Dec', '2022-12-27', '2022-12-28', stage('due-today', '2022-12-27:due-today', '2022-12-23', 'overdue by 1 business day')],
    ['due Fri 23 Dec, on Tue 3 Jan', '2022-12-23', '2023-01-03', stage('due-today', '2022-12-23:due-today', '2022-12-23', 'overdue by 4 business days')],
    ['due Fri 23 Dec, on Wed 4 Jan', '2022-12-23', '2023-01-04', stage('overdue', '2022-12-23:overdue-5', '2023-01-04', 'overdue by 5 business days')],
    // "End April" 2022 is Saturday 30 April: the last business day before it is Friday 29 April.
    ['due Sat 30 Apr, on Thu 21 Apr', '2022-04-30', '2022-04-21', null],
    ['due Sat 30 Apr, on Fri 22 Apr', '2022-04-30', '2022-04-22', stage('coming-up', '2022-04-30:coming-up', '2022-04-22', 'coming up: due in 5 business days (Sat 30 Apr)')],
    ['due Sat 30 Apr, on Thu 28 Apr', '2022-04-30', '2022-04-28', stage('due-tomorrow', '2022-04-30:due-tomorrow', '2022-04-28', 'due in 1 business day (Sat 30 Apr)')],
    ['due Sat 30 Apr, on Fri 29 Apr', '2022-04-30', '2022-04-29', stage('due-today', '2022-04-30:due-today', '2022-04-29', 'due Sat 30 Apr: today is the last business day before it')],
    ['due Sat 30 Apr, on the day', '2022-04-30', '2022-04-30', null],
    ['due Sat 30 Apr, on the Early May bank holiday', '2022-04-30', '2022-05-02', null],
    ['due Sat 30 Apr, on Tue 3 May', '2022-04-30', '2022-05-03', stage('due-today', '2022-04-30:due-today', '2022-04-29', 'overdue by 1 business day')],
    ['due Sat 30 Apr, on Mon 9 May', '2022-04-30', '2022-05-09', stage('overdue', '2022-04-30:overdue-5', '2022-05-09', 'overdue by 5 business days')],
    // Imported long overdue: one reminder at the highest stage reached, not a flood.
    ['due 13 Apr, first seen on 11 May', '2022-04-13', '2022-05-11', stage('overdue', '2022-04-13:overdue-15', '2022-05-09', 'overdue by 17 business days')],
    // A revised due date starts its stages afresh.
    ['the due date was 13 May, on 20 May', '2022-05-13', '2022-05-20', stage('overdue', '2022-05-13:overdue-5', '2022-05-20', 'overdue by 5 business days')],
    ['the due date was revised to 27 May, on 20 May', '2022-05-27', '2022-05-20', stage('coming-up', '2022-05-27:coming-up', '2022-05-20', 'coming up: due in 5 business days (Fri 27 May)')],
  ])('when %s (due %s, today %s), then the reminder is %j', (_name, due, today, expected) => {
    expect(remind(due, today)).toEqual(expected);
  });

  it.each<[string, string | null, Status, string | null]>([
    ['the action is complete', '2022-05-13', 'complete', null],
    ['the action has no due date', null, 'awaiting_update', null],
    ['the action is awaiting an update', '2022-05-13', 'awaiting_update', '2022-05-13:due-today'],
    ['the action is on track', '2022-05-13', 'on_track', '2022-05-13:due-today'],
    ['the action is amber', '2022-05-13', 'amber', '2022-05-13:due-today'],
    ['the action is red', '2022-05-13', 'red', '2022-05-13:due-today'],
  ])('when %s (due %s, status %s), then the key on 13 May is %s', (_name, due, status, key) => {
    expect(reminderFor({ due, status }, '2022-05-13', calendar)?.key ?? null).toBe(key);
  });

  it.each<[string, string, string, number, number, number]>([
    ['on the coming-up day', '2022-05-13', '2022-05-06', 5, 0, 0],
    ['on the due day', '2022-05-13', '2022-05-13', 0, 0, 0],
    ['on the Monday after a Friday due date', '2022-05-13', '2022-05-16', 0, 1, 3],
    ['on the day before a Saturday due date', '2022-04-30', '2022-04-29', 0, 0, 0],
  ])('when %s (due %s, today %s), then the facts are until %i, overdue %i business and %i calendar days', (_n, due, today, until, overdue, calendarDays) => {
    const found = reminderFor({ due, status: 'amber' }, today, calendar);
    expect(found && [found.businessDaysUntilDue, found.businessDaysOverdue, found.calendarDaysOverdue]).toEqual([until, overdue, calendarDays]);
  });

  it.each<[string, Partial<typeof DEFAULT_REMINDER_POLICY>, string, string | null]>([
    ['coming-up is 3 business days, on Tue 10 May', { comingUpBusinessDays: 3 }, '2022-05-10', '2022-05-13:coming-up'],
    ['coming-up is 3 business days, on Mon 9 May', { comingUpBusinessDays: 3 }, '2022-05-09', null],
    ['coming-up is 1 business day (left out), on Fri 6 May', { comingUpBusinessDays: 1 }, '2022-05-06', null],
    ['overdue reminders every 3 business days, on Wed 18 May', { overdueEveryBusinessDays: 3 }, '2022-05-18', '2022-05-13:overdue-3'],
  ])('when %s (%j, today %s), then the key is %s', (_name, change, today, key) => {
    const policy = { ...DEFAULT_REMINDER_POLICY, ...change };
    expect(reminderFor({ due: '2022-05-13', status: 'on_track' }, today, calendar, policy)?.key ?? null).toBe(key);
  });

  it('when the overdue step is 0, then the policy is refused', () => {
    const policy = { ...DEFAULT_REMINDER_POLICY, overdueEveryBusinessDays: 0 };
    expect(() => reminderFor({ due: '2022-05-13', status: 'on_track' }, '2022-05-20', calendar, policy)).toThrow(RangeError);
  });

  it('when a stage is worded on the weekend after its due date, then it says overdue since the date', () => {
    const weekend: ReminderStage = { kind: 'due-today', key: '2022-05-13:due-today', scheduledFor: '2022-05-13', businessDaysUntilDue: 0, businessDaysOverdue: 0, calendarDaysOverdue: 1 };
    expect(stageHeadline(weekend, '2022-05-13')).toBe('overdue since Fri 13 May');
  });
});

describe('escalationsFor', () => {
  const redUpdate: LatestUpdate = { status: 'red', text: 'blocked on data', by: 'u1', byName: 'A Lead', at: '2022-05-10T10:15:00.000Z', revisedDue: null };
  type Subject = Pick<Action, 'due' | 'status' | 'latest'>;
  const overdue = (status: Status = 'amber'): Subject => ({ due: '2022-05-13', status, latest: null });

  it.each<[string, Subject, string, Array<[string, string, number]>]>([
    ['overdue by 9 business days', overdue(), '2022-05-26', []],
    ['overdue by 10 business days', overdue(), '2022-05-27', [['2022-05-13:escalate-overdue-10', 'overdue', 10]]],
    ['overdue by 14 business days', overdue(), '2022-06-06', [['2022-05-13:escalate-overdue-10', 'overdue', 14]]],
    ['overdue by 15 business days', overdue(), '2022-06-07', [['2022-05-13:escalate-overdue-15', 'overdue', 15]]],
    ['overdue by 10 business days but today is Saturday', overdue(), '2022-05-28', []],
    ['overdue by 10 business days but complete', overdue('complete'), '2022-05-27', []],
    ['red with an update and not yet due', { due: '2022-05-13', status: 'red', latest: redUpdate }, '2022-05-11', [['red:2022-05-10T10:15:00.000Z', 'red', 0]]],
    ['red from the register with no update yet', { due: '2022-05-13', status: 'red', latest: null }, '2022-05-11', [['red:initial', 'red', 0]]],
    ['red with no due date', { due: null, status: 'red', latest: redUpdate }, '2022-05-11', [['red:2022-05-10T10:15:00.000Z', 'red', 0]]],
    ['red and overdue by 10 business days', { due: '2022-05-13', status: 'red', latest: redUpdate }, '2022-05-27', [['red:2022-05-10T10:15:00.000Z', 'red', 10], ['2022-05-13:escalate-overdue-10', 'overdue', 10]]],
    ['amber with no due date', { due: null, status: 'amber', latest: null }, '2022-05-27', []],
  ])('when %s, then the escalations are as expected', (_name, action, today, expected) => {
    const found = escalationsFor(action, today, calendar).map((e) => [e.key, e.reason, e.businessDaysOverdue]);
    expect(found).toEqual(expected);
  });
});

describe('isSendWindowOpen', () => {
  it.each<[string, string, boolean]>([
    ['08:59 London in summer (BST)', '2022-05-09T07:59:00Z', false],
    ['09:00 London in summer (BST)', '2022-05-09T08:00:00Z', true],
    ['08:59 London in winter (GMT)', '2022-12-05T08:59:00Z', false],
    ['09:00 London in winter (GMT)', '2022-12-05T09:00:00Z', true],
    ['a late sweep at 17:30 London', '2022-05-09T16:30:00Z', true],
    ['00:30 London on Tuesday (still Monday in UTC)', '2022-05-09T23:30:00Z', false],
    ['10:00 London on the Early May bank holiday', '2022-05-02T09:00:00Z', false],
    ['10:00 London on a Saturday', '2022-05-07T09:00:00Z', false],
  ])('when it is %s (%s), then the send window is open: %s', (_name, instant, open) => {
    expect(isSendWindowOpen(new Date(instant), calendar)).toBe(open);
  });

  it('when the send time is 10:30, then 10:29 London is closed and 10:30 is open', () => {
    const policy = { ...DEFAULT_REMINDER_POLICY, sendHour: 10, sendMinute: 30 };
    expect([isSendWindowOpen(new Date('2022-05-09T09:29:00Z'), calendar, policy), isSendWindowOpen(new Date('2022-05-09T09:30:00Z'), calendar, policy)]).toEqual([false, true]);
  });
});
