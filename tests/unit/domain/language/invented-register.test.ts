import { understand } from '../../../../src/domain/language';
import { fireBoardContext } from '../../../support/language/contexts';

/**
 * The same kinds of message as issue #16's, in other words, against an invented register (a fire
 * board, its leads, an alias and its own references, as of Wednesday 4 October 2023).
 */
const c = fireBoardContext();
const read = (text: string) => understand(text, c);
const HELD = ['2023-09-12', '2023-06-27', '2023-02-14'];
const candidates = (text: string) => read(text).entities.actions.map((a) => a.meetings.map((m) => m.meetingDate));

describe('an invented register: replies', () => {
  it('when "finished - the hydrant survey went in yesterday" arrives, then it is a complete update naming no action, about the hydrant survey', () => {
    expect(read('finished - the hydrant survey went in yesterday')).toMatchObject({
      intent: 'status-update', entities: { actions: [], status: 'complete', subjectWords: 'hydrant survey' },
    });
  });

  it('when "re 6: red, Housing still haven\'t signed the lease" arrives, then it is a red update for action 6, not a reopen', () => {
    const u = read("re 6: red, Housing still haven't signed the lease");
    expect(u.intent).toBe('status-update');
    expect(u.entities).toMatchObject({ status: 'red', actions: [expect.objectContaining({ number: 6 })] });
  });

  it('when "4 done: evacuation plans handed to Housing" arrives, then action 4 is complete and the December meeting (to come) is no candidate', () => {
    expect(read('4 done: evacuation plans handed to Housing').entities.status).toBe('complete');
    expect(candidates('4 done: evacuation plans handed to Housing')).toEqual([HELD]);
  });

  it.each([
    ['action 3 from the June meeting is closed', 3, ['2023-06-27'], 'complete'],
    ['February #5 on track', 5, ['2023-02-14'], 'on_track'],
    ['Sep 1 is on track', 1, ['2023-09-12'], 'on_track'],
    ["last meeting's 4 is stuck", 4, ['2023-09-12'], 'red'],
    ['FB 12-Sep-2023 #2 amber', 2, ['2023-09-12'], 'amber'],
    ['FB #6 done', 6, HELD, 'complete'],
    ['June FB #3 done', 3, ['2023-06-27'], 'complete'],
    ["the June FB meeting's action 3 is done", 3, ['2023-06-27'], 'complete'],
    ["the last FB meeting's 2 is red", 2, ['2023-09-12'], 'red'],
    ['5 - in hand', 5, HELD, 'on_track'],
  ])('when "%s" arrives, then action %i has the candidate meetings %j and status %s', (text, number, meetings, status) => {
    const u = read(text);
    expect(u.intent).toBe('status-update');
    expect(u.entities.status).toBe(status);
    expect(u.entities.actions.map((a) => a.number)).toEqual([number]);
    expect(candidates(text)).toEqual([meetings]);
  });

  it('when a reference carries a board code the register does not know, then its day is not read as an action number', () => {
    expect(read('OB 21 April 2022 #5 done').entities.actions.map((a) => a.number)).toEqual([5]);
  });

  it('when "Dec 2 complete" arrives before the December meeting has sat, then action 2 has no candidate meeting (never the one to come)', () => {
    expect(read('Dec 2 complete').entities.actions).toEqual([expect.objectContaining({ number: 2, meetings: [] })]);
  });

  it('when a full reference names the December meeting, then that meeting is its candidate even though it is to come', () => {
    expect(candidates('FB 05-Dec-2023 #2 done')).toEqual([['2023-12-05']]);
  });

  it.each([
    ['action 9: deferred until end of January', '2024-01-31'],
    ['FB/23/07 slipping to mid-November', '2023-11-15'],
    ['#4 pushed back to 15 December because of staffing', '2023-12-15'],
  ])('when "%s" arrives, then it is amber with the revised due date %s', (text, due) => {
    expect(read(text).entities).toMatchObject({ status: 'amber', revisedDue: due });
  });

  it('when "3.2a complete" arrives, then it names the board\'s own reference 3.2a', () => {
    expect(read('3.2a complete').entities.actions).toEqual([{ text: '3.2a', reference: '3.2a', meetings: [] }]);
  });

  it.each([
    ['#2 circulated the draft to Patel today', [2]],
    ['the sprinkler retrofit plan went to Housing on Friday', []],
  ])('when "%s" arrives, then it only implies an outcome (actions %j)', (text, numbers) => {
    const u = read(text);
    expect(u.intent).toBe('implied-outcome');
    expect(u.entities.status).toBeUndefined();
    expect(u.entities.actions.map((a) => a.number)).toEqual(numbers);
  });

  it('when "undo please, I meant the February action 1" arrives, then it is an undo naming action 1 of February', () => {
    const u = read('undo please, I meant the February action 1');
    expect(u.intent).toBe('undo');
    expect(candidates('undo please, I meant the February action 1')).toEqual([['2023-02-14']]);
  });

  it('when "reopen 7" arrives, then it reopens action 7', () => {
    expect(read('reopen 7')).toMatchObject({ intent: 'reopen', entities: { actions: [expect.objectContaining({ number: 7 })] } });
  });

  it('when "the first one" answers a "which action?", then it is choice 1', () => {
    expect(read('the first one').entities.choice).toBe(1);
  });
});

describe('an invented register: questions', () => {
  it.each([
    ['everything from the June board', 'question:meeting'],
    ['what has changed since Monday?', 'question:changed-since'],
    ["who hasn't got back to us", 'question:awaiting-update'],
    ['whats overdeu for the Brigade', 'question:overdue'],
    ["which leads can't be contacted", 'question:unreachable-leads'],
    ['chase the Brigade on action 11', 'chase'],
    ['what did LFB say about action 2', 'question:history'],
    ['where are we with the tower block sprinkler review?', 'question:search'],
    ['is anything stuck', 'question:status'],
    ["what's Patel got overdue", 'question:overdue'],
  ])('when "%s" is asked, then it is %s', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });

  it('when "whats overdeu for the Brigade" is asked, then the alias gives the lead LFB', () => {
    expect(read('whats overdeu for the Brigade').entities.lead).toBe('LFB');
  });

  it('when "what\'s Patel got overdue" is asked, then the alias "Patel" gives the lead Borough Commander Patel', () => {
    expect(read("what's Patel got overdue").entities.lead).toBe('Borough Commander Patel');
  });

  it('when "is anything stuck" is asked, then it asks for red actions', () => {
    expect(read('is anything stuck').entities.statuses).toEqual(['red']);
  });

  it('when "what has changed since Monday?" is asked on a Wednesday, then it counts from that Monday', () => {
    expect(read('what has changed since Monday?').entities.since).toBe('2023-10-02');
  });

  it('when "everything from the June board" is asked, then the June meeting is named and no due date read', () => {
    const u = read('everything from the June board');
    expect(u.entities.meeting?.meetings).toEqual([{ boardCode: 'FB', meetingDate: '2023-06-27' }]);
    expect(u.entities.dueRange).toBeUndefined();
  });

  it('when "where are we with the tower block sprinkler review?" is asked, then the subject is the whole review name', () => {
    expect(read('where are we with the tower block sprinkler review?').entities.subjectWords).toBe('tower block sprinkler review');
  });
});
