import type { ConversationRecord, LedgerEntry, Store } from '../../../src/app/ports';
import { askUnreachableLeads } from '../../../src/app/reach/ask-unreachable';
import { leadReachability } from '../../../src/app/reach/lead-reachability';
import { actionKey } from '../../../src/domain/action';
import { anAction } from '../../support/builders';
import { memoryStore } from '../../support/memory-store';

const CLERK = { id: 'aad-clerk', name: 'Board Clerk' };
const AT = '2022-05-09T08:00:00.000Z';

function conversation(target: string, options: { upn?: string; blockedAt?: string } = {}): ConversationRecord {
  return { tenantId: 't-1', scope: 'personal', target, userName: `Teams ${target}`, upn: options.upn ?? null, reference: { user: { id: `29:${target}` } }, updatedAt: AT, blockedAt: options.blockedAt ?? null };
}

function sent(kind: LedgerEntry['kind'], sentAt: string): LedgerEntry {
  return { state: 'sent', kind, claimedAt: sentAt, claimedBy: 'test', sentAt, attempts: 1, lastError: null };
}

/** Three leads: one nobody is mapped to, one whose only person blocked Chaser, one with a person installed and one never seen. */
async function register(): Promise<Store> {
  const store = memoryStore([CLERK.id]);
  await store.actions.create(anAction({ number: 1, lead: 'Probation Service' }));
  await store.actions.create(anAction({ number: 2, lead: 'Fire Brigade' }));
  await store.actions.create(anAction({ number: 3, lead: 'Ambulance Trust', latest: { status: 'amber', text: 'Late.', by: 'AAD-PARAMEDIC', byName: 'Chief Paramedic', at: '2022-05-05T10:00:00.000Z', revisedDue: null } }));
  await store.actions.create(anAction({ number: 4, lead: 'Ambulance Trust' }));
  await store.leads.save({ lead: 'Fire Brigade', users: [{ id: 'aad-chief', name: 'Chief Officer Reyes' }], delegates: [], updatedAt: AT });
  await store.leads.save({ lead: 'Ambulance Trust', users: [{ id: 'paramedic@ambulance.example', name: 'Chief Paramedic' }, { id: 'deputy@ambulance.example', name: 'Deputy Director' }], delegates: [], updatedAt: AT });
  await store.conversations.save(conversation('aad-chief', { blockedAt: AT }));
  // Mapped by UPN, seen in Teams by Entra object id: matched through the UPN Teams gave.
  await store.conversations.save(conversation('aad-paramedic', { upn: 'paramedic@ambulance.example' }));
  await store.ledger.claim(actionKey(anAction({ number: 4 })), 'overdue-1|paramedic@ambulance.example', sent('reminder', '2022-05-06T08:00:00.000Z'));
  await store.ledger.claim(actionKey(anAction({ number: 3 })), 'chase:2022-05-07|paramedic@ambulance.example', sent('chase', '2022-05-07T12:00:00.000Z'));
  await store.ledger.claim(actionKey(anAction({ number: 3 })), 'digest|paramedic@ambulance.example', sent('digest', '2022-05-08T12:00:00.000Z'));
  return store;
}

describe('reachability at a glance', () => {
  it('when leads are mapped, blocked, installed or never seen, then each person is listed with how they are reached and when they last received and answered', async () => {
    const leads = await leadReachability({ store: await register() });
    expect(leads).toEqual([
      {
        lead: 'Ambulance Trust', reachable: true, openActions: 2, people: [
          { id: 'paramedic@ambulance.example', name: 'Chief Paramedic', state: 'installed', guest: false, lastReceived: '2022-05-07T12:00:00.000Z', lastAnswered: '2022-05-05T10:00:00.000Z' },
          { id: 'deputy@ambulance.example', name: 'Deputy Director', state: 'unknown', guest: false, lastReceived: null, lastAnswered: null },
        ],
      },
      { lead: 'Fire Brigade', reachable: false, openActions: 1, people: [{ id: 'aad-chief', name: 'Chief Officer Reyes', state: 'blocked', guest: false, lastReceived: null, lastAnswered: null }] },
      { lead: 'Probation Service', reachable: false, openActions: 1, people: [] },
    ]);
  });

  it('when a sweep found a mapped person has left, or the directory says they are a guest, then reachability says so', async () => {
    const store = memoryStore([CLERK.id]);
    await store.leads.save({ lead: 'Border Force', users: [{ id: 'aad-gone', name: 'Former Chief', leftAt: AT }, { id: 'aad-guest', name: 'Partner Inspector', guest: true }], delegates: [], updatedAt: AT });
    await store.conversations.save(conversation('aad-gone'));
    await store.conversations.save(conversation('aad-guest'));
    const [lead] = await leadReachability({ store });
    expect(lead!.people.map((p) => [p.name, p.state, p.guest])).toEqual([['Former Chief', 'left', false], ['Partner Inspector', 'installed', true]]);
    expect(lead!.reachable).toBe(true);
  });

  it('when a lead is mapped but has no open actions, then it is still listed with its people', async () => {
    const store = memoryStore([CLERK.id]);
    await store.leads.save({ lead: 'Coroner', users: [{ id: 'coroner@example.org', name: 'HM Coroner' }], delegates: [], updatedAt: AT });
    expect(await leadReachability({ store })).toEqual([{ lead: 'Coroner', reachable: false, openActions: 0, people: [{ id: 'coroner@example.org', name: 'HM Coroner', state: 'unknown', guest: false, lastReceived: null, lastAnswered: null }] }]);
  });

  it('when the secretariat asks which leads cannot be reached, then every lead nobody can be reached for is listed with why', async () => {
    const answer = await askUnreachableLeads(CLERK, { store: await register(), leadsSeeAll: false, openToTenant: false });
    expect(answer.kind).toBe('leads');
    if (answer.kind !== 'leads') return;
    expect(answer.leads.map((l) => l.lead)).toEqual(['Fire Brigade', 'Probation Service']);
    expect(answer.text).toContain('Chief Officer Reyes (blocked or removed Chaser)');
    expect(answer.text).toContain('nobody is mapped to Probation Service');
  });

  it('when a lead restricted to their own actions asks, then only their own leads are listed', async () => {
    const store = await register();
    await store.leads.save({ lead: 'Probation Service', users: [{ id: 'aad-probation', name: 'Head of Probation' }], delegates: [], updatedAt: AT });
    const answer = await askUnreachableLeads({ id: 'aad-probation', name: 'Head of Probation' }, { store, leadsSeeAll: false, openToTenant: false });
    expect(answer.kind === 'leads' && answer.leads.map((l) => [l.lead, l.people.map((p) => p.state)])).toEqual([['Probation Service', ['unknown']]]);
  });

  it('when someone with no rights asks, then it is refused', async () => {
    const answer = await askUnreachableLeads({ id: 'aad-stranger', name: 'Stranger' }, { store: await register(), leadsSeeAll: false, openToTenant: false });
    expect(answer.kind).toBe('refused');
  });
});
