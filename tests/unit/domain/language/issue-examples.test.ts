import { understand } from '../../../../src/domain/language';
import { boardContext } from '../../../support/language/contexts';

/** Every example of issue #16, as the lead or officer typed it, against the register of the issue. */
const c = boardContext();
const read = (text: string) => understand(text, c);
const numbers = (text: string) => read(text).entities.actions.map((a) => a.number);
const firstMeetings = (text: string) => read(text).entities.actions.map((a) => a.meetings.map((m) => m.meetingDate));
const HELD = ['2022-04-21', '2022-01-20', '2021-11-18'];

describe('issue #16: replies are never read as questions', () => {
  it('when "done - sent the data on Tuesday" arrives, then it is a complete update naming no action (Chaser asks which)', () => {
    const u = read('done - sent the data on Tuesday');
    expect(u.intent).toBe('status-update');
    expect(u.entities).toMatchObject({ actions: [], status: 'complete' });
    expect(u.entities.revisedDue).toBeUndefined();
  });

  it('when "update on 11: red, still waiting on Met Ops to sign off" arrives, then it is a red update for action 11', () => {
    const u = read('update on 11: red, still waiting on Met Ops to sign off');
    expect(u.intent).toBe('status-update');
    expect(u.entities).toMatchObject({ status: 'red' });
    expect(numbers('update on 11: red, still waiting on Met Ops to sign off')).toEqual([11]);
  });
});

describe('issue #16: naming the action every way people do', () => {
  it('when "3 complete: PIOSS data sent to MOPAC" arrives, then action 3 is complete and the June meeting (after today) is no candidate', () => {
    const u = read('3 complete: PIOSS data sent to MOPAC');
    expect(u.intent).toBe('status-update');
    expect(u.entities.status).toBe('complete');
    expect(firstMeetings('3 complete: PIOSS data sent to MOPAC')).toEqual([HELD]);
  });

  it('when "action 8 from the January meeting is complete" arrives, then it names action 8 of the January meeting', () => {
    const u = read('action 8 from the January meeting is complete');
    expect(u.intent).toBe('status-update');
    expect(u.entities.actions).toEqual([expect.objectContaining({ number: 8, meetings: [{ boardCode: 'OB', meetingDate: '2022-01-20' }] })]);
  });

  it.each([
    ['January #2 on track', 2, '2022-01-20', 'on_track'],
    ['Nov 2 is on track', 2, '2021-11-18', 'on_track'],
    ['April action 3 complete', 3, '2022-04-21', 'complete'],
    ["last meeting's 5 is amber", 5, '2022-04-21', 'amber'],
    ['from November: 4 is blocked', 4, '2021-11-18', 'red'],
  ])('when "%s" arrives, then it names action %i of the meeting of %s, status %s', (text, number, meeting, status) => {
    const u = read(text);
    expect(u.intent).toBe('status-update');
    expect(u.entities.status).toBe(status);
    expect(u.entities.actions).toEqual([expect.objectContaining({ number, meetings: [{ boardCode: 'OB', meetingDate: meeting }] })]);
  });

  it('when "42/20 complete" arrives, then it names the board reference 42/20', () => {
    expect(read('42/20 complete').entities.actions).toEqual([{ text: '42/20', reference: '42/20', meetings: [] }]);
  });

  it('when "the ethnicity plan went to MOPAC today" arrives, then it implies an outcome about the subject "ethnicity plan"', () => {
    const u = read('the ethnicity plan went to MOPAC today');
    expect(u.intent).toBe('implied-outcome');
    expect(u.entities).toMatchObject({ actions: [], subjectWords: 'ethnicity plan', lead: 'MOPAC' });
  });

  it('when "handcuffing data is complete" arrives, then the subject "handcuffing data" is what names the action', () => {
    expect(read('handcuffing data is complete').entities).toMatchObject({ status: 'complete', subjectWords: 'handcuffing data' });
  });
});

describe('issue #16: reading the update', () => {
  it('when "action 7: delayed until end of June" arrives, then it is amber with a revised due date of 30 June', () => {
    const u = read('action 7: delayed until end of June');
    expect(u.entities).toMatchObject({ status: 'amber', revisedDue: '2022-06-30' });
    expect(numbers('action 7: delayed until end of June')).toEqual([7]);
  });

  it('when "January #2 slipping to end of March" arrives, then it is action 2 of January, amber, revised to the end of March to come', () => {
    const u = read('January #2 slipping to end of March');
    expect(u.intent).toBe('status-update');
    expect(u.entities).toMatchObject({ status: 'amber', statusWord: 'slipping', revisedDue: '2023-03-31' });
    expect(firstMeetings('January #2 slipping to end of March')).toEqual([['2022-01-20']]);
  });

  it('when "#8 sent the report to MOPAC this morning" arrives, then it only implies an outcome for action 8 (not a status)', () => {
    const u = read('#8 sent the report to MOPAC this morning');
    expect(u.intent).toBe('implied-outcome');
    expect(u.entities.status).toBeUndefined();
    expect(u.entities.impliedWords).toBe('sent');
    expect(numbers('#8 sent the report to MOPAC this morning')).toEqual([8]);
  });

  it.each([
    ['sent the draft', 'implied-outcome'],
    ['delivered the report', 'implied-outcome'],
  ])('when "%s" arrives, then it is %s', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });

  it.each([
    ['done', 'complete'], ['complete', 'complete'], ['finished', 'complete'], ['closed', 'complete'],
    ['slipping', 'amber'], ['delayed', 'amber'], ['at risk', 'amber'], ['behind', 'amber'],
    ['stuck', 'red'], ['blocked', 'red'], ['off track', 'red'],
    ['on track', 'on_track'], ['progressing', 'on_track'], ['under way', 'on_track'],
  ])('when "action 4 %s" arrives, then it is a %s update for action 4', (word, status) => {
    const u = read(`action 4 ${word}`);
    expect(u.intent).toBe('status-update');
    expect(u.entities.status).toBe(status);
  });
});

describe('issue #16: undo and reopen', () => {
  it('when "undo that, I meant the April action 3" arrives, then it is an undo naming action 3 of April', () => {
    const u = read('undo that, I meant the April action 3');
    expect(u.intent).toBe('undo');
    expect(u.entities.actions).toEqual([expect.objectContaining({ number: 3, meetings: [{ boardCode: 'OB', meetingDate: '2022-04-21' }] })]);
  });

  it.each(['undo', 'that was wrong'])('when "%s" arrives, then it is an undo', (text) => {
    expect(read(text).intent).toBe('undo');
  });

  it('when "reopen 3" arrives, then it reopens action 3', () => {
    expect(read('reopen 3').intent).toBe('reopen');
    expect(numbers('reopen 3')).toEqual([3]);
  });

  it('when "the second one" answers a "which action?", then it is choice 2', () => {
    expect(read('the second one')).toMatchObject({ intent: 'choice', entities: { choice: 2, actions: [] } });
  });
});

describe('issue #16: questions', () => {
  it('when "show me everything from the April meeting" is asked, then it asks for the April meeting, with no due dates read into it', () => {
    const u = read('show me everything from the April meeting');
    expect(u.intent).toBe('question:meeting');
    expect(u.entities.meeting?.meetings).toEqual([{ boardCode: 'OB', meetingDate: '2022-04-21' }]);
    expect(u.entities.dueRange).toBeUndefined();
  });

  it('when "what has changed since last week?" is asked, then it asks for changes since a week ago (no due dates)', () => {
    const u = read('what has changed since last week?');
    expect(u.intent).toBe('question:changed-since');
    expect(u.entities.since).toBe('2022-05-02');
    expect(u.entities.dueRange).toBeUndefined();
  });

  it.each([
    ["who hasn't replied", 'question:awaiting-update'],
    ['whats overdu', 'question:overdue'],
    ["which leads can't be reached?", 'question:unreachable-leads'],
    ['what did MPS say about action 3', 'question:history'],
    ['chase MPS on action 19', 'chase'],
  ])('when "%s" is asked, then it is %s', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });

  it('when "chase MPS on action 19" arrives, then it names MPS and action 19', () => {
    expect(read('chase MPS on action 19').entities).toMatchObject({ lead: 'MPS', actions: [expect.objectContaining({ number: 19 })] });
  });

  it('when "what did MPS say about action 3" is asked, then it names MPS and action 3', () => {
    expect(read('what did MPS say about action 3').entities).toMatchObject({ lead: 'MPS', actions: [expect.objectContaining({ number: 3 })] });
  });

  it('when "what\'s happening with the Child Q response?" is asked, then it searches for "Child Q response"', () => {
    expect(read("what's happening with the Child Q response?")).toMatchObject({ intent: 'question:search', entities: { subjectWords: 'Child Q response' } });
  });

  it.each([
    ['what is due by 31 May', { dueTo: '2022-05-31' }],
    ['due before 30 June', { dueTo: '2022-06-29' }],
    ['what is due between 1 and 15 June', { dueFrom: '2022-06-01', dueTo: '2022-06-15' }],
    ["what's due in July", { dueFrom: '2022-07-01', dueTo: '2022-07-31' }],
    ["what's due in the next fortnight", { dueFrom: '2022-05-09', dueTo: '2022-05-23' }],
  ])('when "%s" is asked, then it asks what is due in %j', (text, range) => {
    const u = read(text);
    expect(u.intent).toBe('question:due');
    expect(u.entities.dueRange).toEqual(range);
  });

  it('when "what\'s overdue for the Met" is asked, then the alias gives the lead MPS', () => {
    expect(read("what's overdue for the Met")).toMatchObject({ intent: 'question:overdue', entities: { lead: 'MPS' } });
  });
});
