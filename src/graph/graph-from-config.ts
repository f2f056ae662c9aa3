import { ClientSecretCredential, ManagedIdentityCredential, TokenCredential } from '@azure/identity';
import type { Config } from '../config';
import type { AppInstaller, Directory } from '../app/ports';
import type { Logger } from '../log';
import { GraphToken, graphClient } from './graph-client';
import { graphDirectory } from './graph-directory';
import { graphInstaller } from './graph-installer';

const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';

/**
 * The directory for this configuration: Graph with the bot's own identity (a user-assigned managed identity
 * for MICROSOFT_APP_TYPE=UserAssignedMSI, else the app id and secret in MICROSOFT_APP_TENANT_ID), or null —
 * CHASER_GRAPH=false, local mode (no app id), or a multi-tenant bot without a home tenant — when leads are
 * then mapped unverified. `why` says which, for the secretariat. `token` replaces the bot's identity (tests
 * against a Graph stand-in, which has no Entra behind it).
 */
export function directoryFor(config: Config, log: Logger, token?: GraphToken): { directory: Directory | null; why: string | null } {
  if (!config.graph) return { directory: null, why: 'CHASER_GRAPH is off' };
  const got = token ?? tokenFor(config);
  if (!got) return { directory: null, why: config.appId ? 'MICROSOFT_APP_TENANT_ID is not set, so Chaser cannot sign in to Microsoft Graph' : 'Chaser runs without an app id (local mode), so it cannot sign in to Microsoft Graph' };
  return { directory: graphDirectory(graphClient({ baseUrl: config.graphUrl, token: got, log })), why: null };
}

/**
 * The installer for this configuration (Graph with the bot's identity), or null with `why`: CHASER_INSTALL_FOR_LEADS
 * off, no CHASER_TEAMS_APP_ID, or no Graph (as for {@link directoryFor}).
 */
export function installerFor(config: Config, log: Logger, token?: GraphToken): { installer: AppInstaller | null; why: string | null } {
  if (!config.installForLeads) return { installer: null, why: 'installing for people is off (CHASER_INSTALL_FOR_LEADS=false): a Teams admin must install Chaser for them' };
  if (!config.teamsAppId) return { installer: null, why: 'CHASER_TEAMS_APP_ID is not set, so Chaser cannot find itself in the app catalogue' };
  const got = config.graph ? token ?? tokenFor(config) : null;
  if (!got) return { installer: null, why: 'Microsoft Graph is not available to Chaser (CHASER_GRAPH off, or no app identity)' };
  const graph = graphClient({ baseUrl: config.graphUrl, token: got, log });
  return { installer: graphInstaller(graph, { manifestAppId: config.teamsAppId, graphUrl: config.graphUrl }), why: null };
}

/** A Graph token from the bot's own identity, or null when it has none (local mode, no tenant or secret). */
function tokenFor(config: Config): GraphToken | null {
  const credential = credentialFor(config);
  return credential ? tokenOf(credential) : null;
}

function tokenOf(credential: TokenCredential): GraphToken {
  return async () => {
    const got = await credential.getToken(GRAPH_SCOPE);
    if (!got) throw new Error('no token was issued');
    return got.token;
  };
}

function credentialFor(config: Config): TokenCredential | null {
  if (!config.appId) return null;
  if (config.appType === 'UserAssignedMSI') return new ManagedIdentityCredential({ clientId: config.appId });
  if (!config.appTenantId || !config.appPassword) return null;
  return new ClientSecretCredential(config.appTenantId, config.appId, config.appPassword);
}
