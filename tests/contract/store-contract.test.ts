import type { Store } from '../../src/app/ports';
import { DuplicateRecordError, StaleRecordError } from '../../src/errors';
import { anAction, anUpdate } from '../support/builders';
import { memoryStore } from '../support/memory-store';
import { openStore } from '../../src/store/store';
import { readTestAzurite } from '../support/azurite-env';
import { uniquePrefix } from '../support/store-fixture';

/**
 * One contract, two stores: every promise the use cases rely on holds for the in-memory twin exactly as
 * for Azure Tables (Azurite is the truth). A use-case test on the twin is therefore a test of the product.
 */
describe.each<[string, () => Store]>([
  ['the in-memory store', () => memoryStore(['sec@settings.example'])],
  ['Azure Tables (Azurite)', () => azureStore()],
])('%s', (_name, open) => {
  it('when an action is created with its history, then both read back as written, history newest first', async () => {
    const store = open();
    const action = anAction({ number: 1, flags: ['before-meeting'], milestones: ['2022-07-21'], strand: 'Trust', text: 'Text with ${literal} and “quotes”' });
    await store.actions.create(action, [anUpdate({ kind: 'created', status: null, text: 'Imported.', at: '2022-05-04T10:00:00.000Z' })]);
    expect((await store.actions.get(action))?.action).toEqual(action);
    expect((await store.actions.history(action)).map((u) => u.text)).toEqual(['Imported.']);
    expect(await store.actions.get({ ...action, number: 99 })).toBeNull();
    expect(await store.actions.history({ ...action, number: 99 })).toEqual([]);
    await store.actions.create(anAction({ number: 11 }), [anUpdate({ kind: 'created', status: null, text: 'Other action.' })]);
    const read = await store.actions.getWithHistory(action);
    expect(read?.action).toEqual(action);
    expect(read?.history).toEqual(await store.actions.history(action));
    expect(await store.actions.getWithHistory({ ...action, number: 99 })).toBeNull();
  });

  it('when an action or an update holds more text than one storage property, then it is stored and read back whole', async () => {
    const store = open();
    const long = 'The board asked for a full account. '.repeat(1200);
    expect(long.length).toBeGreaterThan(40_000);
    const created = await store.actions.create(anAction({ number: 6, text: long, ref: '01.05' }), [anUpdate({ text: long })]);
    expect((await store.actions.get(created.action))?.action).toMatchObject({ text: long, ref: '01.05' });
    expect((await store.actions.findByRef('01.05')).map((a) => a.number)).toEqual([6]);
    expect(await store.actions.findByRef('01.06')).toEqual([]);
    expect((await store.actions.history(created.action))[0]!.text).toBe(long);
    const read = await store.actions.getWithHistory(created.action);
    expect([read?.action.text, read?.history[0]!.text]).toEqual([long, long]);
  });

  it('when the same number is created twice, then the second is a duplicate and the first is kept', async () => {
    const store = open();
    await store.actions.create(anAction({ number: 2, text: 'first' }));
    await expect(store.actions.create(anAction({ number: 2, text: 'second' }))).rejects.toBeInstanceOf(DuplicateRecordError);
    expect((await store.actions.get(anAction({ number: 2 })))?.action.text).toBe('first');
  });

  it('when a record presents a stale ETag, then nothing is written: neither the action nor its history entry', async () => {
    const store = open();
    const created = await store.actions.create(anAction({ number: 3 }));
    const first = await store.actions.record(created, { ...created.action, status: 'amber' }, anUpdate({ text: 'first', at: '2022-05-10T09:00:00.000Z' }));
    await expect(store.actions.record(created, { ...created.action, status: 'red' }, anUpdate({ text: 'stale' }))).rejects.toBeInstanceOf(StaleRecordError);
    const read = await store.actions.get(created.action);
    expect(read).toEqual(first);
    expect((await store.actions.history(created.action)).map((u) => u.text)).toEqual(['first']);
  });

  it('when updates land in the same millisecond, then all are kept, newest recorded first', async () => {
    const store = open();
    let stored = await store.actions.create(anAction({ number: 4 }));
    for (const text of ['one', 'two', 'three']) stored = await store.actions.record(stored, stored.action, anUpdate({ text, at: '2022-05-10T09:00:00.000Z' }));
    expect((await store.actions.history(stored.action)).map((u) => u.text)).toEqual(['three', 'two', 'one']);
  });

  it('when actions open, close and move their due date, then the open lists follow, soonest first, undated last', async () => {
    const store = open();
    await store.actions.createMany([
      { action: anAction({ number: 10, due: '2022-05-13' }), history: [] },
      { action: anAction({ number: 11, due: '2022-06-01' }), history: [] },
      { action: anAction({ number: 12, due: null, flags: ['needs-date'], resolution: 'none' }), history: [] },
      { action: anAction({ number: 13, due: '2022-05-01', status: 'complete' }), history: [] },
      { action: anAction({ number: 14, meetingDate: '2022-06-16', due: '2022-07-01' }), history: [] },
    ]);
    expect((await store.actions.listOpenDue({ to: '2022-05-20' })).map((x) => x.number)).toEqual([10]);
    expect((await store.actions.listOpenWithoutDue()).map((x) => x.number)).toEqual([12]);
    expect((await store.actions.listOpen()).map((x) => x.number)).toEqual([10, 11, 14, 12]);
    const a = (await store.actions.get(anAction({ number: 10 })))!;
    const moved = await store.actions.record(a, { ...a.action, due: '2022-06-30' }, anUpdate({ revisedDue: '2022-06-30' }));
    expect((await store.actions.listOpenDue({ from: '2022-05-01', to: '2022-06-29' })).map((x) => x.number)).toEqual([11]);
    await store.actions.record(moved, { ...moved.action, status: 'complete' }, anUpdate({ status: 'complete' }));
    expect((await store.actions.listOpen()).map((x) => x.number)).toEqual([11, 14, 12]);
    expect((await store.actions.listMeeting(a.action)).map((x) => x.number)).toEqual([10, 11, 12, 13]);
    expect((await store.actions.findByNumber(14)).map((x) => x.meetingDate)).toEqual(['2022-06-16']);
    expect((await store.actions.listAll()).length).toBe(5);
  });

  it('when actions change lead, status, due date or close, then each lead\'s and each status\'s open lists follow, matched as questions match leads', async () => {
    const store = open();
    const long = `${'Director of a very long named directorate '.repeat(8)}MOPAC`;
    await store.actions.createMany([
      { action: anAction({ number: 30, lead: 'MPS', status: 'red', due: '2022-05-13' }), history: [] },
      { action: anAction({ number: 31, lead: 'the  mps', status: 'amber', due: '2022-05-02' }), history: [] },
      { action: anAction({ number: 32, lead: 'MOPAC', status: 'red', due: null, flags: ['needs-date'], resolution: 'none' }), history: [] },
      { action: anAction({ number: 33, lead: 'MPS', status: 'complete', due: '2022-05-01' }), history: [] },
      { action: anAction({ number: 34, lead: 'AC Ephgrave/DAC', status: 'red', due: '2022-06-01', meetingDate: '2022-06-16' }), history: [] },
      { action: anAction({ number: 35, lead: long, status: 'on_track', due: '2022-05-20' }), history: [] },
    ]);
    const numbers = (xs: Array<{ number: number }>) => xs.map((x) => x.number);
    expect(numbers(await store.actions.listOpenByLead('MPS'))).toEqual([31, 30]);
    expect(numbers(await store.actions.listOpenByLead('The MPS'))).toEqual([31, 30]);
    expect(numbers(await store.actions.listOpenByLead('mopac'))).toEqual([32]);
    expect(numbers(await store.actions.listOpenByLead('ac ephgrave/dac'))).toEqual([34]);
    expect(numbers(await store.actions.listOpenByLead(long.toUpperCase()))).toEqual([35]);
    expect(await store.actions.listOpenByLead('Nobody')).toEqual([]);
    expect(numbers(await store.actions.listOpenByLead('MPS', { to: '2022-05-12' }))).toEqual([31]);
    expect(numbers(await store.actions.listOpenByLead('MOPAC', {}))).toEqual([]);
    expect(numbers(await store.actions.listOpenByStatus('red'))).toEqual([30, 34, 32]);
    expect(numbers(await store.actions.listOpenByStatus('red', { from: '2022-05-14' }))).toEqual([34]);
    expect(await store.actions.listOpenByStatus('complete')).toEqual([]);

    const a30 = (await store.actions.get(anAction({ number: 30 })))!;
    const moved = await store.actions.record(a30, { ...a30.action, lead: 'MOPAC', status: 'amber', due: '2022-07-01' }, anUpdate({ status: 'amber' }));
    expect(numbers(await store.actions.listOpenByLead('MPS'))).toEqual([31]);
    expect(numbers(await store.actions.listOpenByLead('MOPAC'))).toEqual([30, 32]);
    expect(numbers(await store.actions.listOpenByStatus('red'))).toEqual([34, 32]);
    expect(numbers(await store.actions.listOpenByStatus('amber'))).toEqual([31, 30]);
    expect((await store.actions.listOpenByLead('mopac'))[0]).toEqual(moved.action);
    await store.actions.record(moved, { ...moved.action, status: 'complete' }, anUpdate({ status: 'complete' }));
    expect(numbers(await store.actions.listOpenByLead('MOPAC'))).toEqual([32]);
    expect(numbers(await store.actions.listOpenByStatus('amber'))).toEqual([31]);
    const a33 = (await store.actions.get(anAction({ number: 33 })))!;
    await store.actions.record(a33, { ...a33.action, status: 'on_track', due: '2022-05-05' }, anUpdate({ status: 'on_track' }));
    expect(numbers(await store.actions.listOpenByLead('MPS'))).toEqual([31, 33]);
    expect(numbers(await store.actions.listOpenByStatus('on_track'))).toEqual([33, 35]);
    expect(store.actions.indexLagging()).toBe(false);
  });

  it('when actions share a number or a board reference across meetings, then each is found by it, as it stands now', async () => {
    const store = open();
    await store.actions.createMany([
      { action: anAction({ number: 5, meetingDate: '2022-04-21', ref: '42/20' }), history: [] },
      { action: anAction({ number: 5, meetingDate: '2022-06-16', ref: '5' }), history: [] },
      { action: anAction({ boardCode: 'PROB', board: 'Performance and Risk Oversight Board', number: 5, meetingDate: '2022-05-03', ref: 'BOD 24/18(b)' }), history: [] },
      { action: anAction({ number: 50, meetingDate: '2022-06-16', ref: '01.05' }), history: [] },
      { action: anAction({ number: 7, meetingDate: '2023-01-12', ref: '42/20' }), history: [] },
    ]);
    const keys = (xs: Array<{ boardCode: string; meetingDate: string; number: number }>) => xs.map((x) => `${x.boardCode} ${x.meetingDate} ${x.number}`).sort();
    expect(keys(await store.actions.findByNumber(5))).toEqual(['OB 2022-04-21 5', 'OB 2022-06-16 5', 'PROB 2022-05-03 5']);
    expect(keys(await store.actions.findByNumber(50))).toEqual(['OB 2022-06-16 50']);
    expect(await store.actions.findByNumber(500)).toEqual([]);
    const named = (await store.actions.findNumbered(5)).sort((a, b) => `${a.boardCode}${a.meetingDate}`.localeCompare(`${b.boardCode}${b.meetingDate}`));
    expect(named).toEqual([
      { boardCode: 'OB', meetingDate: '2022-04-21', number: 5, ref: '42/20' }, { boardCode: 'OB', meetingDate: '2022-06-16', number: 5, ref: '5' },
      { boardCode: 'PROB', meetingDate: '2022-05-03', number: 5, ref: 'BOD 24/18(b)' },
    ]);
    expect(await store.actions.findNumbered(500)).toEqual([]);
    expect(keys(await store.actions.findByRef('42/20'))).toEqual(['OB 2022-04-21 5', 'OB 2023-01-12 7']);
    expect(keys(await store.actions.findByRef('BOD 24/18(b)'))).toEqual(['PROB 2022-05-03 5']);
    expect(keys(await store.actions.findByRef('5'))).toEqual(['OB 2022-06-16 5']);
    expect(await store.actions.findByRef('42/2')).toEqual([]);
    expect(await store.actions.findByRef('01.5')).toEqual([]);
    const seven = (await store.actions.get(anAction({ number: 7, meetingDate: '2023-01-12' })))!;
    await store.actions.record(seven, { ...seven.action, status: 'red', ref: '42/21' }, anUpdate({ status: 'red' }));
    expect(keys(await store.actions.findByRef('42/20'))).toEqual(['OB 2022-04-21 5']);
    expect((await store.actions.findByRef('42/21')).map((x) => x.status)).toEqual(['red']);
    expect((await store.actions.findByNumber(7)).map((x) => [x.status, x.ref])).toEqual([['red', '42/21']]);
  });

  it('when actions are removed (an import undone), then they, their history and their index rows are gone, twice over without error', async () => {
    const store = open();
    const kept = anAction({ number: 1, due: '2022-05-13', ref: '7.1' });
    const gone = [anAction({ number: 2, due: '2022-05-13', ref: '7.2' }), anAction({ number: 3, due: null, ref: '7.3' }), anAction({ number: 4, status: 'complete', ref: '7.4' })];
    await store.actions.createMany([kept, ...gone].map((action) => ({ action, history: [anUpdate({ kind: 'created', status: null, text: 'Imported.' })] })), { journaled: true });
    expect((await store.actions.histories([kept, gone[0]!, anAction({ number: 9 })])).size).toBe(2);
    await store.actions.removeMany(gone);
    await store.actions.removeMany(gone);
    expect((await store.actions.listAll()).map((a) => a.number)).toEqual([1]);
    expect((await store.actions.listOpen()).map((a) => a.number)).toEqual([1]);
    expect([...(await store.actions.findByRef('7.2')), ...(await store.actions.findByNumber(3))]).toEqual([]);
    expect(await store.actions.history(gone[0]!)).toEqual([]);
    expect([...(await store.actions.histories(gone)).keys()]).toEqual([]);
    await store.actions.reindex([kept]);
    expect((await store.actions.listOpenDue({ to: '2022-05-13' })).map((a) => a.number)).toEqual([1]);
  });

  it('when an import is journalled, then its document, keys and state read back, and only one caller moves it on from a state', async () => {
    const store = open();
    const content = Buffer.from('No.\tAction\tTiming\tLead\n'.repeat(20_000));
    const record = {
      id: 'a3f9c2d1', fileName: 'register.txt', by: 'cli:clerk', byName: 'Clerk', at: '2022-05-04T10:00:00.000Z', options: { board: 'Oversight' },
      state: 'writing' as const, heldUntil: '2022-05-04T10:10:00.000Z', created: Array.from({ length: 3000 }, (_, i) => `OB_2022-04-21_${String(i).padStart(3, '0')}`),
      changed: [{ key: 'OB_2022-03-17_001', before: { timing: 'By 13 May', due: '2022-05-13' } }], result: null, undone: null,
    };
    await store.imports.begin(record, content);
    await expect(store.imports.begin(record, content)).rejects.toBeInstanceOf(DuplicateRecordError);
    expect((await store.imports.unfinished()).map((r) => r.id)).toEqual([record.id]);
    expect(await store.imports.get(record.id)).toEqual(record);
    expect((await store.imports.document(record.id))!.equals(content)).toBe(true);
    expect(await store.imports.document('00000000')).toBeNull();
    expect(await store.imports.update(record.id, 'writing', { heldUntil: '2022-05-04T10:20:00.000Z' }, new Date('2022-05-04T10:05:00Z'))).toBe(false);
    expect(await store.imports.update(record.id, 'writing', { heldUntil: '2022-05-04T10:20:00.000Z' }, new Date('2022-05-04T10:10:00Z'))).toBe(true);
    expect(await store.imports.update(record.id, 'writing', { state: 'done', result: { created: 3000, changed: 1, unchanged: 0 } })).toBe(true);
    expect(await store.imports.update(record.id, 'writing', { state: 'done' })).toBe(false);
    expect(await store.imports.unfinished()).toEqual([]);
    const [listed] = await store.imports.list();
    expect(listed).toEqual({ ...record, state: 'done', heldUntil: '2022-05-04T10:20:00.000Z', result: { created: 3000, changed: 1, unchanged: 0 }, created: [], changed: [] });
    expect(await store.imports.get('00000000')).toBeNull();
  });

  it('when people, leads and the secretariat are recorded, then they are found however their ids are written', async () => {
    const store = open();
    await store.leads.save({ lead: 'MPS', users: [{ id: 'cmdr@met.example', name: 'Commander' }], delegates: [], updatedAt: '2022-05-01T00:00:00Z' });
    expect((await store.leads.get('the  mps'))?.users).toEqual([{ id: 'cmdr@met.example', name: 'Commander' }]);
    expect(await store.leads.get('MOPAC')).toBeNull();
    await store.admins.add({ id: 'Sec@Mopac.example', name: 'Secretariat', addedAt: '2022-05-01T00:00:00Z', addedBy: 'cli' });
    expect(await store.admins.isAdmin(['someone', 'sec@mopac.example'])).toBe(true);
    expect(await store.admins.isAdmin(['SEC@SETTINGS.EXAMPLE'])).toBe(true);
    expect((await store.admins.list()).map((a) => [a.id.toLowerCase(), a.fromSettings])).toEqual([['sec@settings.example', true], ['sec@mopac.example', false]]);
    expect(await store.admins.remove('SEC@MOPAC.EXAMPLE')).toBe(true);
    expect(await store.admins.isAdmin(['sec@mopac.example'])).toBe(false);
    const record = { tenantId: 't1', scope: 'personal' as const, target: 'aad-1', userName: 'Alex', upn: 'alex@t.example', reference: { conversation: { id: 'a:1/x#?' } }, updatedAt: '2022-05-09T08:00:00.000Z', blockedAt: null };
    await store.conversations.save(record);
    expect(await store.conversations.findPersonal('aad-1')).toEqual(record);
    expect(await store.conversations.findByUpn('ALEX@t.example')).toEqual(record);
    expect(await store.conversations.remove('t1', 'personal', 'aad-1')).toBe(true);
    expect(await store.conversations.get('t1', 'personal', 'aad-1')).toBeNull();
  });

  it('when two senders claim the same delivery, then one wins; settling needs the ETag it holds', async () => {
    const store = open();
    const entry = { state: 'claimed' as const, kind: 'reminder' as const, claimedAt: '2022-05-09T08:00:00Z', claimedBy: 'a', sentAt: null, attempts: 1, lastError: null };
    const won = await store.ledger.claim('OB_2022-04-21_005', '2022-05-13:coming-up|aad-1', entry);
    expect(won).not.toBeNull();
    expect(await store.ledger.claim('OB_2022-04-21_005', '2022-05-13:coming-up|aad-1', { ...entry, claimedBy: 'b' })).toBeNull();
    const settled = await store.ledger.replace('OB_2022-04-21_005', '2022-05-13:coming-up|aad-1', won!, { ...entry, state: 'sent', sentAt: '2022-05-09T08:00:01Z' });
    expect(settled?.entry.state).toBe('sent');
    expect(await store.ledger.replace('OB_2022-04-21_005', '2022-05-13:coming-up|aad-1', won!, { ...entry, state: 'failed' })).toBeNull();
    expect((await store.ledger.forScope('OB_2022-04-21_005')).map((r) => [r.key, r.entry.state])).toEqual([['2022-05-13:coming-up|aad-1', 'sent']]);
  });

  it('when a person\'s conversation memory is written in parts, then each part is kept until it is replaced or cleared', async () => {
    const store = open();
    expect(await store.chatMemories.read('AAD-1')).toEqual({ pending: null, lastCard: null, lastRecorded: null });
    const pending = { id: 'p1', kind: 'which-action' as const, text: 'done - sent it', status: 'complete' as const, revisedDue: null, candidates: ['OB_2022-04-21_003', 'OB_2022-01-20_003'], createdAt: '2022-05-09T09:00:00.000Z', expiresAt: '2022-05-09T10:00:00.000Z' };
    await store.chatMemories.write('aad-1', { pending });
    await store.chatMemories.write('aad-1', { lastCard: { keys: ['OB_2022-04-21_005'], at: '2022-05-09T08:00:00.000Z' } });
    expect(await store.chatMemories.read('aad-1')).toEqual({ pending, lastCard: { keys: ['OB_2022-04-21_005'], at: '2022-05-09T08:00:00.000Z' }, lastRecorded: null });
    await store.chatMemories.write('aad-1', { pending: null });
    expect((await store.chatMemories.read('aad-1')).pending).toBeNull();
    expect((await store.chatMemories.read('aad-1')).lastCard?.keys).toEqual(['OB_2022-04-21_005']);
  });

  it('when a lease is held, then others wait until it runs out, and are told when', async () => {
    const store = open();
    const now = new Date('2022-05-09T08:00:00Z');
    expect(await store.leases.acquire('reminders', 'a', now, 60_000)).toBe(true);
    expect(await store.leases.acquire('reminders', 'b', now, 60_000)).toBe(false);
    expect((await store.leases.expiresAt('reminders'))?.toISOString()).toBe('2022-05-09T08:01:00.000Z');
    expect(await store.leases.acquire('reminders', 'b', new Date('2022-05-09T08:01:01Z'), 60_000)).toBe(true);
    await store.leases.release('reminders', 'b');
    expect(await store.leases.expiresAt('reminders')).toBeNull();
  });

  it('when send slots are claimed, then each claim follows the last, and past slots hold nobody up', async () => {
    const store = open();
    const t = Date.parse('2022-05-09T08:00:00Z');
    expect(await store.sendBudget.claim({ count: 10, intervalMs: 20, notBefore: t })).toEqual({ start: t, intervalMs: 20, count: 10 });
    expect(await store.sendBudget.claim({ count: 4, intervalMs: 20.5, notBefore: t + 50 })).toEqual({ start: t + 200, intervalMs: 20.5, count: 4 });
    expect((await store.sendBudget.claim({ count: 1, intervalMs: 20, notBefore: t })).start).toBe(t + 282);
    expect((await store.sendBudget.claim({ count: 2, intervalMs: 20, notBefore: t + 1_000 })).start).toBe(t + 1_000);
    // Slots claimed by an instance that then went away are simply in the past: nothing to free.
    expect((await store.sendBudget.claim({ count: 1, intervalMs: 20, notBefore: t + 60_000 })).start).toBe(t + 60_000);
  });

  it('when claims for send slots race, then every slot is granted once: no two grants overlap', async () => {
    const store = open();
    const t = Date.parse('2022-05-09T08:00:00Z');
    const grants = await Promise.all(Array.from({ length: 8 }, () => store.sendBudget.claim({ count: 5, intervalMs: 10, notBefore: t })));
    expect(grants.map((g) => g.start).sort((a, b) => a - b)).toEqual(Array.from({ length: 8 }, (_, i) => t + i * 50));
  });

  it('when digests are subscribed to and snapshots kept, then the latest is read back whole', async () => {
    const store = open();
    await store.digests.subscribe({ kind: 'personal', tenantId: 't', target: 'AAD-DC', name: 'Deputy Commissioner', scope: { lead: 'MPS' }, addedBy: 'sec', addedAt: '2022-05-01T00:00:00Z' });
    expect((await store.digests.findSubscriber(['x', 'aad-dc']))?.scope).toEqual({ lead: 'MPS' });
    expect(await store.digests.latestSnapshot()).toBeNull();
    await store.digests.saveSnapshot({ takenAt: '2022-05-02T07:00:00.000Z', actions: { OB_2022_005: { status: 'amber' } } as never });
    await store.digests.saveSnapshot({ takenAt: '2022-05-09T07:00:00.000Z', actions: { OB_2022_005: { status: 'red' } } as never });
    expect(await store.digests.latestSnapshot()).toEqual({ takenAt: '2022-05-09T07:00:00.000Z', actions: { OB_2022_005: { status: 'red' } } });
    expect(await store.digests.unsubscribe('aad-dc')).toBe(true);
    expect(await store.digests.subscribers()).toEqual([]);
  });

  it('when meetings are added, replaced, cancelled and removed, then each reads back by board and date, soonest first', async () => {
    const store = open();
    const june = { boardCode: 'DAMO', board: 'DMPC-AC Met Operations', date: '2022-06-14', title: '', cancelled: false, source: 'cli' as const, addedBy: 'sec', addedAt: '2022-05-09T08:00:00.000Z' };
    const july = { ...june, boardCode: 'OB', board: 'MOPAC MPS Oversight Board', date: '2022-07-21', title: 'Oversight Board', source: 'import' as const };
    const sameDay = { ...june, boardCode: 'PROB', board: 'Performance and Risk Oversight Board', title: 'Performance and Risk Oversight Board' };
    await store.meetings.save(july);
    await store.meetings.save(june);
    await store.meetings.save(sameDay);
    expect(await store.meetings.get('DAMO', '2022-06-14')).toEqual(june);
    expect(await store.meetings.get('DAMO', '2022-06-15')).toBeNull();
    expect(await store.meetings.get('OB', '2022-06-14')).toBeNull();
    expect((await store.meetings.list()).map((m) => `${m.boardCode} ${m.date}`)).toEqual(['DAMO 2022-06-14', 'PROB 2022-06-14', 'OB 2022-07-21']);
    await store.meetings.save({ ...july, cancelled: true, title: 'July Board' });
    expect(await store.meetings.get('OB', '2022-07-21')).toEqual({ ...july, cancelled: true, title: 'July Board' });
    expect(await store.meetings.remove('DAMO', '2022-06-14')).toBe(true);
    expect(await store.meetings.remove('DAMO', '2022-06-14')).toBe(false);
    expect((await store.meetings.list()).map((m) => m.boardCode)).toEqual(['PROB', 'OB']);
  });
});

function azureStore(): Store {
  return openStore({ kind: 'connection-string', connectionString: readTestAzurite().connectionString }, uniquePrefix(), { settingsAdmins: ['sec@settings.example'] });
}
