import type { RunningChaser } from '../../../src/chaser';
import { fixedClock } from '../../../src/domain/clock';
import { ALEX, Person, activityFrom, cardText, pressButton, send, startTestChaser, visibleText } from '../../support/bot-harness';
import { FakeConnector, startFakeConnector } from '../../support/fake-connector';
import { LETTER_FILE, importSeed } from '../../support/import-seed';

const MONDAY_9AM = '2022-05-09T08:00:00Z';
const COMMANDER: Person = { id: 'user-cmdr', aadObjectId: 'aad-cmdr', name: 'Commander Lead' };
const STRANGER: Person = { id: 'user-x', aadObjectId: 'aad-x', name: 'Someone Else' };
const FIVE = { boardCode: 'OB', meetingDate: '2022-04-21', number: 5 };

function refsIn(text: string): number[] {
  return [...text.matchAll(/^OB 21-Apr-2022 #(\d+) · /gm)].map((m) => Number(m[1]));
}

describe('asking Chaser and replying, through HTTP', () => {
  let connector: FakeConnector;
  let chaser: RunningChaser;
  const say = async (person: Person, text: string) => (await send(chaser, activityFrom(person, { text, serviceUrl: connector.url }))).replies;

  beforeAll(async () => {
    connector = await startFakeConnector();
    chaser = await startTestChaser({ clock: fixedClock(MONDAY_9AM), env: { CHASER_ADMINS: ALEX.aadObjectId } });
    await importSeed(chaser.store, LETTER_FILE);
    await chaser.store.leads.save({ lead: 'MPS', users: [{ id: COMMANDER.aadObjectId, name: COMMANDER.name }], delegates: [], updatedAt: MONDAY_9AM });
  });
  afterAll(async () => {
    await chaser.stop();
    await connector.stop();
  });

  it('when the secretariat asks what is overdue, then the overdue actions come most overdue first', async () => {
    const [reply] = await say(ALEX, 'what is overdue?');
    const text = visibleText(reply!);
    expect(text).toContain('5 actions are overdue');
    expect(refsIn(text)).toEqual([19, 8, 16, 18, 15]);
    expect(text).toMatch(/#19 · MPS · due 13 April 2022, overdue by 15 business days/);
  });

  it('when asked for one lead, then only its actions come back', async () => {
    expect(refsIn(visibleText((await say(ALEX, 'anything late for MOPAC?'))[0]!))).toEqual([18]);
  });

  it('when asked what is due this week, then Monday to Sunday is covered, soonest first', async () => {
    const text = visibleText((await say(ALEX, "what's due this week"))[0]!);
    expect(refsIn(text).sort((a, b) => a - b)).toEqual([5, 7, 9, 10, 11]);
    expect(text).toContain('between 9 May 2022 and 15 May 2022');
  });

  it('when the lead replies in chat, then the update is recorded and confirmed', async () => {
    const [reply] = await say(COMMANDER, '7 complete: response sent to the DMPC on 9 May');
    expect(visibleText(reply!)).toMatch(/^Recorded for OB 21-Apr-2022 #7: Complete \(dark green\)\.\nresponse sent to the DMPC on 9 May/);
    const stored = await chaser.store.actions.get({ ...FIVE, number: 7 });
    expect(stored?.action).toMatchObject({ status: 'complete', latest: { text: 'response sent to the DMPC on 9 May', byName: 'Commander Lead' } });
  });

  it('when someone who is not the lead replies, then it is refused and nothing changes', async () => {
    const [reply] = await say(STRANGER, 'action 11 red - nobody is working on it');
    expect(reply!.text).toMatch(/^Only the people who answer for MPS, their delegates and the secretariat can update this action/);
    expect((await chaser.store.actions.get({ ...FIVE, number: 11 }))?.action.status).toBe('awaiting_update');
  });

  it('when someone unknown asks a question, then they are refused politely', async () => {
    expect((await say(STRANGER, 'what is overdue?'))[0]!.text).toMatch(/Chaser answers the secretariat, action leads and digest recipients/);
  });

  it('when the lead submits the card, then it is recorded and the card shows "Updated by"', async () => {
    const res = await pressButton(chaser, COMMANDER, 'status.submit', {
      action: 'OB_2022-04-21_005', statusOnCard: 'awaiting_update',
      'status_OB_2022-04-21_005': 'amber', 'text_OB_2022-04-21_005': 'Linking the data takes longer', 'due_OB_2022-04-21_005': '2022-06-30',
    }, { serviceUrl: connector.url });
    expect(res.status).toBe(200);
    expect(res.body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(cardText(res.body.value)).toMatch(/Updated by Commander Lead at 9 May 2022, 09:00: At risk \(amber\) — Linking the data takes longer/);
    const stored = (await chaser.store.actions.get(FIVE))!.action;
    expect(stored).toMatchObject({ status: 'amber', due: '2022-06-30' });
    const history = await chaser.store.actions.history(FIVE);
    expect(history[0]).toMatchObject({ kind: 'status', source: 'card', status: 'amber', revisedDue: '2022-06-30', changes: [{ field: 'status', from: 'awaiting_update', to: 'amber' }, { field: 'due', from: '2022-05-13', to: '2022-06-30' }] });
  });

  it.each([
    [STRANGER, { 'status_OB_2022-04-21_010': 'red' }, 'OB_2022-04-21_010', /Only the people who answer for MPS/],
    [COMMANDER, { 'status_OB_2022-04-21_010': 'purple' }, 'OB_2022-04-21_010', /Choose a status: complete, on track, amber \(at risk\) or red/],
    [COMMANDER, { 'status_OB_2022-04-21_010': 'red', 'due_OB_2022-04-21_010': '31/06/2022' }, 'OB_2022-04-21_010', /revised due date "31\/06\/2022" is not a date/],
    [COMMANDER, { 'status_OB_2022-04-21_010': 'red', 'text_OB_2022-04-21_010': 'x'.repeat(4001) }, 'OB_2022-04-21_010', /The update is 4,001 characters; the limit is 4,000/],
    [COMMANDER, { 'status_OB_2022-04-21_099': 'red' }, 'OB_2022-04-21_099', /There is no action OB 21-Apr-2022 #99/],
    [COMMANDER, { 'status_OB_2022-04-21_007': 'red' }, 'OB_2022-04-21_007', /was already marked complete by Commander Lead, so this card is out of date/],
  ])('when a card is submitted wrongly (%#), then the answer says why and nothing is written', async (person, inputs, key, message) => {
    const id = { ...FIVE, number: Number(key.slice(-3)) };
    const before = await chaser.store.actions.get(id);
    const res = await pressButton(chaser, person as Person, 'status.submit', { action: key, statusOnCard: 'awaiting_update', ...inputs }, { serviceUrl: connector.url });
    expect(res.status).toBe(200);
    expect(String(res.body.value)).toMatch(message);
    expect((await chaser.store.actions.get(id))?.etag).toBe(before?.etag);
  });

  it('when asked to show an action, then its whole history is on the card', async () => {
    const text = visibleText((await say(ALEX, 'show action 5'))[0]!);
    expect(text).toContain('OB 21-Apr-2022 #5');
    expect(text).toMatch(/History[\s\S]*Commander Lead: At risk \(amber\) — Linking the data takes longer \(due date revised to 30 June 2022\)[\s\S]*Imported from ".*", line \d+\./);
  });

  it('when asked about one lead, one status or "my actions", then exactly the register\'s open actions for it come back, however the lead is written', async () => {
    const five = (await chaser.store.actions.get({ ...FIVE, number: 16 }))!;
    await chaser.store.actions.record(five, { ...five.action, status: 'red' }, { kind: 'status', at: MONDAY_9AM, by: 'sec', byName: 'Secretariat', source: 'cli', status: 'red', text: 'Blocked.', revisedDue: null, changes: [] });
    const all = await chaser.store.actions.listAll();
    const expected = (keep: (a: (typeof all)[number]) => boolean) => all.filter((a) => a.status !== 'complete' && keep(a)).length;
    const count = async (person: Person, question: string) => Number(/^(\d+) (?:open )?actions? /m.exec(visibleText((await say(person, question))[0]!))?.[1] ?? 0);
    const mps = expected((a) => a.lead === 'MPS');
    expect(mps).toBeGreaterThan(1);
    expect(await count(ALEX, 'what is open for MPS')).toBe(mps);
    expect(await count(ALEX, 'what has the mps got open')).toBe(mps);
    expect(await count(COMMANDER, 'my actions')).toBe(mps);
    expect(await count(ALEX, 'what is open for MOPAC')).toBe(expected((a) => a.lead === 'MOPAC'));
    expect(await count(ALEX, 'which actions are red')).toBe(expected((a) => a.status === 'red'));
    expect(await count(ALEX, 'which MPS actions are red')).toBe(expected((a) => a.status === 'red' && a.lead === 'MPS'));
    expect(await count(ALEX, 'who hasn\'t replied')).toBe(expected((a) => a.status === 'awaiting_update'));
  });

  it('when a list is longer than a page, then "Show more" continues it', async () => {
    const first = (await say(ALEX, 'what is open'))[0]!;
    const firstText = visibleText(first);
    expect(refsIn(firstText)).toHaveLength(10);
    expect(firstText).toContain('1–10 of 18.');
    const more = await pressButton(chaser, ALEX, 'answer.more', { question: 'what is open', page: '1' }, { serviceUrl: connector.url });
    const rest = refsIn(cardText(more.body.value));
    expect(rest).toHaveLength(8);
    expect(new Set([...refsIn(firstText), ...rest]).size).toBe(18);
  });
});

describe('when leads may only see their own actions', () => {
  it('then a lead asking what is overdue sees only their lead\'s actions, and a channel gets no answer', async () => {
    const chaser = await startTestChaser({ clock: fixedClock(MONDAY_9AM), env: { CHASER_LEADS_SEE_ALL: 'false' } });
    try {
      await importSeed(chaser.store, LETTER_FILE);
      await chaser.store.leads.save({ lead: 'MOPAC', users: [{ id: COMMANDER.aadObjectId, name: COMMANDER.name }], delegates: [], updatedAt: MONDAY_9AM });
      const own = (await send(chaser, activityFrom(COMMANDER, { text: 'what is overdue?' }))).replies[0]!;
      expect(refsIn(visibleText(own))).toEqual([18]);
      const channel = { id: '19:board@thread.tacv2', conversationType: 'channel', tenantId: 'tenant-1' };
      const inChannel = (await send(chaser, activityFrom(COMMANDER, { text: 'what is overdue?', conversation: channel }))).replies[0]!;
      expect(inChannel.text).toMatch(/In a channel I only answer when the register is open to everyone in it/);
    } finally {
      await chaser.stop();
    }
  });
});

describe('a card listing several actions', () => {
  it('when one of them is updated, then the card still lists the others with their controls', async () => {
    const chaser = await startTestChaser({ clock: fixedClock(MONDAY_9AM), env: { CHASER_ADMINS: ALEX.aadObjectId } });
    const connector = await startFakeConnector();
    try {
      await importSeed(chaser.store, LETTER_FILE);
      const keys = ['OB_2022-04-21_005', 'OB_2022-04-21_007', 'OB_2022-04-21_010'];
      const res = await pressButton(chaser, ALEX, 'status.submit', {
        action: keys[0], statusOnCard: 'awaiting_update', card: keys, [`status_${keys[0]}`]: 'on_track', [`text_${keys[0]}`]: 'Linking under way',
      }, { serviceUrl: connector.url });
      const text = cardText(res.body.value);
      expect(refsIn(text)).toEqual([5, 7, 10]);
      expect(text).toContain('Updated by Alex Wilber at 9 May 2022, 09:00: On track (pale green) — Linking under way');
      expect(JSON.stringify(res.body.value)).toContain('"id":"status_OB_2022-04-21_007"');
      expect(JSON.stringify(res.body.value)).not.toContain('"id":"status_OB_2022-04-21_005"');
    } finally {
      await chaser.stop();
      await connector.stop();
    }
  });
});
