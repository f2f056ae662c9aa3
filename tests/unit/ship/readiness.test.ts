import { aboutPage } from '../../../src/http/about-pages';
import { connectorReadiness } from '../../../src/teams/connector-readiness';
import { isPlatform, readinessBody, runChecks } from '../../../src/http/readiness';

const up = (name: string) => ({ name, check: async () => undefined });
const down = (name: string, why: string) => ({ name, check: async () => { throw new Error(why); } });
const hangs = (name: string) => ({ name, check: () => new Promise<void>(() => undefined) });

describe('readiness (GET /readyz)', () => {
  it('when every part answers, then it is 200 ready; details only for the platform', async () => {
    const outcomes = await runChecks([up('storage'), up('connector')], 1000);
    expect(readinessBody(outcomes, false)).toEqual({ status: 200, body: { status: 'ready' } });
    expect(readinessBody(outcomes, true).body.checks).toEqual([
      expect.objectContaining({ name: 'storage', ok: true }), expect.objectContaining({ name: 'connector', ok: true }),
    ]);
  });

  it.each([
    [['storage'], [down('storage', 'ECONNREFUSED 10.1.2.3:443'), up('connector')]],
    [['connector'], [up('storage'), down('connector', 'AADSTS7000215: invalid client secret')]],
    [['storage', 'connector'], [down('storage', 'getaddrinfo ENOTFOUND stchaser.table.core.windows.net'), down('connector', 'IMDS timeout')]],
    [['archive'], [up('storage'), down('archive', 'quota exceeded on account starchive')]],
  ])('when %j is down, then it is 503 naming only that, with no reason for an ordinary caller', async (names, checks) => {
    const outcomes = await runChecks(checks, 1000);
    const { status, body } = readinessBody(outcomes, false);
    expect(status).toBe(503);
    expect(body).toEqual({ status: 'unavailable', down: names });
    const platform = readinessBody(outcomes, true).body.checks as { name: string; error?: string }[];
    for (const name of names) expect(platform.find((c) => c.name === name)!.error).toBeTruthy();
  });

  it('when a part never answers, then it counts as down after the timeout, and the others are not held up', async () => {
    let t = 0;
    const outcomes = await runChecks([hangs('storage'), up('connector')], 20, () => (t += 5));
    expect(outcomes.map((o) => [o.name, o.ok])).toEqual([['storage', false], ['connector', true]]);
    expect(outcomes[0]!.error).toBe('no answer within 20 ms');
  });

  it('when the secret is unset, wrong, longer, shorter or missing, then the caller is not the platform', () => {
    expect(isPlatform('s3cret-value', 's3cret-value')).toBe(true);
    for (const given of ['s3cret-valuE', 's3cret-value2', 's3cret', '', undefined]) expect(isPlatform(given, 's3cret-value')).toBe(false);
    expect(isPlatform('', '')).toBe(false);
    expect(isPlatform('anything', undefined)).toBe(false);
  });
});

describe('About pages (the manifest\'s default links)', () => {
  it.each(['website', 'privacy', 'terms'] as const)('when the %s page is rendered, then it is a whole HTML page with a title', (page) => {
    const html = aboutPage(page);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toMatch(/<title>Chaser[^<]*<\/title>/);
    expect(html).toMatch(/<\/html>$/);
  });
});

describe('connector readiness', () => {
  it('when no app id is set (local mode), then there is no connector check; with one, there is one named connector', () => {
    expect(connectorReadiness({ appId: undefined, appPassword: undefined, appTenantId: undefined, appType: 'SingleTenant' })).toBeNull();
    expect(connectorReadiness({ appId: '', appPassword: 'x', appTenantId: 't', appType: 'MultiTenant' })).toBeNull();
    const check = connectorReadiness({ appId: '0b8c54d3-7f0e-4a51-9d32-6a1d2c3e4f50', appPassword: undefined, appTenantId: '9e1f0a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b', appType: 'UserAssignedMSI' });
    expect(check?.name).toBe('connector');
  });
});
