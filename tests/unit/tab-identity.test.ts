import { IdentityRefused, tabIdentityFor } from '../../src/http/tab-identity';

const alex = { id: 'aad-alex', name: 'Alex Wilber', aliases: ['alexw@example.com'] };

describe('how the tab identifies people, from the settings', () => {
  it('when there is no app id (a local run), then every request is the local user, token or not', async () => {
    const identity = tabIdentityFor({ local: true, allowedTenants: [] }, alex);
    expect(identity.mode).toBe('local');
    expect(await identity.identify(undefined)).toEqual(alex);
    expect(await identity.identify('Bearer whatever')).toEqual(alex);
  });

  it('when there is an app id but no tab domain, then every request is refused naming CHASER_TAB_DOMAIN', async () => {
    const identity = tabIdentityFor({ local: false, appId: 'app-1', appTenantId: 'tenant-1', allowedTenants: [] }, alex);
    expect(identity.mode).toBe('teams-sso');
    await expect(identity.identify('Bearer x.y.z')).rejects.toThrow(IdentityRefused);
    await expect(identity.identify('Bearer x.y.z')).rejects.toThrow(/CHASER_TAB_DOMAIN/);
  });

  it('when there is an app id and a domain, then a request without a token is refused, never the local user', async () => {
    const identity = tabIdentityFor({ local: false, appId: 'app-1', appTenantId: 'tenant-1', allowedTenants: [], tabDomain: 'chaser.example.org' }, alex);
    expect(identity.mode).toBe('teams-sso');
    await expect(identity.identify(undefined)).rejects.toThrow(/no Teams token/);
    await expect(identity.identify('Basic dXNlcjpwYXNz')).rejects.toThrow(/no Teams token/);
  });
});

describe('Teams SSO for a multi-tenant app (no tenant named)', () => {
  it('when no tenant is named, then a token from any tenant is accepted if its issuer is that tenant\'s, and refused otherwise', async () => {
    const { makeKeys, ssoToken, PEOPLE, TAB_APP, TAB_NOW } = await import('../support/tab-fixture');
    const { teamsSsoIdentity } = await import('../../src/http/tab-identity');
    const keys = await makeKeys();
    const identity = teamsSsoIdentity({ appId: TAB_APP.appId, domain: TAB_APP.domain, tenants: [], keys: keys.keys, now: () => new Date(TAB_NOW) });
    const other = '22222222-aaaa-4bbb-8ccc-333333333333';
    const person = await identity.identify(`Bearer ${await ssoToken(keys, PEOPLE.lead, { tid: other })}`);
    expect(person).toEqual({ id: PEOPLE.lead.oid, name: PEOPLE.lead.name, aliases: [PEOPLE.lead.upn] });
    await expect(identity.identify(`Bearer ${await ssoToken(keys, PEOPLE.lead, { tid: other, iss: `https://login.microsoftonline.com/${TAB_APP.tenant}/v2.0` })}`)).rejects.toThrow(/not issued by Microsoft Entra for its tenant/);
    const v1 = await identity.identify(`Bearer ${await ssoToken(keys, PEOPLE.clerk, { tid: other, iss: `https://sts.windows.net/${other}/` })}`);
    expect(v1.id).toBe(PEOPLE.clerk.oid);
  });
});
