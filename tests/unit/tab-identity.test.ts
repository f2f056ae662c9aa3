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
