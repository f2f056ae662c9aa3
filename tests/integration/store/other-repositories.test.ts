import { testStore } from '../../support/store-fixture';


describe('ConversationRepository against Azurite', () => {
  const store = testStore();
  const record = {
    tenantId: 'tenant-1', scope: 'personal' as const, target: 'aad-user-1', userName: 'Alex',
    reference: { conversation: { id: 'a:1/with#odd?chars' }, serviceUrl: 'http://localhost/_connector' },
    upn: 'alex@tenant.example', updatedAt: '2022-05-09T08:00:00.000Z', blockedAt: null,
  };

  it('when a reference is saved, then it is found by key and by user, and removed on uninstall', async () => {
    await store.conversations.save(record);
    expect(await store.conversations.get('tenant-1', 'personal', 'aad-user-1')).toEqual(record);
    expect(await store.conversations.findPersonal('aad-user-1')).toEqual(record);
    expect(await store.conversations.remove('tenant-1', 'personal', 'aad-user-1')).toBe(true);
    expect(await store.conversations.get('tenant-1', 'personal', 'aad-user-1')).toBeNull();
    expect(await store.conversations.remove('tenant-1', 'personal', 'aad-user-1')).toBe(false);
  });

  it('when a channel id holds characters keys forbid, then it still round-trips', async () => {
    const channel = { ...record, scope: 'channel' as const, target: '19:abc/def#g?h@thread.tacv2' };
    await store.conversations.save(channel);
    expect(await store.conversations.get('tenant-1', 'channel', channel.target)).toEqual(channel);
  });
});

describe('LeadRepository and AdminRepository against Azurite', () => {
  const store = testStore();

  it('when a lead is mapped, then it is found however it is written', async () => {
    await store.leads.save({ lead: 'MPS', users: [{ id: 'cmdr@met.example', name: 'Commander' }], delegates: [], updatedAt: '2022-05-01T00:00:00Z' });
    expect((await store.leads.get('the  mps'))?.users).toEqual([{ id: 'cmdr@met.example', name: 'Commander' }]);
    expect(await store.leads.get('MOPAC')).toBeNull();
    expect((await store.leads.list()).map((l) => l.lead)).toEqual(['MPS']);
  });

  it('when an admin is added and removed, then isAdmin follows, whatever the case of the id', async () => {
    await store.admins.add({ id: 'Sec@Mopac.example', name: 'Secretariat', addedAt: '2022-05-01T00:00:00Z', addedBy: 'cli' });
    expect(await store.admins.isAdmin(['sec@mopac.example'])).toBe(true);
    expect(await store.admins.remove('SEC@MOPAC.EXAMPLE')).toBe(true);
    expect(await store.admins.isAdmin(['sec@mopac.example'])).toBe(false);
  });
});
