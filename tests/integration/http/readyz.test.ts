import type { AddressInfo } from 'net';
import type * as restify from 'restify';
import { silentLogger } from '../../../src/log';
import { closeServer, createServer, listen } from '../../../src/server';
import { azuriteConnectionString, freePort } from '../../../src/store/embedded-azurite';
import { openStore } from '../../../src/store/store';
import type { Bot } from '../../../src/teams/bot-app';
import { testStore, uniquePrefix } from '../../support/store-fixture';

/** GET /readyz on the real server: storage on the run's Azurite, the connector check stood in for. */
const bot = { requiresAuthentication: false, receive: async () => ({ status: 200 }) } as unknown as Bot;
const SECRET = 'a-platform-secret-of-test';
let server: restify.Server | null = null;

async function start(options: { storageUp?: boolean; connector?: 'up' | 'down' | 'none'; secret?: string }): Promise<string> {
  const storage = options.storageUp === false
    ? openStore({ kind: 'connection-string', connectionString: azuriteConnectionString(await freePort()) }, uniquePrefix()).health
    : testStore().health;
  const connector = options.connector ?? 'none';
  const checks = connector === 'none' ? [] : [{
    name: 'connector',
    check: async () => { if (connector === 'down') throw new Error('AADSTS700016: application 5e1f… was not found in tenant'); },
  }];
  server = createServer({ bot, storage, log: silentLogger, readiness: { checks, secret: options.secret } });
  await listen(server, 0, '127.0.0.1');
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  if (server) await closeServer(server);
  server = null;
});

describe('GET /readyz', () => {
  it('when storage answers and there is no app id, then it is 200 ready, with no details', async () => {
    const url = await start({ secret: SECRET });
    const res = await fetch(`${url}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready' });
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('when the connector credentials fail, then it is 503 naming the connector, and the reason goes only to the platform', async () => {
    const url = await start({ connector: 'down', secret: SECRET });
    const anyone = await fetch(`${url}/readyz`);
    expect(anyone.status).toBe(503);
    const text = await anyone.text();
    expect(JSON.parse(text)).toEqual({ status: 'unavailable', down: ['connector'] });
    expect(text).not.toContain('AADSTS');

    const wrong = await fetch(`${url}/readyz`, { headers: { 'x-chaser-jobs-secret': `${SECRET}x` } });
    expect(await wrong.json()).toEqual({ status: 'unavailable', down: ['connector'] });

    const platform = await fetch(`${url}/readyz`, { headers: { 'x-chaser-jobs-secret': SECRET } });
    expect(platform.status).toBe(503);
    const body = (await platform.json()) as { checks: { name: string; ok: boolean; error?: string }[] };
    expect(body.checks.map((c) => [c.name, c.ok])).toEqual([['storage', true], ['connector', false]]);
    expect(body.checks[1]!.error).toContain('AADSTS700016');
  });

  it('when storage does not answer, then it is 503 naming storage, while /healthz stays the cheap probe it was', async () => {
    const url = await start({ storageUp: false, connector: 'up' });
    const res = await fetch(`${url}/readyz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'unavailable', down: ['storage'] });
    // With no secret configured, the header unlocks nothing.
    const withHeader = await fetch(`${url}/readyz`, { headers: { 'x-chaser-jobs-secret': '' } });
    expect(await withHeader.json()).toEqual({ status: 'unavailable', down: ['storage'] });
    expect((await fetch(`${url}/healthz`)).status).toBe(503);
  });

  it('when the About links are opened, then /, /privacy and /terms are HTML pages anyone may read', async () => {
    const url = await start({});
    for (const [route, words] of [['/', 'oversight board'], ['/privacy', 'Azure Table Storage'], ['/terms', 'terms of use']] as const) {
      const res = await fetch(`${url}${route}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await res.text()).toContain(words);
    }
  });
});
