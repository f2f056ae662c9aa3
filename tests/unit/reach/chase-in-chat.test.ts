import type { ConversationRecord } from '../../../src/app/ports';
import type { ChatDeps } from '../../../src/app/chat/chat-outcome';
import { handleMessage } from '../../../src/app/chat/handle-message';
import { Vocabulary } from '../../../src/app/questions/vocabulary';
import { fixedClock } from '../../../src/domain/clock';
import { silentLogger } from '../../../src/log';
import { anAction } from '../../support/builders';
import { memoryStore } from '../../support/memory-store';

const CLERK = { id: 'aad-clerk', name: 'Board Clerk' };
const AT = '2022-05-09T10:15:00.000Z';

async function chat(withChase = true) {
  const store = memoryStore([CLERK.id]);
  await store.actions.create(anAction({ number: 19, lead: 'MPS', due: '2022-04-13' }));
  await store.actions.create(anAction({ number: 11, lead: 'London Fire Brigade', due: '2022-05-13' }));
  for (const [lead, id] of [['MPS', 'aad-cmdr'], ['London Fire Brigade', 'aad-chief']] as const) {
    await store.leads.save({ lead, users: [{ id, name: id }], delegates: [], updatedAt: AT });
    const record: ConversationRecord = { tenantId: 't', scope: 'personal', target: id, userName: id, upn: null, reference: { user: { id: `29:${id}` } }, updatedAt: AT, blockedAt: null };
    await store.conversations.save(record);
  }
  const sent: string[] = [];
  const clock = fixedClock(AT);
  const deps: ChatDeps = {
    store, clock, log: silentLogger, leadsSeeAll: true, openToTenant: false, vocabulary: new Vocabulary(store, clock),
    ...(withChase ? { chase: { messenger: { send: async (c) => { sent.push(c.target); return { ok: true as const, activityId: null }; } }, instanceId: 'test', claimTimeoutMs: 60_000 } } : {}),
  };
  return { deps, sent };
}

describe('chasing from chat', () => {
  it.each([
    ['chase MPS on action 19', 'aad-cmdr', /Chased OB 21-Apr-2022 #19/],
    ['chase the London Fire Brigade on action 11: papers are due Friday', 'aad-chief', /Chased OB 21-Apr-2022 #11.*with your line/],
  ])('when the secretariat says "%s", then the lead gets the card now', async (text, to, answer) => {
    const { deps, sent } = await chat();
    const outcome = await handleMessage(text, CLERK, deps);
    expect(outcome).toEqual({ kind: 'say', text: expect.stringMatching(answer) });
    expect(sent).toEqual([to]);
  });

  it('when the secretariat names two actions in one chase, then nothing is sent and Chaser says to chase one at a time', async () => {
    const { deps, sent } = await chat();
    const outcome = await handleMessage('chase 19 and 11', CLERK, deps);
    expect(outcome).toEqual({ kind: 'say', text: 'I chase one action at a time, so nobody was chased: say "chase 19", then "chase 11".' });
    expect(sent).toEqual([]);
  });

  it('when the line follows the number without a colon, then it still reaches the lead', async () => {
    const { deps, sent } = await chat();
    const outcome = await handleMessage('chase 19 please reply by Friday', CLERK, deps);
    expect(outcome).toEqual({ kind: 'say', text: expect.stringMatching(/Chased OB 21-Apr-2022 #19.*with your line/) });
    expect(sent).toEqual(['aad-cmdr']);
  });

  it('when the secretariat chases the same action twice today, then the second is refused with the time of the first', async () => {
    const { deps, sent } = await chat();
    await handleMessage('chase MPS on action 19', CLERK, deps);
    const again = await handleMessage('chase MPS on action 19', CLERK, deps);
    expect(again).toEqual({ kind: 'say', text: expect.stringContaining('already chased today at 11:15') });
    expect(sent).toHaveLength(1);
  });

  it('when a lead asks Chaser to chase, then it is refused and nothing is sent', async () => {
    const { deps, sent } = await chat();
    const outcome = await handleMessage('chase MPS on action 19', { id: 'aad-chief', name: 'Chief' }, deps);
    expect(outcome).toEqual({ kind: 'say', text: expect.stringContaining('Only the secretariat can chase a lead now') });
    expect(sent).toEqual([]);
  });

  it('when chat has no way to send a chase, then it says to use the CLI', async () => {
    const { deps } = await chat(false);
    expect(await handleMessage('chase MPS on action 19', CLERK, deps)).toEqual({ kind: 'say', text: expect.stringContaining('chaser chase 19') });
  });
});
