import type { RunningChaser } from '../../../src/chaser';
import { fixedClock } from '../../../src/domain/clock';
import { ALEX, Person, activityFrom, cardText, pressButton, send, startTestChaser, visibleText } from '../../support/bot-harness';
import { FakeConnector, startFakeConnector } from '../../support/fake-connector';
import { LETTER_FILE, importSeed } from '../../support/import-seed';

/**
 * "Chase now" on the secretariat's cards, over HTTP with the Bot Framework protocol: questions are posted
 * with `deliveryMode: expectReplies`, buttons as `adaptiveCard/action` invokes carrying what the card's
 * Action.Execute carries, and the chase card goes to the lead through botbuilder to the Teams connector
 * stand-in (tests/support/fake-connector.ts, the one fake: the edge we do not own), which records it.
 * Alex is the secretariat; Commander Lead answers for MPS. As of Monday 9 May 2022, 09:00 London.
 */
const MONDAY_9AM = '2022-05-09T08:00:00Z';
const COMMANDER: Person = { id: 'user-cmdr', aadObjectId: 'aad-cmdr', name: 'Commander Lead' };
const TO_LEAD = `personal-${COMMANDER.id}`;

type Json = Record<string, unknown>;

/** Every Action.Execute in a card (inside "Chase now" too), with its verb and data. */
function executes(node: unknown): Array<{ verb: string; data: Json }> {
  if (Array.isArray(node)) return node.flatMap(executes);
  if (!node || typeof node !== 'object') return [];
  const o = node as Json;
  const own = o.type === 'Action.Execute' ? [{ verb: String(o.verb), data: (o.data ?? {}) as Json }] : [];
  return [...own, ...Object.entries(o).filter(([k]) => k !== 'refresh').flatMap(([, v]) => executes(v))];
}

/** The inputs' ids in a card. */
function inputIds(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(inputIds);
  if (!node || typeof node !== 'object') return [];
  const o = node as Json;
  return [...(String(o.type).startsWith('Input.') ? [String(o.id)] : []), ...Object.values(o).flatMap(inputIds)];
}

const chases = (card: unknown) => executes(card).filter((e) => e.verb === 'action.chase');

describe('chasing a lead from a card, through HTTP', () => {
  let connector: FakeConnector;
  let chaser: RunningChaser;
  const say = async (person: Person, text: string) => (await send(chaser, activityFrom(person, { text, serviceUrl: connector.url }))).replies;
  const press = (person: Person, data: Json) => pressButton(chaser, person, 'action.chase', data, { serviceUrl: connector.url });
  const cardOf = (reply: Json) => {
    const card = (reply.attachments as Array<{ content: unknown }> | undefined)?.[0]?.content;
    // Says what came instead of a card, so a failure here can be read.
    if (!card) throw new Error(`expected a card, got ${JSON.stringify({ type: reply.type, text: reply.text })}`);
    return card;
  };
  const historyOf = (number: number) => chaser.store.actions.history({ boardCode: 'OB', meetingDate: '2022-04-21', number });

  beforeEach(async () => {
    connector = await startFakeConnector();
    chaser = await startTestChaser({ clock: fixedClock(MONDAY_9AM), env: { CHASER_ADMINS: ALEX.aadObjectId } });
    await importSeed(chaser.store, LETTER_FILE);
    await chaser.store.leads.save({ lead: 'MPS', users: [{ id: COMMANDER.aadObjectId, name: COMMANDER.name }], delegates: [], updatedAt: MONDAY_9AM });
    await say(ALEX, 'hello');
    await say(COMMANDER, 'hello');
    connector.calls.length = 0;
  });
  afterEach(async () => {
    await chaser.stop();
    await connector.stop();
  });

  it('when the secretariat opens a late action, then its card offers "Chase now" with a line for the lead; the lead\'s own card does not', async () => {
    const card = cardOf((await say(ALEX, 'show action 19'))[0]!);
    expect(chases(card)).toEqual([{ verb: 'action.chase', data: { action: 'OB_2022-04-21_019', view: 'detail' } }]);
    expect(inputIds(card)).toContain('chaseNote_OB_2022-04-21_019');
    expect(cardText(card)).toContain('Chase now');
    expect(chases(cardOf((await say(COMMANDER, 'show action 19'))[0]!))).toEqual([]);
  });

  it('when the secretariat presses "Chase now" with a line, then the lead gets the reminder card with it, the card says who chased and when, and the history and ledger record it', async () => {
    const res = await press(ALEX, { action: 'OB_2022-04-21_019', view: 'detail', 'chaseNote_OB_2022-04-21_019': 'The board meets on Thursday' });
    expect(res.status).toBe(200);
    const shown = cardText(res.body.value);
    expect(shown).toContain('Chased by Alex Wilber at 9 May 2022, 09:00: the reminder card went to Commander Lead (MPS) with your line.');
    expect(chases(res.body.value)).toEqual([]);
    const sent = connector.sent(TO_LEAD);
    expect(sent).toHaveLength(1);
    const toLead = visibleText(sent[0]!.body);
    expect(toLead).toContain('The secretariat asks for your update');
    expect(toLead).toContain('"The board meets on Thursday" — the secretariat.');
    expect(toLead).toContain('OB 21-Apr-2022 #19');
    expect((await historyOf(19))[0]).toMatchObject({ kind: 'chased', source: 'card', by: ALEX.aadObjectId, byName: 'Alex Wilber', text: 'The board meets on Thursday' });
    const ledger = await chaser.store.ledger.forScope('OB_2022-04-21_019');
    expect(ledger.filter((r) => r.entry.kind === 'chase').map((r) => [r.key, r.entry.state])).toEqual([['chase:2022-05-09|aad-cmdr', 'sent']]);
  });

  it('when it is pressed again the same day, then it is refused with the time of the first chase and nothing more is sent', async () => {
    await press(ALEX, { action: 'OB_2022-04-21_019', view: 'detail' });
    const again = await press(ALEX, { action: 'OB_2022-04-21_019', view: 'detail', 'chaseNote_OB_2022-04-21_019': 'Second try' });
    expect(again.status).toBe(200);
    expect(cardText(again.body.value)).toContain('OB 21-Apr-2022 #19 was already chased today at 09:00 (by Alex Wilber), so I did not send it again.');
    expect(connector.sent(TO_LEAD)).toHaveLength(1);
    expect((await historyOf(19)).filter((h) => h.kind === 'chased')).toHaveLength(1);
    // Opened afterwards, the action says it was chased today and offers no second chase.
    const card = cardOf((await say(ALEX, 'show action 19'))[0]!);
    expect(cardText(card)).toContain('Chased today at 09:00 by Alex Wilber.');
    expect(chases(card)).toEqual([]);
  });

  it('when someone outside the secretariat presses it (even the lead), then it is refused with a sentence and nothing is sent or recorded', async () => {
    const res = await press(COMMANDER, { action: 'OB_2022-04-21_019', view: 'detail', 'chaseNote_OB_2022-04-21_019': 'chase myself' });
    expect(res.status).toBe(200);
    expect(res.body.value).toMatch(/^Only the secretariat can chase a lead now, and Commander Lead is not in it, so nothing was changed\./);
    expect(connector.sent()).toHaveLength(0);
    expect((await historyOf(19)).some((h) => h.kind === 'chased')).toBe(false);
    expect((await chaser.store.ledger.forScope('OB_2022-04-21_019')).filter((r) => r.entry.kind === 'chase')).toEqual([]);
  });

  it('when the secretariat asks what is overdue, then each late action carries "Chase now", and a press answers with a sentence, leaving the list as it is', async () => {
    const list = cardOf((await say(ALEX, 'what is overdue?'))[0]!);
    const offered = chases(list);
    expect(offered.map((c) => c.data)).toEqual(['019', '008', '016', '018', '015'].map((n) => ({ action: `OB_2022-04-21_${n}`, view: 'list' })));
    expect(chases(cardOf((await say(COMMANDER, 'what is overdue?'))[0]!))).toEqual([]);
    const res = await press(ALEX, { ...offered[1]!.data, 'chaseNote_OB_2022-04-21_008': 'Papers are due on Friday' });
    expect(res.body.value).toBe('Chased OB 21-Apr-2022 #8: the reminder card went to Commander Lead (MPS) with your line.');
    expect(visibleText(connector.sent(TO_LEAD)[0]!.body)).toContain('Papers are due on Friday');
    // MOPAC is mapped to nobody: the press says so, and nothing is sent.
    const mopac = await press(ALEX, offered[3]!.data);
    expect(mopac.body.value).toMatch(/^I could not chase OB 21-Apr-2022 #18: nobody is mapped to MOPAC/);
    expect(connector.sent()).toHaveLength(1);
  });

  it('when the sweep escalates an action to the secretariat, then the notice carries "Chase now" for it, and pressing it chases the lead', async () => {
    await chaser.sweep();
    const notice = connector.sent(`personal-${ALEX.id}`).find((m) => visibleText(m.body).includes('Escalations'));
    expect(notice).toBeDefined();
    const offered = chases((notice!.body.attachments as Array<{ content: unknown }>)[0]!.content);
    expect(offered.map((c) => c.data)).toContainEqual({ action: 'OB_2022-04-21_019', view: 'notice' });
    const before = connector.sent(TO_LEAD).length;
    const res = await press(ALEX, { action: 'OB_2022-04-21_019', view: 'notice' });
    expect(res.body.value).toBe('Chased OB 21-Apr-2022 #19: the reminder card went to Commander Lead (MPS).');
    expect(connector.sent(TO_LEAD)).toHaveLength(before + 1);
  });

  it('when a complete action is chased from an old card, then nothing is sent', async () => {
    await say(COMMANDER, '19 complete: data shared on 6 May');
    const res = await press(ALEX, { action: 'OB_2022-04-21_019', view: 'list' });
    expect(res.body.value).toBe('OB 21-Apr-2022 #19 is complete, so there is nothing to chase and nobody was chased.');
    expect(connector.sent(TO_LEAD)).toHaveLength(0);
  });

  it('when the line is longer than 500 characters, then it is refused and nothing is sent', async () => {
    const res = await press(ALEX, { action: 'OB_2022-04-21_019', view: 'detail', 'chaseNote_OB_2022-04-21_019': 'x'.repeat(501) });
    expect(res.body.value).toMatch(/The line for the lead is 501 characters; the limit is 500\. Nothing was sent\./);
    expect(connector.sent()).toHaveLength(0);
  });
});
