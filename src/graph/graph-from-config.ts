import { ClientSecretCredential, ManagedIdentityCredential, TokenCredential } from '@azure/identity';
import type { Config } from '../config';
import type { Directory } from '../app/ports';
import type { Logger } from '../log';
import { graphClient } from './graph-client';
import { graphDirectory } from './graph-directory';

const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';

/**
 * The directory for this configuration: Graph with the bot's own identity (a user-assigned managed identity
 * for MICROSOFT_APP_TYPE=UserAssignedMSI, else the app id and secret in MICROSOFT_APP_TENANT_ID), or null —
 * CHASER_GRAPH=false, local mode (no app id), or a multi-tenant bot without a home tenant — when leads are
 * then mapped unverified. `why` says which, for the secretariat.
 */
export function directoryFor(config: Config, log: Logger): { directory: Directory | null; why: string | null } {
  if (!config.graph) return { directory: null, why: 'CHASER_GRAPH is off' };
  const credential = credentialFor(config);
  if (!credential) return { directory: null, why: config.appId ? 'MICROSOFT_APP_TENANT_ID is not set, so Chaser cannot sign in to Microsoft Graph' : 'Chaser runs without an app id (local mode), so it cannot sign in to Microsoft Graph' };
  const token = async () => {
    const got = await credential.getToken(GRAPH_SCOPE);
    if (!got) throw new Error('no token was issued');
    return got.token;
  };
  return { directory: graphDirectory(graphClient({ baseUrl: config.graphUrl, token, log })), why: null };
}

function credentialFor(config: Config): TokenCredential | null {
  if (!config.appId) return null;
  if (config.appType === 'UserAssignedMSI') return new ManagedIdentityCredential({ clientId: config.appId });
  if (!config.appTenantId || !config.appPassword) return null;
  return new ClientSecretCredential(config.appTenantId, config.appId, config.appPassword);
}
