import { ConfigurationServiceClientCredentialFactory } from 'botbuilder';
import { TeamsAdapter } from '@microsoft/teams-ai';
import type { Config } from '../config';

/**
 * The Bot Framework adapter. With an app id, every request to /api/messages must carry a valid
 * Bot Framework JWT (else 401). Without one (local mode) requests are accepted unauthenticated,
 * which is why the server then listens on loopback only.
 */
export function createAdapter(config: Pick<Config, 'appId' | 'appPassword' | 'appTenantId' | 'appType'>): TeamsAdapter {
  const auth = {
    MicrosoftAppId: config.appId ?? '',
    MicrosoftAppPassword: config.appPassword ?? '',
    MicrosoftAppTenantId: config.appTenantId ?? '',
    MicrosoftAppType: config.appId ? config.appType : '',
  };
  return new TeamsAdapter(auth, new ConfigurationServiceClientCredentialFactory(auth));
}
