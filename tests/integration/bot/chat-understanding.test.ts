import type { RunningChaser } from '../../../src/chaser';
import { fixedClock } from '../../../src/domain/clock';
import { ALEX, Person, activityFrom, cardText, pressButton, send, startTestChaser, visibleText } from '../../support/bot-harness';
import { anAction } from '../../support/builders';
import { FakeConnector, startFakeConnector } from '../../support/fake-connector';
import { LETTER_FILE, RECORD_FILE, importSeed } from '../../support/import-seed';

/**
 * Issue #16's safety first, through HTTP: replies in people's own words are recorded only on the action
 * they meant; when more than one could be meant Chaser asks (and records nothing until answered), across
 * turns and a restart; undo and reopen add history; questions in new words are answered.
 * The register: the April 2022 letter (19 actions), the August 2023 record (not yet held on the clock),
 * and a January 2022 meeting of our own with actions 1–8 — so "3" fits two held meetings.
 */
const MONDAY_9AM = '2022-05-09T08:00:00Z';
const COMMANDER: Person = { id: 'user-cmdr', aadObjectId: 'aad-cmdr', name: 'Commander Lead' };
const DEPUTY: Person = { id: 'user-dep', aadObjectId: 'aad-dep', name: 'Deputy Lead' };
const NOBODY: Person = { id: 'user-nobody', aadObjectId: 'aad-nobody', name: 'Not A Lead' };
const APRIL = { boardCode: 'OB', meetingDate: '2022-04-21' };
const JANUARY = { boardCode: 'OB', meetingDate: '2022-01-20' };

describe('understanding leads and officers in their own words', () => {
  let connector: FakeConnector;
  let chaser: RunningChaser;
  const say = async (person: Person, text: string, overrides: Record<string, unknown> = {}) => (await send(chaser, activityFrom(person, { text, serviceUrl: connector.url, ...overrides }))).replies;
  const statusOf = async (id: { boardCode: string; meetingDate: string; number: number }) => (await chaser.store.actions.get(id))!.action;
  const buttonsOf = (reply: Record<string, unknown>) => JSON.stringify(reply.attachments ?? []).match(/"verb":"reply\.choose","data":\{"pending":"([^"]+)","action":"([^"]+)"\}/g) ?? [];
  const choose = async (person: Person, reply: Record<string, unknown>, actionKey: string) => {
    const pending = /"pending":"([^"]+)"/.exec(JSON.stringify(reply.attachments))![1]!;
    return pressButton(chaser, person, 'reply.choose', { pending, action: actionKey }, { serviceUrl: connector.url });
  };

  beforeAll(async () => {
    connector = await startFakeConnector();
    chaser = await startTestChaser({ clock: fixedClock(MONDAY_9AM), env: { CHASER_ADMINS: ALEX.aadObjectId } });
    await importSeed(chaser.store, LETTER_FILE);
    await importSeed(chaser.store, RECORD_FILE);
    await chaser.store.actions.createMany(Array.from({ length: 8 }, (_, i) => ({
      action: anAction({ ...JANUARY, number: i + 1, text: `January action ${i + 1}: MPS to report on the ethnicity plan part ${i + 1}.`, timing: 'By 30 June', due: '2022-06-30' }), history: [],
    })));
    await chaser.store.leads.save({ lead: 'MPS', users: [{ id: COMMANDER.aadObjectId, name: COMMANDER.name }, { id: DEPUTY.aadObjectId, name: DEPUTY.name }], delegates: [], updatedAt: MONDAY_9AM });
  });
  afterAll(async () => {
    await chaser.stop();
    await connector.stop();
  });

  it('when "3 complete" fits two held meetings, then nothing is recorded and Chaser asks which, never the future meeting', async () => {
    const [reply] = await say(COMMANDER, '3 complete: PIOSS data sent to MOPAC');
    expect(visibleText(reply!)).toMatch(/I did not record this yet/);
    const buttons = buttonsOf(reply!).join('\n');
    expect(buttons).toContain('OB_2022-04-21_003');
    expect(buttons).toContain('OB_2022-01-20_003');
    expect(buttons).not.toContain('OB_2023-08-31');
    expect((await statusOf({ ...APRIL, number: 3 })).status).toBe('awaiting_update');
    expect((await statusOf({ ...JANUARY, number: 3 })).status).toBe('awaiting_update');

    const pressed = await choose(COMMANDER, reply!, 'OB_2022-04-21_003');
    expect(cardText(pressed.body.value)).toMatch(/Recorded for OB 21-Apr-2022 #3: Complete/);
    expect((await statusOf({ ...APRIL, number: 3 })).latest?.text).toBe('PIOSS data sent to MOPAC');
    expect((await statusOf({ ...JANUARY, number: 3 })).status).toBe('awaiting_update');
  });

  it('when asked which, then "the second one" in the next message completes it; a stale button records nothing', async () => {
    const [question] = await say(COMMANDER, '4 is on track, the draft is with legal');
    expect(buttonsOf(question!)).toHaveLength(2);
    const [done] = await say(COMMANDER, 'the second one');
    expect(visibleText(done!)).toMatch(/Recorded for OB 20-Jan-2022 #4: On track \(pale green\)/);
    expect((await statusOf({ ...JANUARY, number: 4 })).status).toBe('on_track');
    const again = await choose(COMMANDER, question!, 'OB_2022-04-21_004');
    expect(String(again.body.value)).toMatch(/already been answered or has expired/);
    expect((await statusOf({ ...APRIL, number: 4 })).status).toBe('awaiting_update');
  });

  it('when the meeting is named in words, then the reply goes to that meeting\'s action', async () => {
    await say(COMMANDER, 'action 8 from the January meeting is complete');
    expect((await statusOf({ ...JANUARY, number: 8 })).status).toBe('complete');
    expect((await statusOf({ ...APRIL, number: 8 })).status).toBe('awaiting_update');
    await say(COMMANDER, 'January #2 slipping to end of March');
    expect(await statusOf({ ...JANUARY, number: 2 })).toMatchObject({ status: 'amber', due: '2023-03-31', latest: { text: 'January #2 slipping to end of March' } });
  });

  it('when words only imply an outcome, then Chaser asks to mark it complete and records only on the press', async () => {
    const [reply] = await say(COMMANDER, 'OB 21-Apr-2022 #8 sent the report to MOPAC this morning');
    expect(visibleText(reply!)).toMatch(/Mark OB 21-Apr-2022 #8 complete\?/);
    expect((await statusOf({ ...APRIL, number: 8 })).status).toBe('awaiting_update');
    await choose(COMMANDER, reply!, 'OB_2022-04-21_008');
    expect(await statusOf({ ...APRIL, number: 8 })).toMatchObject({ status: 'complete', latest: { text: 'OB 21-Apr-2022 #8 sent the report to MOPAC this morning' } });
  });

  it('when a reply names a number, a status and a reason, then it is a reply, not a question', async () => {
    const [reply] = await say(COMMANDER, 'update on OB 21-Apr-2022 #11: red, still waiting on Met Ops to sign off');
    expect(visibleText(reply!)).toMatch(/Recorded for OB 21-Apr-2022 #11: Off track/i);
    expect((await statusOf({ ...APRIL, number: 11 })).status).toBe('red');
  });

  it('when the lead says "undo", then the last update is reversed by a new history entry, and "reopen" reopens', async () => {
    await say(COMMANDER, 'OB 21-Apr-2022 #9 complete: raised with the Safeguarding Board');
    expect((await statusOf({ ...APRIL, number: 9 })).status).toBe('complete');
    const [undone] = await say(COMMANDER, 'undo that, it was the wrong one');
    expect(visibleText(undone!)).toMatch(/Undone: OB 21-Apr-2022 #9 is back to Awaiting update/i);
    expect((await statusOf({ ...APRIL, number: 9 })).status).toBe('awaiting_update');
    const history = await chaser.store.actions.history({ ...APRIL, number: 9 });
    expect(history.map((h) => h.kind).slice(0, 2)).toEqual(['edited', 'status']);
    expect(history[0]!.text).toMatch(/^Undid the update/);

    await say(COMMANDER, 'OB 21-Apr-2022 #9 complete: raised with the Safeguarding Board');
    const [reopened] = await say(COMMANDER, 'reopen OB 21-Apr-2022 #9, the board wants more');
    expect(visibleText(reopened!)).toMatch(/Recorded for OB 21-Apr-2022 #9/);
    // Reopened, awaiting an update: Chaser claims no RAG nobody gave.
    expect((await statusOf({ ...APRIL, number: 9 })).status).toBe('awaiting_update');
  });

  it('when a reply follows a reminder card for one action, then it is recorded on that action', async () => {
    await chaser.store.chatMemories.write(COMMANDER.aadObjectId, { lastCard: { keys: ['OB_2022-04-21_010'], at: MONDAY_9AM } });
    const [reply] = await say(COMMANDER, 'done - sent the data on Tuesday');
    expect(visibleText(reply!)).toMatch(/Recorded for OB 21-Apr-2022 #10: Complete/);
    expect((await statusOf({ ...APRIL, number: 10 })).latest?.text).toBe('done - sent the data on Tuesday');
  });

  it('when a reply names no action and there is no card, then nothing is recorded and the person is asked which', async () => {
    const [reply] = await say(NOBODY, 'done');
    expect(visibleText(reply!)).toMatch(/I did not record this: which action/);
    const [lead] = await say(DEPUTY, 'finished it yesterday');
    expect(visibleText(lead!)).toMatch(/I did not record this yet|which action|Record this for/);
  });

  it('when a pending question survives a restart, then the answer after it still completes it', async () => {
    const [question] = await say(DEPUTY, '5 is amber: the linking work slipped');
    expect(buttonsOf(question!)).toHaveLength(2);
    const prefix = chaser.store.tables.prefix;
    await chaser.stop();
    chaser = await startTestChaser({ clock: fixedClock(MONDAY_9AM), env: { CHASER_ADMINS: ALEX.aadObjectId, CHASER_TABLE_PREFIX: prefix } });
    await say(DEPUTY, 'the first one');
    expect((await statusOf({ ...APRIL, number: 5 })).status).toBe('amber');
  });

  it('when two people reply in one group chat, then each is asked about their own reply', async () => {
    const group = { conversation: { id: '19:group@thread.v2', conversationType: 'groupChat', tenantId: 'tenant-1' } };
    const [toCommander] = await say(COMMANDER, '6 red: no budget', group);
    const [toDeputy] = await say(DEPUTY, '7 on track', group);
    expect(buttonsOf(toCommander!)).toHaveLength(2);
    expect(buttonsOf(toDeputy!)).toHaveLength(2);
    await say(DEPUTY, 'the second one', group);
    expect((await statusOf({ ...JANUARY, number: 7 })).status).toBe('on_track');
    expect((await statusOf({ ...JANUARY, number: 6 })).status).toBe('awaiting_update');
    await choose(COMMANDER, toCommander!, 'OB_2022-01-20_006');
    expect((await statusOf({ ...JANUARY, number: 6 })).status).toBe('red');
  });

  describe('what a new user tried (issue #16\'s kinds, in other words)', () => {
    const card = (keys: number[]) => chaser.store.chatMemories.write(COMMANDER.aadObjectId, { lastCard: { keys: keys.map((n) => `OB_2022-04-21_${String(n).padStart(3, '0')}`), at: MONDAY_9AM } });
    const untouched = async (...numbers: number[]) => { for (const n of numbers) expect((await statusOf({ ...APRIL, number: n })).status).toBe('awaiting_update'); };

    it('when a count appears in a reply ("the 2 reports", "3 copies", "6 partners"), then it is not read as an action', async () => {
      await card([12, 13]);
      for (const text of ['done, sent the 2 reports over at 4pm', 'complete - 3 copies went to MOPAC', 'on track, meeting with 6 partners on Thursday']) {
        const [reply] = await say(COMMANDER, text);
        expect(visibleText(reply!)).toMatch(/I did not record this yet|which action/);
      }
      await untouched(2, 6, 12, 13); // (#3 was completed earlier in this file; the reply did not touch it either: see its history)
      expect((await chaser.store.actions.history({ ...APRIL, number: 3 })).some((h) => h.text.includes('copies'))).toBe(false);
    });

    it('when the words say it will be done, or is not done, then nothing is recorded as complete', async () => {
      for (const text of ['Update on 14: now with legal, should be done by Friday', '14 will be complete by 20 May', '14 nearly done', '14 is not complete yet, still waiting', "we haven't finished 14", "14 won't be done by the deadline"]) {
        const [reply] = await say(COMMANDER, text);
        expect({ text, answer: visibleText(reply!) }).toEqual({ text, answer: expect.stringMatching(/I did not record this/) });
      }
      await untouched(14);
    });

    it('when one message names several actions, then nothing is recorded and each is asked for on its own', async () => {
      const [reply] = await say(COMMANDER, '15 on track; 16 done - overview sent; 17 red');
      expect(visibleText(reply!)).toMatch(/names 3 actions.*one message per action/s);
      await untouched(15, 16, 17);
    });

    it('when the meeting named has not happened yet, then the reply is not moved to another meeting\'s action', async () => {
      const [reply] = await say(COMMANDER, 'from the August 2023 record, no. 2 is done: every taser incident reviewed');
      expect(visibleText(reply!)).toMatch(/I did not record this/);
      expect((await statusOf({ ...APRIL, number: 2 })).status).toBe('awaiting_update');
    });

    it('when a paging button carries a reply instead of a question, then nothing is recorded', async () => {
      const res = await pressButton(chaser, COMMANDER, 'answer.more', { question: '15 complete: via show more', page: '1' }, { serviceUrl: connector.url });
      expect(String(res.body.value)).toMatch(/ask the question again/);
      await untouched(15);
    });

    it('when Chaser is waiting on its own question, then "yes", a number or "no" answer it', async () => {
      const [confirm] = await say(COMMANDER, 'OB 21-Apr-2022 #14 the letter went to the panel this morning');
      expect(visibleText(confirm!)).toMatch(/Mark OB 21-Apr-2022 #14 complete\?/);
      const [yes] = await say(COMMANDER, 'yes');
      expect(visibleText(yes!)).toMatch(/Recorded for OB 21-Apr-2022 #14/);
      expect((await statusOf({ ...APRIL, number: 14 })).status).toBe('complete');
      const [which] = await say(COMMANDER, '5 is on track again, data team back');
      expect(buttonsOf(which!)).toHaveLength(2);
      await say(COMMANDER, 'no');
      expect((await chaser.store.chatMemories.read(COMMANDER.aadObjectId)).pending).toBeNull();
      await say(COMMANDER, '1 amber: drafting slipped');
      const [pick] = await say(COMMANDER, '1');
      expect(visibleText(pick!)).toMatch(/Recorded for OB 2\d-\w{3}-2022 #1/);
    });

    it('when Send is pressed twice, then the update is kept once', async () => {
      const submit = () => pressButton(chaser, COMMANDER, 'status.submit', { action: 'OB_2022-04-21_016', statusOnCard: 'awaiting_update', 'status_OB_2022-04-21_016': 'amber', 'text_OB_2022-04-21_016': 'visit date moved' }, { serviceUrl: connector.url });
      await submit();
      await submit();
      expect((await chaser.store.actions.history({ ...APRIL, number: 16 })).filter((h) => h.text === 'visit date moved')).toHaveLength(1);
    });

    it('when an older recorded update\'s Undo is pressed after a newer update, then only that one is undone, or refused if it moved on', async () => {
      const [first] = await say(COMMANDER, 'OB 21-Apr-2022 #17 on track: drafting');
      await say(COMMANDER, 'OB 21-Apr-2022 #13 amber: waiting for data');
      const undoData = JSON.parse(/"verb":"update\.undo","data":(\{[^}]*\})/.exec(JSON.stringify(first!.attachments))![1]!) as Record<string, unknown>;
      const res = await pressButton(chaser, COMMANDER, 'update.undo', undoData, { serviceUrl: connector.url });
      expect(String(res.body.value)).toMatch(/Undone: OB 21-Apr-2022 #17/);
      expect((await statusOf({ ...APRIL, number: 17 })).status).toBe('awaiting_update');
      expect((await statusOf({ ...APRIL, number: 13 })).status).toBe('amber');
    });
  });

  it('when someone asks what is open from a meeting, then only its open actions are listed, not everything from it', async () => {
    const open = (await chaser.store.actions.listMeeting(APRIL)).filter((a) => a.status !== 'complete').length;
    const [reply] = await say(ALEX, 'whats open from the april meeting');
    expect(visibleText(reply!)).toMatch(new RegExp(`^${open} actions? from the meeting of 21 April 2022`));
  });

  it.each([
    ['who hasn\'t replied', /open actions? ha(s|ve) no update from the lead yet/],
    ['whats overdu', /actions are overdue/],
    ['what\'s happening with the Child Q response?', /Child Q/],
    ['which leads can\'t be reached?', /MOPAC/],
    ['chase MPS on action 19', /chase/i],
    ['show me everything from the April meeting', /19 actions from the meeting of 21 April 2022/],
    ['what has changed since last week?', /changed since/],
  ])('when someone asks "%s", then it is understood and answered', async (question, answer) => {
    const [reply] = await say(ALEX, question);
    expect(visibleText(reply!)).toMatch(answer);
  });
});

describe('other names for a lead (CHASER_LEAD_ALIASES)', () => {
  it('when someone asks about "the Met", then the answer is about MPS', async () => {
    const connector = await startFakeConnector();
    const chaser = await startTestChaser({ clock: fixedClock(MONDAY_9AM), env: { CHASER_ADMINS: ALEX.aadObjectId, CHASER_LEAD_ALIASES: 'the Met=MPS; Metropolitan Police=MPS' } });
    try {
      await importSeed(chaser.store, LETTER_FILE);
      const [reply] = (await send(chaser, activityFrom(ALEX, { text: 'anything slipping past its deadline for the Met?', serviceUrl: connector.url }))).replies;
      expect(visibleText(reply!)).toMatch(/actions? (is|are) overdue for MPS/);
    } finally {
      await chaser.stop();
      await connector.stop();
    }
  });
});
