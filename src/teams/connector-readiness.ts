import { ConfigurationServiceClientCredentialFactory } from 'botbuilder';
import type { Config } from '../config';
import type { ReadinessCheck } from '../http/readiness';

/** Bot Framework's token audience and sign-in authority (the values CloudAdapter itself uses). */
const BOT_FRAMEWORK_SCOPE = 'https://api.botframework.com';
const LOGIN = 'https://login.microsoftonline.com';

/** Something that can get the bot's token: botbuilder's app credentials (secret, certificate or managed identity). */
interface TokenSource {
  getToken?(forceRefresh?: boolean): Promise<string>;
}

/**
 * Readiness of the connector: can Chaser get the token it needs to send to Teams (client secret or
 * managed identity)? Null without an app id (local mode talks to no connector). The credentials cache the
 * token, so a check after the first is cheap until it nears expiry.
 */
export function connectorReadiness(config: Pick<Config, 'appId' | 'appPassword' | 'appTenantId' | 'appType'>): ReadinessCheck | null {
  if (!config.appId) return null;
  const appId = config.appId;
  const factory = new ConfigurationServiceClientCredentialFactory({
    MicrosoftAppId: appId,
    MicrosoftAppPassword: config.appPassword ?? '',
    MicrosoftAppTenantId: config.appTenantId ?? '',
    MicrosoftAppType: config.appType,
  });
  const authority = `${LOGIN}/${config.appType === 'MultiTenant' || !config.appTenantId ? 'botframework.com' : config.appTenantId}`;
  return {
    name: 'connector',
    async check() {
      const credentials = (await factory.createCredentials(appId, BOT_FRAMEWORK_SCOPE, authority, true)) as TokenSource;
      if (typeof credentials.getToken !== 'function') return;
      if (!(await credentials.getToken(false))) throw new Error('the credentials gave no token');
    },
  };
}
