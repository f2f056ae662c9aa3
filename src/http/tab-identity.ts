import { JWTPayload, JWTVerifyGetKey, createRemoteJWKSet, errors as joseErrors, jwtVerify } from 'jose';
import type { Actor } from '../domain/actor';
import { ChaserError } from '../errors';

/** Why a tab request was not let in (always answered 401, with this sentence). */
export class IdentityRefused extends ChaserError {
  constructor(message: string) {
    super('identity-refused', message);
  }
}

/**
 * Decides who is calling the tab's API. The page never says who it is: in Teams it sends the Teams SSO
 * token (`Authorization: Bearer …`) and the server validates it; locally it sends nothing.
 * @throws IdentityRefused when the caller cannot be identified
 */
export interface TabIdentity {
  /** `teams-sso` in production (the page must send a token), `local` without an app id. */
  readonly mode: 'teams-sso' | 'local';
  identify(authorization: string | undefined): Promise<Actor>;
}

/**
 * Without an app id (a local run, `npm start`) the tab acts as one fixed person: the Agents Playground's
 * user, so a newcomer sees the demo register in a plain browser. Chaser then listens on loopback only.
 */
export function localIdentity(user: Actor): TabIdentity {
  return { mode: 'local', identify: async () => user };
}

/** How Teams SSO tokens are checked: against Chaser's app registration. */
export interface TeamsSsoOptions {
  /** The Entra app (bot) id. */
  appId: string;
  /** The public host the tab is served from: the token's audience is `api://<domain>/<appId>`. */
  domain: string;
  /** Tenants whose tokens are accepted (the `tid` claim); empty = any tenant (a multi-tenant app). */
  tenants: string[];
  /** Where the signing keys come from; default: Microsoft Entra's published key set for the first tenant (or `common`). */
  keys?: JWTVerifyGetKey;
  /** The time tokens are checked against (expiry, not-before); default: the system clock. */
  now?: () => Date;
}

/** Seconds of clock skew allowed on expiry and not-before. */
const CLOCK_TOLERANCE_S = 60;

/**
 * Validates the Teams SSO token the page got from `authentication.getAuthToken()`: RS256 signature by a
 * key of the key set, audience `api://<domain>/<appId>` (or the bare app id, as v2 tokens carry it),
 * issuer of Entra v1 or v2 for the token's tenant, tenant among those accepted, not expired. The person
 * is the token's `oid` (AAD object id), also known by `preferred_username`/`upn`, as in chat.
 */
export function teamsSsoIdentity(options: TeamsSsoOptions): TabIdentity {
  const keys = options.keys ?? createRemoteJWKSet(new URL(`https://login.microsoftonline.com/${options.tenants[0] ?? 'common'}/discovery/v2.0/keys`));
  const audience = [`api://${options.domain}/${options.appId}`, options.appId];
  const tenants = options.tenants.map((t) => t.toLowerCase());
  return {
    mode: 'teams-sso',
    async identify(authorization) {
      const token = /^bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '')?.[1];
      if (!token) throw new IdentityRefused('Sign in through Teams: the request carries no Teams token.');
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, keys, {
          audience,
          algorithms: ['RS256'],
          clockTolerance: CLOCK_TOLERANCE_S,
          currentDate: options.now?.(),
          requiredClaims: ['exp', 'iss', 'tid'],
        }));
      } catch (err) {
        throw new IdentityRefused(refusalFor(err));
      }
      const tid = String(payload.tid).toLowerCase();
      if (tenants.length && !tenants.includes(tid)) throw new IdentityRefused('The Teams token is for another organisation (tenant).');
      const issuers = [`https://login.microsoftonline.com/${tid}/v2.0`, `https://sts.windows.net/${tid}/`];
      if (!issuers.includes(String(payload.iss).toLowerCase())) throw new IdentityRefused('The Teams token was not issued by Microsoft Entra for its tenant.');
      const oid = typeof payload.oid === 'string' ? payload.oid : '';
      if (!oid) throw new IdentityRefused('The Teams token does not name a user (no oid).');
      const upn = [payload.preferred_username, payload.upn].find((x): x is string => typeof x === 'string' && x.length > 0);
      const name = typeof payload.name === 'string' && payload.name ? payload.name : upn ?? oid;
      return { id: oid, name, aliases: upn ? [upn.toLowerCase()] : [] };
    },
  };
}

function refusalFor(err: unknown): string {
  if (err instanceof joseErrors.JWTExpired) return 'The Teams token has expired; reload the tab.';
  if (err instanceof joseErrors.JWTClaimValidationFailed) return `The Teams token is not for Chaser (${err.claim} does not match).`;
  if (err instanceof joseErrors.JWSSignatureVerificationFailed || err instanceof joseErrors.JWKSNoMatchingKey) return 'The Teams token is not signed by Microsoft Entra.';
  return 'The Teams token could not be read.';
}

/** The settings that decide how the tab identifies people (from src/config.ts). */
export interface TabIdentitySettings {
  local: boolean;
  appId?: string;
  appTenantId?: string;
  allowedTenants: string[];
  tabDomain?: string;
}

/**
 * Local run (no app id) → the given local user; otherwise Teams SSO for the app registration, its
 * tenant (or the allowed tenants). Without CHASER_TAB_DOMAIN in production the audience cannot be
 * known, so every request is refused with a sentence naming the setting.
 */
export function tabIdentityFor(settings: TabIdentitySettings, localUser: Actor): TabIdentity {
  if (settings.local || !settings.appId) return localIdentity(localUser);
  if (!settings.tabDomain) {
    return { mode: 'teams-sso', identify: async () => { throw new IdentityRefused('The tab is not set up: CHASER_TAB_DOMAIN (the domain of its SSO audience) is not set.'); } };
  }
  const tenants = settings.appTenantId ? [settings.appTenantId] : settings.allowedTenants;
  return teamsSsoIdentity({ appId: settings.appId, domain: settings.tabDomain, tenants });
}
