import type { ConversationRecord, Store } from '../../../src/app/ports';
import type { Messenger, OutgoingMessage } from '../../../src/app/delivery/messenger';
import { ChaseDeps, chaseNow } from '../../../src/app/reach/chase-now';
import { noteIn } from '../../../src/app/chat/chase-in-chat';
import { actionKey } from '../../../src/domain/action';
import type { Actor } from '../../../src/domain/actor';
import { fixedClock } from '../../../src/domain/clock';
import { silentLogger } from '../../../src/log';
import { anAction } from '../../support/builders';
import { memoryStore } from '../../support/memory-store';

const CLERK: Actor = { id: 'aad-clerk', name: 'Board Clerk' };
const OFFICER: Actor = { id: 'aad-officer', name: 'Staff Officer' };
/** Monday 9 May 2022, 14:05 in London (BST). */
const AFTERNOON = '2022-05-09T13:05:00.000Z';

function conversation(target: string, name: string, blockedAt: string | null = null): ConversationRecord {
  return { tenantId: 't-1', scope: 'personal', target, userName: name, upn: null, reference: { user: { id: `29:${target}` } }, updatedAt: AFTERNOON, blockedAt };
}

class RecordingMessenger implements Messenger {
  sent: Array<{ to: string; message: OutgoingMessage }> = [];
  constructor(private readonly answer: 'ok' | 'fail' = 'ok') {}
  async send(c: ConversationRecord, message: OutgoingMessage) {
    this.sent.push({ to: c.target, message });
    return this.answer === 'ok' ? { ok: true as const, activityId: 'a-1' } : { ok: false as const, blocked: false, error: 'timed out' };
  }
}

async function setUp(lead: string, number: number, people: Array<{ id: string; name: string }>): Promise<Store> {
  const store = memoryStore([CLERK.id]);
  await store.actions.create(anAction({ number, lead, due: '2022-05-06' }));
  await store.leads.save({ lead, users: people, delegates: [], updatedAt: AFTERNOON });
  for (const p of people) await store.conversations.save(conversation(p.id, p.name));
  return store;
}

function depsOf(store: Store, messenger: Messenger, at = AFTERNOON): ChaseDeps {
  return { store, messenger, clock: fixedClock(at), log: silentLogger, instanceId: 'test', claimTimeoutMs: 60_000 };
}

describe('chase now: the secretariat sends the lead the reminder card at once', () => {
  it.each([
    ['MPS', 19, [{ id: 'aad-cmdr', name: 'Commander Smith' }]],
    ['London Fire Brigade', 11, [{ id: 'aad-chief', name: 'Chief Officer Reyes' }, { id: 'aad-deputy', name: 'Deputy Okafor' }]],
  ])('when the secretariat chases %s on action %i with a line, then each person gets the card with the line, and the ledger and the history record it', async (lead, number, people) => {
    const store = await setUp(lead, number, people);
    const messenger = new RecordingMessenger();
    const result = await chaseNow({ action: { number }, note: 'The board meets on Thursday.', source: 'cli' }, CLERK, depsOf(store, messenger));
    expect(result.kind).toBe('chased');
    expect(messenger.sent.map((s) => s.to)).toEqual(people.map((p) => p.id));
    for (const { message } of messenger.sent) {
      expect(JSON.stringify(message.card)).toContain('The board meets on Thursday.');
      expect(JSON.stringify(message.card)).toContain(`Reply on #${number}`);
    }
    const action = anAction({ number, lead });
    const ledger = await store.ledger.forScope(actionKey(action));
    expect(ledger.map((r) => [r.entry.kind, r.entry.state, r.key.split('|')[0]])).toEqual(people.map(() => ['chase', 'sent', 'chase:2022-05-09']));
    const [entry] = await store.actions.history(action);
    expect(entry).toMatchObject({ kind: 'chased', by: CLERK.id, source: 'cli', text: 'The board meets on Thursday.', status: null });
    expect((await store.actions.get(action))!.action.status).toBe('awaiting_update');
  });

  it('when the same action is chased again the same London day, then it is refused with the time of the first and nothing is sent', async () => {
    const store = await setUp('MOPAC', 12, [{ id: 'aad-dir', name: 'Director Patel' }]);
    const messenger = new RecordingMessenger();
    await chaseNow({ action: { number: 12 }, source: 'chat' }, CLERK, depsOf(store, messenger));
    // 23:30 UTC is 00:30 the next day in London (BST): 22:30 UTC is still the same London day.
    const again = await chaseNow({ action: { number: 12 }, source: 'cli' }, CLERK, depsOf(store, messenger, '2022-05-09T22:30:00Z'));
    expect(again).toMatchObject({ kind: 'already-chased', at: AFTERNOON, byName: CLERK.name });
    expect(again.message).toContain('14:05');
    expect(messenger.sent).toHaveLength(1);
    const nextDay = await chaseNow({ action: { number: 12 }, source: 'cli' }, CLERK, depsOf(store, messenger, '2022-05-09T23:30:00Z'));
    expect(nextDay.kind).toBe('chased');
    expect(messenger.sent).toHaveLength(2);
  });

  it('when the same action is chased several times at the same moment (a double press), then one card goes and one chase is recorded; the others are told it was chased', async () => {
    const store = await setUp('MPS', 19, [{ id: 'aad-cmdr', name: 'Commander Smith' }]);
    const messenger = new RecordingMessenger();
    const results = await Promise.all(['p1', 'p2', 'p3', 'p4', 'p5', 'p6'].map((note) => chaseNow({ action: { number: 19 }, note, source: 'tab' }, CLERK, depsOf(store, messenger))));
    expect(results.filter((r) => r.kind === 'chased')).toHaveLength(1);
    expect(results.filter((r) => r.kind === 'already-chased')).toHaveLength(5);
    expect(messenger.sent).toHaveLength(1);
    const chases = (await store.actions.history(anAction({ number: 19 }))).filter((h) => h.kind === 'chased');
    expect(chases.map((h) => h.text)).toEqual([(results.find((r) => r.kind === 'chased') as { note: string }).note]);
    expect(JSON.stringify(messenger.sent[0]!.message.card)).toContain(chases[0]!.text);
  });

  it('when the number names actions of two meetings, then nothing is sent until the secretariat says which (a named lead can settle it)', async () => {
    const store = await setUp('MPS', 1, [{ id: 'aad-cmdr', name: 'Commander Smith' }]);
    await store.actions.create(anAction({ number: 1, lead: 'MOPAC', meetingDate: '2022-06-16', due: '2022-07-01' }));
    const messenger = new RecordingMessenger();
    const asked = await chaseNow({ action: { number: 1 }, source: 'cli' }, CLERK, depsOf(store, messenger));
    expect(asked.kind).toBe('ambiguous');
    expect(asked.message).toBe('There is an action 1 in 2 meetings: OB 21-Apr-2022 #1, OB 16-Jun-2022 #1. Nobody was chased; say which, e.g. chase "OB 21-Apr-2022 #1".');
    expect(messenger.sent).toEqual([]);
    const named = await chaseNow({ action: { number: 1 }, lead: 'MPS', source: 'chat' }, CLERK, depsOf(store, messenger));
    expect(named.kind).toBe('chased');
    expect(messenger.sent.map((s) => s.to)).toEqual(['aad-cmdr']);
  });

  it('when someone outside the secretariat chases, then it is refused and nothing is sent', async () => {
    const store = await setUp('MPS', 19, [{ id: 'aad-cmdr', name: 'Commander Smith' }]);
    const messenger = new RecordingMessenger();
    await expect(chaseNow({ action: { number: 19 }, source: 'chat' }, OFFICER, depsOf(store, messenger))).rejects.toMatchObject({ code: 'not-allowed' });
    expect(messenger.sent).toHaveLength(0);
  });

  it('when nobody mapped to the lead can be reached, then it says why and records nothing', async () => {
    const store = memoryStore([CLERK.id]);
    await store.actions.create(anAction({ number: 4, lead: 'Probation Service' }));
    const result = await chaseNow({ action: { number: 4 }, source: 'cli' }, CLERK, depsOf(store, new RecordingMessenger()));
    expect(result.kind).toBe('unreachable');
    expect(result.message).toContain('nobody is mapped to Probation Service');
    expect(await store.actions.history(anAction({ number: 4 }))).toEqual([]);
  });

  it('when every send fails, then nothing is recorded in the history and a later chase the same day may try again', async () => {
    const store = await setUp('MPS', 7, [{ id: 'aad-cmdr', name: 'Commander Smith' }]);
    const failed = await chaseNow({ action: { number: 7 }, source: 'cli' }, CLERK, depsOf(store, new RecordingMessenger('fail')));
    expect(failed.kind).toBe('failed');
    expect(await store.actions.history(anAction({ number: 7 }))).toEqual([]);
    const retried = await chaseNow({ action: { number: 7 }, source: 'cli' }, CLERK, depsOf(store, new RecordingMessenger(), '2022-05-09T13:20:00Z'));
    expect(retried.kind).toBe('chased');
  });

  it('when the named lead is not the action\'s lead, then it is refused and nothing is sent', async () => {
    const store = await setUp('MOPAC', 18, [{ id: 'aad-dir', name: 'Director Patel' }]);
    const messenger = new RecordingMessenger();
    await expect(chaseNow({ action: { number: 18 }, lead: 'MPS', source: 'chat' }, CLERK, depsOf(store, messenger))).rejects.toMatchObject({ code: 'invalid-input' });
    expect(messenger.sent).toHaveLength(0);
  });

  it('when the action is complete (proposed for closure), then nothing is sent or recorded', async () => {
    const store = memoryStore([CLERK.id]);
    await store.actions.create(anAction({ number: 4, lead: 'MPS', status: 'complete', flags: ['proposed-for-closure'] }));
    await store.leads.save({ lead: 'MPS', users: [{ id: 'aad-cmdr', name: 'Commander Smith' }], delegates: [], updatedAt: AFTERNOON });
    await store.conversations.save(conversation('aad-cmdr', 'Commander Smith'));
    const messenger = new RecordingMessenger();
    const result = await chaseNow({ action: { number: 4 }, source: 'card' }, CLERK, depsOf(store, messenger));
    expect(result).toMatchObject({ kind: 'complete', message: 'OB 21-Apr-2022 #4 is complete, so there is nothing to chase and nobody was chased.' });
    expect(messenger.sent).toHaveLength(0);
    expect((await store.actions.history(anAction({ number: 4 }))).some((h) => h.kind === 'chased')).toBe(false);
  });

  it('when the action does not exist, then it says so', async () => {
    const store = memoryStore([CLERK.id]);
    expect((await chaseNow({ action: { number: 99 }, source: 'cli' }, CLERK, depsOf(store, new RecordingMessenger()))).kind).toBe('not-found');
  });

  it.each([
    ['chase MPS on action 19: the board meets on Thursday', 'the board meets on Thursday'],
    ['chase the Brigade on 11 - papers due Friday', 'papers due Friday'],
    ['chase MPS on action 19', null],
    ['chase 3:   ', null],
    ['chase 4 please reply by Friday', 'please reply by Friday'],
    ['chase MPS on OB 21-Apr-2022 #5 the board asks again', 'the board asks again'],
    ['chase action 19', null],
    ['chase 19 and 8', null],
  ])('when the chase reads "%s", then the line for the lead is %p', (text, note) => {
    expect(noteIn(text)).toBe(note);
  });
});
