import { Activity, ConfigurationServiceClientCredentialFactory, TurnContext } from 'botbuilder';
import { TeamsAdapter } from '@microsoft/teams-ai';
import type { Config } from '../config';
import { authenticationTarget, checkActivity } from './activity-shape';
import { KeptClients, appIdOf } from './kept-clients';

/** What the HTTP layer answers for one inbound request: a status and an optional JSON body. */
export interface InboundResult {
  status: number;
  body?: unknown;
}

/**
 * The Bot Framework adapter. With an app id, every request to /api/messages must carry a valid
 * Bot Framework JWT (else 401). Without one (local mode) requests are accepted unauthenticated,
 * which is why the server then listens on loopback only.
 */
export class ChaserAdapter extends TeamsAdapter {
  private readonly connectors = new KeptClients();

  constructor(readonly requiresAuthentication: boolean, auth: Record<string, string>) {
    super(auth, new ConfigurationServiceClientCredentialFactory(auth));
    // One UserTokenClient per app id, not one per turn (see kept-clients.ts).
    const authentication = this.botFrameworkAuthentication;
    const createUserTokenClient = authentication.createUserTokenClient.bind(authentication);
    const userTokenClients = new KeptClients();
    authentication.createUserTokenClient = (claims) => userTokenClients.get(appIdOf(claims), () => createUserTokenClient(claims));
  }

  /**
   * Runs one inbound request: authentication first (401, whatever the body holds), then the activity's
   * shape (400 with a sentence naming the field), then the turn. Replaces `process(req, res)`, which
   * answers a malformed body with 500 and library text.
   */
  async receive(authHeader: string, body: unknown, logic: (context: TurnContext) => Promise<void>): Promise<InboundResult> {
    let authenticated;
    try {
      authenticated = await this.botFrameworkAuthentication.authenticateRequest(authenticationTarget(body) as Activity, authHeader);
    } catch {
      return { status: 401, body: { code: 'Unauthorized', message: 'The request does not carry a valid Bot Framework token.' } };
    }
    const check = checkActivity(body);
    if (!check.ok) return { status: 400, body: { code: 'BadRequest', message: check.message } };
    // One ConnectorClient per app id, audience and service URL, not one per turn (see kept-clients.ts).
    const factory = authenticated.connectorFactory;
    const appId = appIdOf(authenticated.claimsIdentity);
    const connectorFactory = factory && {
      create: (serviceUrl: string, audience?: string) => this.connectors.get(`${appId}\n${audience ?? ''}\n${serviceUrl}`, () => factory.create(serviceUrl, audience)),
    };
    const invoke = await this.processActivity({ ...authenticated, connectorFactory }, withDates(check.activity), logic);
    return { status: invoke?.status ?? 200, body: invoke?.body };
  }
}

/** Bot Framework's own fix-up: timestamps arrive as strings and are read as dates. */
function withDates(activity: Record<string, unknown>): Activity {
  for (const field of ['timestamp', 'localTimestamp', 'expiration']) {
    const value = activity[field];
    if (typeof value !== 'string') continue;
    activity[`raw${field[0]!.toUpperCase()}${field.slice(1)}`] = value;
    activity[field] = new Date(value);
  }
  return activity as unknown as Activity;
}

export function createAdapter(config: Pick<Config, 'appId' | 'appPassword' | 'appTenantId' | 'appType'>): ChaserAdapter {
  const auth = {
    MicrosoftAppId: config.appId ?? '',
    MicrosoftAppPassword: config.appPassword ?? '',
    MicrosoftAppTenantId: config.appTenantId ?? '',
    MicrosoftAppType: config.appId ? config.appType : '',
  };
  return new ChaserAdapter(Boolean(config.appId), auth);
}
