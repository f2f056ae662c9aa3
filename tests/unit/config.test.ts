import { ConfigError, loadConfig, settingRows } from '../../src/config';

describe('config', () => {
  it('when nothing is set, then Chaser runs locally: embedded Azurite under .data, loopback, Playground on', () => {
    const config = loadConfig({}, '/home/me/chaser');
    expect(config.local).toBe(true);
    expect(config.listenHost).toBe('127.0.0.1');
    expect(config.port).toBe(3978);
    expect(config.storage).toEqual({ kind: 'azurite', port: 10002, dataDir: '/home/me/chaser/.data' });
    expect(config.playground).toBe(true);
  });

  it('when CHASER_DATA_DIR is set, then several stores can live side by side', () => {
    expect(loadConfig({ CHASER_DATA_DIR: 'demo-b' }, '/x').storage).toEqual({ kind: 'azurite', port: 10002, dataDir: '/x/demo-b' });
    expect(loadConfig({ CHASER_AZURITE_IN_MEMORY: 'yes' }, '/x').storage).toEqual({ kind: 'azurite', port: 10002, dataDir: null });
  });

  it('when real settings are given, then no Azurite, authentication on, all interfaces', () => {
    const config = loadConfig({
      MICROSOFT_APP_ID: 'app', MICROSOFT_APP_PASSWORD: 'secret', MICROSOFT_APP_TENANT_ID: 'tenant',
      CHASER_STORAGE_ACCOUNT_URL: 'https://acct.table.core.windows.net',
    });
    expect(config.local).toBe(false);
    expect(config.listenHost).toBe('0.0.0.0');
    expect(config.storage).toEqual({ kind: 'account-url', accountUrl: 'https://acct.table.core.windows.net' });
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT: expected a port number 0-65535, got "eighty"/],
    [{ CHASER_PLAYGROUND: 'maybe' }, /CHASER_PLAYGROUND: expected true or false, got "maybe"/],
    [{ CHASER_NOW: 'next tuesday' }, /CHASER_NOW: expected an ISO date-time/],
    [{ CHASER_LOG_LEVEL: 'loud' }, /CHASER_LOG_LEVEL: expected one of fatal, error/],
    [{ CHASER_TABLE_PREFIX: 'my-tables' }, /CHASER_TABLE_PREFIX: expected letters and digits/],
    [{ MICROSOFT_APP_ID: 'app', MICROSOFT_APP_TENANT_ID: 't' }, /MICROSOFT_APP_PASSWORD: required when MICROSOFT_APP_ID is set/],
    [{ MICROSOFT_APP_ID: 'app', MICROSOFT_APP_PASSWORD: 's' }, /MICROSOFT_APP_TENANT_ID: required for MICROSOFT_APP_TYPE=SingleTenant/],
    [{ CHASER_STORAGE_CONNECTION_STRING: 'x', CHASER_STORAGE_ACCOUNT_URL: 'https://a' }, /both set: choose one/],
    [{ CHASER_STORAGE_ACCOUNT_URL: 'acct' }, /CHASER_STORAGE_ACCOUNT_URL: expected a URL/],
  ])('when %j, then start-up stops with a message naming the setting', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('when several settings are bad, then one message lists them all', () => {
    expect(() => loadConfig({ PORT: '-1', CHASER_DEMO_DATA: 'perhaps' })).toThrow(/PORT[\s\S]*CHASER_DEMO_DATA/);
  });

  it('when CHASER_NOW is set, then the clock starts there', () => {
    expect(loadConfig({ CHASER_NOW: '2022-05-09T08:59:00+01:00' }).now?.toISOString()).toBe('2022-05-09T07:59:00.000Z');
  });

  it('when the settings are listed, then every one has an environment name and a doc line', () => {
    const rows = settingRows();
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      expect(row.env).toMatch(/^[A-Z_]+$/);
      expect(row.doc.length).toBeGreaterThan(10);
    }
  });
});

describe('config: the language model settings', () => {
  it('when only some of the Azure OpenAI settings are given, then start-up stops saying all three go together', () => {
    expect(() => loadConfig({ AZURE_OPENAI_ENDPOINT: 'https://x.openai.azure.com' })).toThrow(/set all three or none/);
    expect(loadConfig({ AZURE_OPENAI_ENDPOINT: 'https://x', AZURE_OPENAI_API_KEY: 'k', AZURE_OPENAI_DEPLOYMENT: 'd' }).openAiDeployment).toBe('d');
  });
});

describe('log lines', () => {
  it('when written as text, then a person can read them and secrets are still redacted', () => {
    const { createLogger, textLines } = require('../../src/log') as typeof import('../../src/log');
    const lines: string[] = [];
    const log = createLogger('info', textLines({ write: (l: string) => lines.push(l) } as unknown as NodeJS.WritableStream));
    log.info({ url: 'http://127.0.0.1:3978/api/messages', appPassword: 'hunter2' }, 'Chaser is listening');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\d\d:\d\d:\d\d info {2}Chaser is listening {2}url=http:\/\/127\.0\.0\.1:3978\/api\/messages appPassword=\[redacted\]\n$/);
  });
});
