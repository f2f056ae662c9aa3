import type { AddressInfo } from 'net';
import type * as restify from 'restify';
import { JWK, KeyLike, SignJWT, createLocalJWKSet, exportJWK, generateKeyPair } from 'jose';
import type { Store } from '../../src/app/ports';
import type { ChaseSender } from '../../src/app/reach/chase-now';
import type { Action } from '../../src/domain/action';
import type { ActionUpdate } from '../../src/domain/action-update';
import { englandAndWalesCalendar } from '../../src/domain/business-days';
import { Clock, fixedClock } from '../../src/domain/clock';
import { addTabRoutes } from '../../src/http/tab-routes';
import { TabIdentity, teamsSsoIdentity } from '../../src/http/tab-identity';
import { silentLogger } from '../../src/log';
import { closeServer, createServer, listen } from '../../src/server';
import type { Bot } from '../../src/teams/bot-app';
import { anAction, anUpdate } from './builders';
import { memoryStore } from './memory-store';

/** The app registration the tab's tokens are for, in these tests (invented values). */
export const TAB_APP = { appId: '6f1c2b7e-1111-4c2d-9e3f-0a1b2c3d4e5f', domain: 'chaser.example.org', tenant: '9a8b7c6d-2222-4e5f-8a9b-0c1d2e3f4a5b' };

/** People of the fixture register: the secretariat, the MPS lead, a delegate-less stranger. */
export const PEOPLE = {
  clerk: { oid: 'oid-clerk-0001', name: 'Priya Clerk', upn: 'priya.clerk@mopac.example' },
  lead: { oid: 'oid-lead-0002', name: 'Cmdr Jo Lead', upn: 'jo.lead@met.example' },
  otherLead: { oid: 'oid-lead-0003', name: 'Sam Other', upn: 'sam.other@mopac.example' },
  stranger: { oid: 'oid-stranger-0004', name: 'Robin Nobody', upn: 'robin@elsewhere.example' },
} as const;

export type Person = (typeof PEOPLE)[keyof typeof PEOPLE];

/** Monday 9 May 2022, 09:00 London: the demo's morning. */
export const TAB_NOW = '2022-05-09T08:00:00.000Z';

/** A signing key set of our own, standing in for Microsoft Entra's published keys. */
export interface TestKeys {
  privateKey: KeyLike;
  jwk: JWK;
  keys: ReturnType<typeof createLocalJWKSet>;
}

export async function makeKeys(kid = 'test-key-1'): Promise<TestKeys> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  return { privateKey, jwk, keys: createLocalJWKSet({ keys: [jwk] }) };
}

/** A Teams SSO token as Entra issues it for the tab; every claim can be overridden to make a bad one. */
export async function ssoToken(keys: Pick<TestKeys, 'privateKey'>, person: { oid: string; name: string; upn: string }, overrides: { aud?: string; tid?: string; iss?: string; exp?: number; iat?: number; kid?: string; oid?: string | null } = {}): Promise<string> {
  const now = Math.floor(Date.parse(TAB_NOW) / 1000);
  const tid = overrides.tid ?? TAB_APP.tenant;
  const claims: Record<string, unknown> = { tid, name: person.name, preferred_username: person.upn, scp: 'access_as_user' };
  if (overrides.oid !== null) claims.oid = overrides.oid ?? person.oid;
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid: overrides.kid ?? 'test-key-1' })
    .setIssuer(overrides.iss ?? `https://login.microsoftonline.com/${tid}/v2.0`)
    .setAudience(overrides.aud ?? `api://${TAB_APP.domain}/${TAB_APP.appId}`)
    .setIssuedAt(overrides.iat ?? now - 60)
    .setExpirationTime(overrides.exp ?? now + 3600)
    .sign(keys.privateKey);
}

/** The Teams SSO identity of the fixture app, trusting only the given key set, at the fixture's time. */
export function ssoIdentity(keys: TestKeys, clock: Clock = fixedClock(TAB_NOW)): TabIdentity {
  return teamsSsoIdentity({ appId: TAB_APP.appId, domain: TAB_APP.domain, tenants: [TAB_APP.tenant], keys: keys.keys, now: () => clock.now() });
}

/**
 * A small register like the demo's: two meetings, MPS and MOPAC actions at every RAG, some overdue on
 * 9 May 2022, a history for each (created on import day, some status updates since).
 */
export async function seedRegister(store: Store): Promise<Action[]> {
  const created = '2022-04-25T09:00:00.000Z';
  const rows: Array<Partial<Action>> = [
    { number: 1, text: 'MPS to share the stop and search dashboard with MOPAC.', timing: 'End April', due: '2022-04-29', lead: 'MPS', status: 'awaiting_update' },
    { number: 2, text: 'MOPAC to circulate the strip search review terms of reference.', timing: 'By 6 May', due: '2022-05-06', lead: 'MOPAC', status: 'amber' },
    { number: 3, text: 'MPS to report on the handcuffing data linkage.', timing: 'By 13 May', due: '2022-05-13', lead: 'MPS', status: 'on_track' },
    { number: 4, text: 'MPS to publish the body worn video audit.', timing: 'By mid-May', due: '2022-05-16', lead: 'MPS', status: 'red' },
    { number: 5, text: 'MPS to advise when it can provide the outcome of linking the data.', timing: 'As soon as possible', due: '2022-05-05', lead: 'MPS', status: 'complete' },
    { number: 6, text: 'MOPAC to schedule the June deep dive on custody.', timing: 'For discussion at the June meeting', due: '2022-06-01', lead: 'MOPAC', status: 'awaiting_update' },
    { number: 7, text: 'Secretariat to confirm the date of the autumn meeting.', timing: 'TBC', due: null, lead: 'MOPAC', status: 'awaiting_update', flags: ['needs-date'] },
  ];
  const actions = rows.map((r) => anAction({ ...r, ref: String(r.number), createdAt: created, updatedAt: r.status === 'awaiting_update' ? created : '2022-05-03T10:00:00.000Z' }));
  const withLatest = actions.map((a) => a.status === 'awaiting_update' ? a : { ...a, latest: { status: a.status, text: `Update on ${a.number}.`, by: PEOPLE.lead.oid, byName: PEOPLE.lead.name, at: a.updatedAt, revisedDue: null } });
  const later = anAction({ meetingDate: '2022-06-16', number: 1, ref: '1', text: 'MPS to bring the stop and search disproportionality plan.', timing: 'By 30 June', due: '2022-06-30', lead: 'MPS', createdAt: '2022-05-02T09:00:00.000Z', updatedAt: '2022-05-02T09:00:00.000Z' });
  const history = (a: Action): ActionUpdate[] => {
    const made = anUpdate({ kind: 'created', at: a.createdAt, by: 'cli:clerk', byName: 'Import', source: 'import', status: null, text: '', changes: [] });
    return a.latest ? [made, anUpdate({ at: a.latest.at, status: a.latest.status, text: a.latest.text, by: a.latest.by, byName: a.latest.byName, changes: [{ field: 'status', from: 'awaiting_update', to: a.latest.status }] })] : [made];
  };
  const all = [...withLatest, later];
  await store.actions.createMany(all.map((a) => ({ action: a, history: history(a) })));
  await store.leads.save({ lead: 'MPS', users: [{ id: PEOPLE.lead.upn, name: PEOPLE.lead.name }], delegates: [], updatedAt: created });
  await store.leads.save({ lead: 'MOPAC', users: [{ id: PEOPLE.otherLead.oid, name: PEOPLE.otherLead.name }], delegates: [], updatedAt: created });
  await store.admins.add({ id: PEOPLE.clerk.oid, name: PEOPLE.clerk.name, addedAt: created, addedBy: 'cli:setup' });
  return all;
}

const bot = { requiresAuthentication: true, receive: async () => ({ status: 200 }) } as unknown as Bot;

/** A running Chaser HTTP server with the tab's routes over an in-memory register. */
export interface TabServer {
  url: string;
  store: Store;
  clock: Clock;
  server: restify.Server;
  stop(): Promise<void>;
}

export async function startTabServer(options: { identity: TabIdentity; store?: Store; clock?: Clock; leadsSeeAll?: boolean; assetsDir?: string; chase?: ChaseSender }): Promise<TabServer> {
  const store = options.store ?? memoryStore();
  const clock = options.clock ?? fixedClock(TAB_NOW);
  const server = createServer({ bot, storage: store.health, log: silentLogger });
  addTabRoutes(server, {
    deps: { store, clock, calendar: englandAndWalesCalendar(), log: silentLogger, leadsSeeAll: options.leadsSeeAll ?? true, openToTenant: false, chase: options.chase },
    identity: options.identity,
    assetsDir: options.assetsDir,
  });
  await listen(server, 0, '127.0.0.1');
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, store, clock, server, stop: () => closeServer(server) };
}
