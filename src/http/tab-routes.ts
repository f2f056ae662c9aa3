import * as fs from 'fs';
import * as path from 'path';
import type * as restify from 'restify';
import { parseActionKey } from '../domain/action';
import { parseRegisterQuery } from '../domain/register';
import { ChaserError, InvalidInputError, NotAllowedError, NotFoundError, StaleRecordError, userMessage } from '../errors';
import { browseRegister } from '../app/tab/browse-register';
import { chaseFromTab } from '../app/tab/chase-from-tab';
import { correctLead } from '../app/tab/correct-lead';
import { EXPORT_FORMATS, ExportFormat, exportSelection } from '../app/tab/export-selection';
import { setLeadPeople, viewLeads } from '../app/tab/lead-directory';
import { openAction } from '../app/tab/open-action';
import { openTabSession } from '../app/tab/tab-session';
import { tabDigest } from '../app/tab/tab-digest';
import type { TabDeps } from '../app/tab/tab-deps';
import { TabUpdateResult, updateFromTab } from '../app/tab/update-from-tab';
import { RequestRefusal, readJsonBody } from './json-body';
import { IdentityRefused, TabIdentity } from './tab-identity';

/** Where the page is served: `GET /tab` (the register), `/tab/config` (a channel tab's setup), `/tab/assets/…`. */
export const TAB_PATH = '/tab';

/** Where `npm run build:tab` writes the page: dist/tab, beside the compiled server (so the deploy package has it). */
export const TAB_ASSETS_DIR = path.resolve(__dirname, '..', '..', 'dist', 'tab');

export interface TabRouteOptions {
  deps: TabDeps;
  identity: TabIdentity;
  /** Override where the built page is read from (tests). */
  assetsDir?: string;
}

const TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.map': 'application/json', '.svg': 'image/svg+xml' };

/**
 * Teams shows a tab in a frame of its own hosts; nothing else may frame it, and the page loads only
 * from Chaser itself (no CDN).
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.cloud.microsoft https://*.office.com https://*.microsoft365.com",
].join('; ');

/**
 * The register tab: the page and its JSON API. Every API call first decides who is calling (Teams SSO,
 * or the local user without an app id), then calls a use case of src/app/tab with the same rights as
 * chat. Routes: GET /api/tab/session, /register, /export (docx, xlsx, csv of what the register shows), /actions/:key, /digest, /leads; POST /actions/:key/update
 * (a status update), /actions/:key/lead (a lead correction), /actions/:key/chase (the secretariat's "Chase now"), /leads (who answers for a lead). Answers: 401 not identified, 403 refused, 404 not found, 400 invalid, 412 a stale edit (with
 * the action as it stands now), 409 a chase not sent (already today, complete, nobody reachable), 502 Teams did not take the chase, 200 otherwise; errors carry `{ code, message }`.
 */
export function addTabRoutes(server: restify.Server, options: TabRouteOptions): void {
  const assets = options.assetsDir ?? TAB_ASSETS_DIR;
  const { deps, identity } = options;

  const page = async (_req: restify.Request, res: restify.Response) => {
    const file = path.join(assets, 'index.html');
    if (!fs.existsSync(file)) {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('The register tab has not been built: run `npm run build:tab` (npm test and npm run build:deploy do it).');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP, 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' });
    res.end(fs.readFileSync(file));
  };
  server.get(TAB_PATH, page);
  server.get(`${TAB_PATH}/config`, page);
  server.get(`${TAB_PATH}/assets/:file`, async (req: restify.Request, res: restify.Response) => {
    const name = String((req.params as Record<string, unknown>).file ?? '');
    const type = TYPES[path.extname(name)];
    const file = path.join(assets, name);
    if (!/^[A-Za-z0-9._-]+$/.test(name) || !type || !fs.existsSync(file)) {
      res.send(404, { code: 'not-found', message: 'No such file.' });
      return;
    }
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' });
    res.end(fs.readFileSync(file));
  });

  /** Identifies the caller, runs the handler, and turns refusals into JSON answers. */
  const api = (handler: (req: restify.Request, res: restify.Response, actor: Awaited<ReturnType<TabIdentity['identify']>>) => Promise<void>) =>
    async (req: restify.Request, res: restify.Response) => {
      res.header('cache-control', 'no-store');
      try {
        const actor = await identity.identify(req.headers.authorization);
        await handler(req, res, actor);
      } catch (err) {
        const status = statusOf(err);
        if (status >= 500) deps.log.error({ err, path: req.path() }, 'request failed');
        if (status === 401) deps.log.warn({ reason: (err as Error).message, path: req.path() }, 'tab request not identified');
        res.send(status, { code: codeOf(err), message: err instanceof IdentityRefused || err instanceof RequestRefusal ? err.message : userMessage(err) });
      }
    };

  server.get('/api/tab/session', api(async (_req, res, actor) => {
    res.send(200, { ...(await openTabSession(actor, deps)), mode: identity.mode });
  }));

  server.get('/api/tab/register', api(async (req, res, actor) => {
    const parsed = parseRegisterQuery((req.query ?? {}) as Record<string, string>);
    if ('problem' in parsed) throw new InvalidInputError(parsed.problem);
    const result = await browseRegister(parsed.query, actor, deps);
    if (result.kind === 'refused') throw new NotAllowedError(result.message);
    res.send(200, { today: result.today, ...result.page });
  }));

  server.get('/api/tab/export', api(async (req, res, actor) => {
    const params = (req.query ?? {}) as Record<string, string>;
    const format = String(params.format ?? '').toLowerCase();
    if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw new InvalidInputError(`format must be one of ${EXPORT_FORMATS.join(', ')} (got "${format.slice(0, 20)}").`);
    const parsed = parseRegisterQuery(params);
    if ('problem' in parsed) throw new InvalidInputError(parsed.problem);
    const file = await exportSelection(parsed.query, format as ExportFormat, actor, deps);
    res.writeHead(200, { 'content-type': file.contentType, 'content-disposition': `attachment; filename="${file.fileName}"`, 'content-length': file.body.length });
    res.end(file.body);
  }));

  server.get('/api/tab/actions/:key', api(async (req, res, actor) => {
    const id = idOf(req);
    const opened = await openAction(id, actor, deps);
    if (opened.kind !== 'detail') throw opened.kind === 'refused' ? new NotAllowedError(opened.message) : new NotFoundError(opened.message);
    res.header('etag', `"${opened.detail.action.updatedAt}"`);
    res.send(200, opened.detail);
  }));

  server.post('/api/tab/actions/:key/update', api(async (req, res, actor) => {
    const id = idOf(req);
    const body = await objectBody(req, 'status, text, revisedDue, version');
    const version = versionOf(req, body);
    const result = await updateFromTab({
      id,
      version,
      report: { status: body.status as never, text: typeof body.text === 'string' ? body.text : '', revisedDue: typeof body.revisedDue === 'string' && body.revisedDue ? body.revisedDue : null },
    }, actor, deps);
    answerUpdate(res, result);
  }));

  server.post('/api/tab/actions/:key/lead', api(async (req, res, actor) => {
    const id = idOf(req);
    const body = await objectBody(req, 'lead, reason, version');
    const version = versionOf(req, body);
    answerUpdate(res, await correctLead({ id, version, lead: text(body.lead), reason: text(body.reason) }, actor, deps));
  }));

  server.post('/api/tab/actions/:key/chase', api(async (req, res, actor) => {
    const id = idOf(req);
    const body = await objectBody(req, 'note');
    if (body.note !== undefined && body.note !== null && typeof body.note !== 'string') throw new InvalidInputError('note must be text (the line for the lead), or left out; nobody was chased.');
    if (!deps.chase) {
      res.send(503, { code: 'chase-unavailable', message: 'Chasing is not connected in this installation, so nobody was chased: use chaser chase on the command line.' });
      return;
    }
    const { result, detail } = await chaseFromTab({ id, note: text(body.note) }, actor, { ...deps, chase: deps.chase });
    if (result.kind === 'not-found') throw new NotFoundError(result.message);
    if (result.kind === 'chased') {
      res.send(200, { outcome: 'chased', message: result.message, at: result.at, detail });
      return;
    }
    const status = result.kind === 'failed' ? 502 : 409;
    res.send(status, { code: result.kind === 'failed' ? 'not-delivered' : result.kind, message: result.message, ...('at' in result ? { at: result.at } : {}), detail });
  }));

  server.get('/api/tab/leads', api(async (_req, res, actor) => {
    res.send(200, await viewLeads(actor, deps));
  }));

  server.post('/api/tab/leads', api(async (req, res, actor) => {
    const body = await objectBody(req, 'lead, users');
    const users = Array.isArray(body.users) ? body.users.filter((u): u is string => typeof u === 'string') : [];
    res.send(200, await setLeadPeople(text(body.lead), users, actor, deps));
  }));

  server.get('/api/tab/digest', api(async (_req, res, actor) => {
    const digest = await tabDigest(actor, deps);
    if ('kind' in digest) throw new NotAllowedError(digest.message);
    res.send(200, digest);
  }));
}

/** A stale edit is 412 with the action as it stands now; a recorded one 200 with the action; both with its ETag. */
function answerUpdate(res: restify.Response, result: TabUpdateResult): void {
  if (result.kind === 'stale') {
    res.header('etag', `"${result.current.action.updatedAt}"`);
    res.send(412, { code: 'stale-record', message: result.message, current: result.current });
    return;
  }
  res.header('etag', `"${result.detail.action.updatedAt}"`);
  res.send(200, result.detail);
}

async function objectBody(req: restify.Request, fields: string): Promise<Record<string, unknown>> {
  const body = (await readJsonBody(req)) as Record<string, unknown> | null;
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new InvalidInputError(`Send a JSON object: ${fields}.`);
  return body;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The version an edit was made on: the body's `version`, else the `If-Match` header (quotes and W/ dropped). */
function versionOf(req: restify.Request, body: Record<string, unknown>): string {
  const ifMatch = typeof req.headers['if-match'] === 'string' ? req.headers['if-match'].replace(/^W\//, '').replace(/^"|"$/g, '') : undefined;
  const version = typeof body.version === 'string' && body.version ? body.version : ifMatch;
  if (!version) throw new InvalidInputError('Send the version of the action you are changing (its updatedAt, or the If-Match header).');
  return version;
}

function idOf(req: restify.Request) {
  const key: unknown = (req.params as Record<string, unknown>).key;
  const id = parseActionKey(key);
  if (!id) throw new NotFoundError(`"${String(key).slice(0, 40)}" is not an action key (such as OB_2022-04-21_005).`);
  return id;
}

function statusOf(err: unknown): number {
  if (err instanceof IdentityRefused) return 401;
  if (err instanceof RequestRefusal) return err.status;
  if (err instanceof NotAllowedError) return 403;
  if (err instanceof NotFoundError) return 404;
  if (err instanceof InvalidInputError) return 400;
  if (err instanceof StaleRecordError) return 409;
  return 500;
}

function codeOf(err: unknown): string {
  if (err instanceof IdentityRefused) return 'unauthorized'; // the wire code the page knows; the catalogue's is identity-refused
  if (err instanceof RequestRefusal) return err.code;
  if (err instanceof ChaserError) return err.code;
  return 'internal';
}
