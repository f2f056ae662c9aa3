import { askQuestion } from '../../../src/app/questions/ask-question';
import { Vocabulary } from '../../../src/app/questions/vocabulary';
import type { ActionDetail } from '../../../src/app/tab/open-action';
import type { TabSession } from '../../../src/app/tab/tab-session';
import type { TabDigest } from '../../../src/app/tab/tab-digest';
import type { Page, RegisterRow } from '../../../src/domain/register';
import { anAction } from '../../support/builders';
import { PEOPLE, Person, TAB_APP, TabServer, TestKeys, makeKeys, seedRegister, ssoIdentity, ssoToken, startTabServer } from '../../support/tab-fixture';

/**
 * The tab's API over HTTP on the real restify server: identity from Teams SSO tokens signed by a local
 * key set, the register, one action, updates with versions, the dashboard's data. The register is the
 * in-memory twin seeded like the demo (two meetings, MPS and MOPAC, every RAG, some overdue on 9 May 2022).
 */
let keys: TestKeys;
let tab: TabServer;

beforeAll(async () => {
  keys = await makeKeys();
});

beforeEach(async () => {
  tab = await startTabServer({ identity: ssoIdentity(keys) });
  await seedRegister(tab.store);
});

afterEach(async () => {
  await tab.stop();
});

async function get<T>(path: string, person: Person | null, token?: string): Promise<{ status: number; body: T; headers: Headers }> {
  const auth = token ?? (person ? await ssoToken(keys, person) : undefined);
  const res = await fetch(`${tab.url}${path}`, { headers: auth ? { authorization: `Bearer ${auth}` } : {} });
  return { status: res.status, body: (await res.json()) as T, headers: res.headers };
}

async function post<T>(path: string, person: Person, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: T }> {
  const res = await fetch(`${tab.url}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${await ssoToken(keys, person)}`, 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as T };
}

type RegisterAnswer = Page<RegisterRow> & { today: string };

describe('tab identity (Teams SSO validated by the server)', () => {
  const now = Math.floor(Date.parse('2022-05-09T08:00:00Z') / 1000);

  it('when the token is valid, then the server names the person from it (not from the page)', async () => {
    const res = await get<TabSession>('/api/tab/session', PEOPLE.clerk);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: PEOPLE.clerk.name, secretariat: true, maySee: true });
  });

  it('when the v2 token carries the bare app id as its audience, then it is accepted too', async () => {
    const res = await get<TabSession>('/api/tab/session', null, await ssoToken(keys, PEOPLE.lead, { aud: TAB_APP.appId }));
    expect(res.status).toBe(200);
    expect(res.body.ownLeads).toEqual(['MPS']);
  });

  it('when a guest of the board\'s tenant opens the tab, then Entra issued their token in the board\'s tenant and it is accepted; a token from their home tenant is not', async () => {
    const guest = { oid: 'oid-guest-0005', name: 'Jo Partner (Guest)', upn: 'jo_partner.example#ext#@mopac.onmicrosoft.com' };
    const res = await get<TabSession>('/api/tab/session', null, await ssoToken(keys, guest));
    expect(res.status).toBe(200);
    expect(res.body.name).toBe('Jo Partner (Guest)');
    const home = await get<{ code: string }>('/api/tab/session', null, await ssoToken(keys, guest, { tid: '11111111-3333-4444-5555-666666666666' }));
    expect(home.status).toBe(401);
  });

  const bad: Array<[string, () => Promise<string | undefined>]> = [
    ['there is no token', async () => undefined],
    ['the token is not a JWT', async () => 'not-a-token'],
    ['the audience is another app', async () => ssoToken(keys, PEOPLE.clerk, { aud: `api://${TAB_APP.domain}/00000000-0000-0000-0000-000000000000` })],
    ['the audience is our app id under another domain', async () => ssoToken(keys, PEOPLE.clerk, { aud: `api://evil.example.net/${TAB_APP.appId}` })],
    ['the audience is Microsoft Graph', async () => ssoToken(keys, PEOPLE.clerk, { aud: 'https://graph.microsoft.com' })],
    ['the tenant is another organisation', async () => ssoToken(keys, PEOPLE.clerk, { tid: '11111111-3333-4444-5555-666666666666' })],
    ['the tenant claim is ours but the issuer is another tenant', async () => ssoToken(keys, PEOPLE.clerk, { iss: 'https://login.microsoftonline.com/11111111-3333-4444-5555-666666666666/v2.0' })],
    ['the issuer is not Microsoft Entra', async () => ssoToken(keys, PEOPLE.clerk, { iss: 'https://issuer.example.org/' })],
    ['the token expired an hour ago', async () => ssoToken(keys, PEOPLE.clerk, { iat: now - 7200, exp: now - 3600 })],
    ['the token expired two minutes ago (past the minute of skew)', async () => ssoToken(keys, PEOPLE.clerk, { iat: now - 3600, exp: now - 120 })],
    ['the token is signed by another key with the same key id', async () => ssoToken(await makeKeys(), PEOPLE.clerk)],
    ['the token is signed by a key the key set does not have', async () => ssoToken(await makeKeys('unknown-kid'), PEOPLE.clerk, { kid: 'unknown-kid' })],
    ['the token names no user (no oid)', async () => ssoToken(keys, PEOPLE.clerk, { oid: null })],
  ];
  it.each(bad)('when %s, then the API answers 401 and shows nothing', async (_case, token) => {
    const t = await token();
    for (const path of ['/api/tab/session', '/api/tab/register', '/api/tab/actions/OB_2022-04-21_003', '/api/tab/digest']) {
      const res = await fetch(`${tab.url}${path}`, { headers: t ? { authorization: `Bearer ${t}` } : {} });
      expect(res.status).toBe(401);
      const body = (await res.json()) as { code: string; message: string };
      expect(body.code).toBe('unauthorized');
      expect(JSON.stringify(body)).not.toContain('handcuffing');
    }
  });

  it('when an update comes with a bad token, then it is refused with 401 and nothing is written', async () => {
    const before = await tab.store.actions.history({ boardCode: 'OB', meetingDate: '2022-04-21', number: 3 });
    const res = await fetch(`${tab.url}/api/tab/actions/OB_2022-04-21_003/update`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await ssoToken(keys, PEOPLE.clerk, { aud: 'api://elsewhere/x' })}`, 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'red', text: 'x', version: '2022-05-03T10:00:00.000Z' }),
    });
    expect(res.status).toBe(401);
    expect(await tab.store.actions.history({ boardCode: 'OB', meetingDate: '2022-04-21', number: 3 })).toHaveLength(before.length);
  });
});

describe('tab rights (the same rules as chat)', () => {
  it('when a reader without rights opens the tab, then the session says why and every read is refused with 403', async () => {
    const session = await get<TabSession>('/api/tab/session', PEOPLE.stranger);
    expect(session.body).toMatchObject({ maySee: false, leads: [], meetings: [] });
    expect(session.body.refusal).toMatch(/secretariat/);
    for (const path of ['/api/tab/register', '/api/tab/actions/OB_2022-04-21_003', '/api/tab/digest']) {
      const res = await get<{ message: string }>(path, PEOPLE.stranger);
      expect(res.status).toBe(403);
      expect(JSON.stringify(res.body)).not.toContain('handcuffing');
    }
  });

  it('when a reader without rights sends an update, then it is refused with 403 and the action is unchanged', async () => {
    const res = await post<{ code: string }>('/api/tab/actions/OB_2022-04-21_003/update', PEOPLE.stranger, { status: 'red', text: 'I say so', version: '2022-05-03T10:00:00.000Z' });
    expect(res.status).toBe(403);
    expect((await tab.store.actions.get({ boardCode: 'OB', meetingDate: '2022-04-21', number: 3 }))!.action.status).toBe('on_track');
  });

  it('when a lead opens "My actions", then they see only their lead\'s open actions', async () => {
    const res = await get<RegisterAnswer>('/api/tab/register?mine=true&all=false', PEOPLE.lead);
    expect(res.status).toBe(200);
    expect(res.body.items.map((r) => r.reference)).toEqual(['OB 21-Apr-2022 #1', 'OB 21-Apr-2022 #3', 'OB 21-Apr-2022 #4', 'OB 16-Jun-2022 #1']);
    expect(new Set(res.body.items.map((r) => r.lead))).toEqual(new Set(['MPS']));
  });

  it('when the MOPAC lead opens "My actions", then they see MOPAC\'s, not MPS\'s', async () => {
    const res = await get<RegisterAnswer>('/api/tab/register?mine=true&all=false', PEOPLE.otherLead);
    expect(res.body.items.map((r) => r.reference)).toEqual(['OB 21-Apr-2022 #2', 'OB 21-Apr-2022 #6', 'OB 21-Apr-2022 #7']);
  });

  it('when a lead replies from "My actions", then the update is recorded from the tab in the history and chat shows it', async () => {
    const opened = await get<ActionDetail>('/api/tab/actions/OB_2022-04-21_001', PEOPLE.lead);
    expect(opened.body.canUpdate).toBe(true);
    expect(opened.headers.get('etag')).toBe(`"${opened.body.action.updatedAt}"`);
    const res = await post<ActionDetail>('/api/tab/actions/OB_2022-04-21_001/update', PEOPLE.lead, { status: 'amber', text: 'Dashboard delayed by the data team.', revisedDue: '2022-05-20', version: opened.body.action.updatedAt });
    expect(res.status).toBe(200);
    expect(res.body.action).toMatchObject({ status: 'amber', due: '2022-05-20' });
    expect(res.body.history[0]).toMatchObject({ kind: 'status', source: 'tab', byName: PEOPLE.lead.name, text: 'Dashboard delayed by the data team.' });
    const chat = await askQuestion('show action OB 21-Apr-2022 #1', { id: PEOPLE.lead.oid, name: PEOPLE.lead.name, aliases: [PEOPLE.lead.upn] }, {
      store: tab.store, clock: tab.clock, leadsSeeAll: true, openToTenant: false, vocabulary: new Vocabulary(tab.store, tab.clock),
    });
    expect(chat.answer?.kind).toBe('detail');
    if (chat.answer?.kind !== 'detail') return;
    expect(chat.answer.action.status).toBe('amber');
    expect(chat.answer.history[0]).toMatchObject({ source: 'tab', text: 'Dashboard delayed by the data team.', changes: expect.arrayContaining([{ field: 'due', from: '2022-04-29', to: '2022-05-20' }]) });
  });

  it('when a lead updates another lead\'s action, then it is refused with 403 and nothing changes', async () => {
    const opened = await get<ActionDetail>('/api/tab/actions/OB_2022-04-21_002', PEOPLE.lead);
    expect(opened.body.canUpdate).toBe(false);
    const res = await post<{ message: string }>('/api/tab/actions/OB_2022-04-21_002/update', PEOPLE.lead, { status: 'complete', text: 'done', version: opened.body.action.updatedAt });
    expect(res.status).toBe(403);
    expect(res.body.message).toMatch(/MOPAC/);
    expect((await tab.store.actions.get({ boardCode: 'OB', meetingDate: '2022-04-21', number: 2 }))!.action.status).toBe('amber');
  });

  it('when leads may see only their own actions, then a lead opening another lead\'s action gets 404', async () => {
    await tab.stop();
    tab = await startTabServer({ identity: ssoIdentity(keys), leadsSeeAll: false });
    await seedRegister(tab.store);
    expect((await get('/api/tab/actions/OB_2022-04-21_002', PEOPLE.lead)).status).toBe(404);
    const all = await get<RegisterAnswer>('/api/tab/register', PEOPLE.lead);
    expect(new Set(all.body.items.map((r) => r.lead))).toEqual(new Set(['MPS']));
  });
});

describe('the secretariat in the tab', () => {
  it('when the register opens, then it lists the open actions of both meetings, soonest due first, undated last', async () => {
    const res = await get<RegisterAnswer>('/api/tab/register', PEOPLE.clerk);
    expect(res.body.total).toBe(7);
    expect(res.body.items.map((r) => r.due)).toEqual(['2022-04-29', '2022-05-06', '2022-05-13', '2022-05-16', '2022-06-01', '2022-06-30', null]);
    expect(res.body.today).toBe('2022-05-09');
    expect(res.body.items[0]).toMatchObject({ key: 'OB_2022-04-21_001', timing: 'End April', daysOverdue: 5, status: 'awaiting_update' });
  });

  it('when complete actions are included, then the whole register is listed', async () => {
    const res = await get<RegisterAnswer>('/api/tab/register?all=true', PEOPLE.clerk);
    expect(res.body.total).toBe(8);
    expect(res.body.items.map((r) => r.due)).toEqual(['2022-04-29', '2022-05-05', '2022-05-06', '2022-05-13', '2022-05-16', '2022-06-01', '2022-06-30', null]);
  });

  it.each([
    ['meeting=OB_2022-06-16', ['OB 16-Jun-2022 #1']],
    ['lead=mopac', ['OB 21-Apr-2022 #2', 'OB 21-Apr-2022 #6', 'OB 21-Apr-2022 #7']],
    ['status=red,amber', ['OB 21-Apr-2022 #2', 'OB 21-Apr-2022 #4']],
    ['overdue=true', ['OB 21-Apr-2022 #1', 'OB 21-Apr-2022 #2']],
    ['dueFrom=2022-05-10&dueTo=2022-06-01', ['OB 21-Apr-2022 #3', 'OB 21-Apr-2022 #4', 'OB 21-Apr-2022 #6']],
    ['q=strip%20search', ['OB 21-Apr-2022 #2']],
    ['q=stop%20search&meeting=OB%202022-04-21', ['OB 21-Apr-2022 #1']],
    ['all=false&lead=MPS', ['OB 21-Apr-2022 #1', 'OB 21-Apr-2022 #3', 'OB 21-Apr-2022 #4', 'OB 16-Jun-2022 #1']],
    ['status=complete', ['OB 21-Apr-2022 #5']],
  ])('when filtered by %s, then the whole register is filtered on the server', async (query, expected) => {
    const res = await get<RegisterAnswer>(`/api/tab/register?${query}`, PEOPLE.clerk);
    expect(res.status).toBe(200);
    expect(res.body.items.map((r) => r.reference)).toEqual(expected);
    expect(res.body.total).toBe(expected.length);
  });

  it('when one meeting is asked for, then only its partition is read, with the same rights and filters', async () => {
    const listAll = jest.spyOn(tab.store.actions, 'listAll');
    const listOpen = jest.spyOn(tab.store.actions, 'listOpen');
    const res = await get<RegisterAnswer>('/api/tab/register?meeting=OB_2022-04-21&lead=MPS&all=false', PEOPLE.clerk);
    expect(res.body.items.map((r) => r.reference)).toEqual(['OB 21-Apr-2022 #1', 'OB 21-Apr-2022 #3', 'OB 21-Apr-2022 #4']);
    expect(listAll).not.toHaveBeenCalled();
    expect(listOpen).not.toHaveBeenCalled();
    expect((await get('/api/tab/register?meeting=OB_2022-04-21', PEOPLE.stranger)).status).toBe(403);
  });

  it('when sorted by a column and paged, then the order spans the whole register, not the page', async () => {
    const first = await get<RegisterAnswer>('/api/tab/register?sort=daysOverdue&dir=desc&pageSize=2&page=1', PEOPLE.clerk);
    const second = await get<RegisterAnswer>('/api/tab/register?sort=daysOverdue&dir=desc&pageSize=2&page=2', PEOPLE.clerk);
    expect(first.body).toMatchObject({ total: 7, pages: 4, page: 1 });
    expect(first.body.items.map((r) => r.daysOverdue)).toEqual([5, 1]);
    expect(second.body.items.map((r) => r.daysOverdue)).toEqual([0, 0]);
    const byLead = await get<RegisterAnswer>('/api/tab/register?sort=lead&dir=desc', PEOPLE.clerk);
    expect(byLead.body.items.slice(0, 4).map((r) => r.lead)).toEqual(['MPS', 'MPS', 'MPS', 'MPS']);
  });

  it.each([
    ['sort=colour', /sort must be one of/],
    ['dir=up', /dir must be asc or desc/],
    ['status=green', /status must be among/],
    ['dueFrom=31/05/2022', /dueFrom must be a date/],
    ['dueFrom=2022-06-01&dueTo=2022-05-01', /is after dueTo/],
    ['pageSize=5000', /pageSize must be between 1 and 200/],
    ['meeting=April', /meeting must be a board code and a date/],
  ])('when a filter is not valid (%s), then it is 400 with a sentence naming it', async (query, message) => {
    const res = await get<{ code: string; message: string }>(`/api/tab/register?${query}`, PEOPLE.clerk);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('invalid-input');
    expect(res.body.message).toMatch(message);
  });

  it('when an action is opened, then its whole history comes with it, newest first', async () => {
    const res = await get<ActionDetail>('/api/tab/actions/OB_2022-04-21_004', PEOPLE.clerk);
    expect(res.status).toBe(200);
    expect(res.body.history.map((e) => e.kind)).toEqual(['status', 'created']);
    expect(res.body).toMatchObject({ canUpdate: true, row: { reference: 'OB 21-Apr-2022 #4', status: 'red' } });
  });

  it('when an action key does not exist or is not a key, then it is 404', async () => {
    expect((await get('/api/tab/actions/OB_2022-04-21_099', PEOPLE.clerk)).status).toBe(404);
    expect((await get('/api/tab/actions/not-a-key', PEOPLE.clerk)).status).toBe(404);
  });

  it('when the secretariat changes a due date with a reason, then the history shows it and the register sorts by the new date', async () => {
    const opened = await get<ActionDetail>('/api/tab/actions/OB_2022-04-21_003', PEOPLE.clerk);
    // Without a reason the secretariat's correction is refused, naming what is missing; nothing changes.
    const bare = await post<{ message: string }>('/api/tab/actions/OB_2022-04-21_003/update', PEOPLE.clerk, { status: 'red', text: '  ', version: opened.body.action.updatedAt });
    expect([bare.status, bare.body.message]).toEqual([400, 'Say why you change it (the reason is kept in the history with the change), so nothing was changed.']);
    const res = await post<ActionDetail>('/api/tab/actions/OB_2022-04-21_003/update', PEOPLE.clerk, { status: 'on_track', text: 'Board agreed a later date on 6 May.', revisedDue: '2022-07-15', version: opened.body.action.updatedAt });
    expect(res.status).toBe(200);
    expect(res.body.history[0]).toMatchObject({ source: 'tab', byName: PEOPLE.clerk.name, text: 'Board agreed a later date on 6 May.', changes: [{ field: 'due', from: '2022-05-13', to: '2022-07-15' }] });
    const reg = await get<RegisterAnswer>('/api/tab/register?lead=MPS&sort=due&dir=desc&all=false', PEOPLE.clerk);
    expect(reg.body.items[0]).toMatchObject({ key: 'OB_2022-04-21_003', due: '2022-07-15' });
  });

  it('when the version comes as If-Match instead of in the body, then it is honoured the same way', async () => {
    const opened = await get<ActionDetail>('/api/tab/actions/OB_2022-04-21_006', PEOPLE.clerk);
    const ok = await post('/api/tab/actions/OB_2022-04-21_006/update', PEOPLE.clerk, { status: 'on_track', text: 'Booked.' }, { 'if-match': opened.headers.get('etag')! });
    expect(ok.status).toBe(200);
    const stale = await post('/api/tab/actions/OB_2022-04-21_006/update', PEOPLE.clerk, { status: 'red', text: 'Cancelled.' }, { 'if-match': opened.headers.get('etag')! });
    expect(stale.status).toBe(412);
  });

  it('when the action changed since the form was opened, then the edit is refused with 412 and the current action, and nothing is written', async () => {
    const opened = await get<ActionDetail>('/api/tab/actions/OB_2022-04-21_004', PEOPLE.clerk);
    const lead = await post<ActionDetail>('/api/tab/actions/OB_2022-04-21_004/update', PEOPLE.lead, { status: 'amber', text: 'Audit drafted.', version: opened.body.action.updatedAt });
    expect(lead.status).toBe(200);
    const stale = await post<{ code: string; message: string; current: ActionDetail }>('/api/tab/actions/OB_2022-04-21_004/update', PEOPLE.clerk, { status: 'red', text: 'Still late.', version: opened.body.action.updatedAt });
    expect(stale.status).toBe(412);
    expect(stale.body.code).toBe('stale-record');
    expect(stale.body.message).toMatch(/changed by Cmdr Jo Lead since you opened it/);
    expect(stale.body.current.action).toMatchObject({ status: 'amber', updatedAt: lead.body.action.updatedAt });
    expect(stale.body.current.history[0]!.text).toBe('Audit drafted.');
    const history = await tab.store.actions.history({ boardCode: 'OB', meetingDate: '2022-04-21', number: 4 });
    expect(history.map((e) => e.text)).not.toContain('Still late.');
  });

  it.each([
    ['awaiting update is not a report', { status: 'awaiting_update', text: 'x' }, /Choose a status/],
    ['an unknown status', { status: 'purple', text: 'x' }, /Choose a status/],
    ['a revised date in words', { status: 'amber', text: 'x', revisedDue: '30 June' }, /is not a date/],
    ['an update over 4,000 characters', { status: 'amber', text: 'x'.repeat(4001) }, /limit is 4,000/],
  ])('when an update is not valid (%s), then it is 400 with the sentence of the card and nothing changes', async (_case, body, message) => {
    const opened = await get<ActionDetail>('/api/tab/actions/OB_2022-04-21_003', PEOPLE.clerk);
    const res = await post<{ message: string }>('/api/tab/actions/OB_2022-04-21_003/update', PEOPLE.clerk, { ...body, version: opened.body.action.updatedAt });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(message);
    expect((await tab.store.actions.get({ boardCode: 'OB', meetingDate: '2022-04-21', number: 3 }))!.action.updatedAt).toBe(opened.body.action.updatedAt);
  });

  it('when an update carries no version, then it is 400 asking for one', async () => {
    const res = await post<{ message: string }>('/api/tab/actions/OB_2022-04-21_003/update', PEOPLE.clerk, { status: 'red', text: 'x' });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/version/);
  });

  it('when the session opens, then the filters offer every meeting with open actions (newest first) and every lead', async () => {
    const res = await get<TabSession>('/api/tab/session', PEOPLE.clerk);
    expect(res.body.meetings).toEqual([{ key: 'OB_2022-06-16', label: 'OB 2022-06-16' }, { key: 'OB_2022-04-21', label: 'OB 2022-04-21' }]);
    expect(res.body.leads).toEqual(['MOPAC', 'MPS']);
  });

  it('when the dashboard opens, then it has the RAG doughnut, a trend from the history, overdue by lead and the week\'s changes', async () => {
    const res = await get<TabDigest>('/api/tab/digest', PEOPLE.clerk);
    expect(res.status).toBe(200);
    expect(res.body.doughnut.total).toBe(8);
    expect(Object.fromEntries(res.body.doughnut.slices.map((s) => [s.status, s.count]))).toEqual({ red: 1, amber: 1, on_track: 1, complete: 1, awaiting_update: 4 });
    expect(res.body.trend.map((w) => w.weekOf)).toEqual(['2022-04-25', '2022-05-02', '2022-05-09']);
    expect(res.body.trend[0]!.counts).toMatchObject({ awaiting_update: 7, red: 0 });
    expect(res.body.trend[1]!.counts).toMatchObject({ awaiting_update: 4, red: 1, amber: 1, on_track: 1, complete: 1 });
    expect(res.body.overdueByLead).toEqual([{ lead: 'MOPAC', overdue: 1 }, { lead: 'MPS', overdue: 1 }]);
    expect(res.body.changes.map((c) => c.reference)).toEqual(['OB 21-Apr-2022 #2', 'OB 21-Apr-2022 #3', 'OB 21-Apr-2022 #4', 'OB 21-Apr-2022 #5']);
  });
});

describe('the dashboard on an older register', () => {
  it('when an action has not changed since before the trend\'s twelve weeks, then its history is not read and it counts at its current status every week', async () => {
    const old = anAction({ meetingDate: '2021-01-14', number: 9, ref: '9', status: 'red', lead: 'MPS', due: '2021-03-01', createdAt: '2021-01-20T09:00:00.000Z', updatedAt: '2021-02-01T09:00:00.000Z' });
    await tab.store.actions.create(old);
    const history = jest.spyOn(tab.store.actions, 'history');
    const res = await get<TabDigest>('/api/tab/digest', PEOPLE.clerk);
    expect(history.mock.calls.map(([id]) => id.meetingDate)).not.toContain('2021-01-14');
    expect(history).toHaveBeenCalledTimes(8);
    expect(res.body.trend).toHaveLength(12);
    expect(res.body.trend.every((w) => w.counts.red >= 1)).toBe(true);
    expect(res.body.trend[0]!.counts).toMatchObject({ red: 1, awaiting_update: 0 });
  });
});

describe('the secretariat corrects a lead and fixes who answers for it', () => {
  it('when the secretariat corrects an action\'s lead with a reason, then it is recorded as an edit from the tab and the new lead shows as unmapped until someone answers for it', async () => {
    const opened = await get<ActionDetail>('/api/tab/actions/OB_2022-04-21_007', PEOPLE.clerk);
    const res = await post<ActionDetail>('/api/tab/actions/OB_2022-04-21_007/lead', PEOPLE.clerk, { lead: 'Home Office', reason: 'The letter of 6 May gives it to the Home Office.', version: opened.body.action.updatedAt });
    expect(res.status).toBe(200);
    expect(res.body.action.lead).toBe('Home Office');
    expect(res.body.history[0]).toMatchObject({ kind: 'edited', source: 'tab', byName: PEOPLE.clerk.name, text: 'The letter of 6 May gives it to the Home Office.', changes: [{ field: 'lead', from: 'MOPAC', to: 'Home Office' }] });
    const leads = await get<{ unmapped: string[]; leads: Array<{ lead: string }> }>('/api/tab/leads', PEOPLE.clerk);
    expect(leads.body.unmapped).toEqual(['Home Office']);
    const fixed = await post<{ unmapped: string[]; leads: Array<{ lead: string; users: Array<{ id: string }> }> }>('/api/tab/leads', PEOPLE.clerk, { lead: 'Home Office', users: ['Kim.Contact@HomeOffice.example'] });
    expect(fixed.status).toBe(200);
    expect(fixed.body.unmapped).toEqual([]);
    expect(fixed.body.leads.find((l) => l.lead === 'Home Office')!.users).toEqual([{ id: 'kim.contact@homeoffice.example', name: 'Kim.Contact@HomeOffice.example' }]);
  });

  it('when a lead (not the secretariat) tries to correct a lead or see the directory, then it is 403 and nothing changes', async () => {
    const opened = await get<ActionDetail>('/api/tab/actions/OB_2022-04-21_003', PEOPLE.lead);
    const res = await post<{ message: string }>('/api/tab/actions/OB_2022-04-21_003/lead', PEOPLE.lead, { lead: 'MOPAC', reason: 'not mine', version: opened.body.action.updatedAt });
    expect(res.status).toBe(403);
    expect(res.body.message).toMatch(/Only the secretariat/);
    expect((await tab.store.actions.get({ boardCode: 'OB', meetingDate: '2022-04-21', number: 3 }))!.action.lead).toBe('MPS');
    expect((await get('/api/tab/leads', PEOPLE.lead)).status).toBe(403);
    expect((await post('/api/tab/leads', PEOPLE.stranger, { lead: 'MPS', users: ['robin@elsewhere.example'] })).status).toBe(403);
    expect((await tab.store.leads.get('MPS'))!.users.map((u) => u.id)).toEqual([PEOPLE.lead.upn]);
  });

  it.each([
    ['no reason', { lead: 'MOPAC', reason: '  ' }, /Say why/],
    ['no lead', { lead: '', reason: 'r' }, /Give the lead/],
    ['the same lead in other words', { lead: 'the mps', reason: 'r' }, /already led by MPS/],
    ['a lead name over 200 characters', { lead: 'L'.repeat(201), reason: 'r' }, /limit is 200/],
  ])('when a lead correction has %s, then it is 400 and nothing changes', async (_case, body, message) => {
    const opened = await get<ActionDetail>('/api/tab/actions/OB_2022-04-21_003', PEOPLE.clerk);
    const res = await post<{ message: string }>('/api/tab/actions/OB_2022-04-21_003/lead', PEOPLE.clerk, { ...body, version: opened.body.action.updatedAt });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(message);
    expect((await tab.store.actions.history({ boardCode: 'OB', meetingDate: '2022-04-21', number: 3 }))).toHaveLength(opened.body.history.length);
  });

  it('when the action changed since the correction form was opened, then it is 412 with the current action', async () => {
    const opened = await get<ActionDetail>('/api/tab/actions/OB_2022-04-21_004', PEOPLE.clerk);
    await post('/api/tab/actions/OB_2022-04-21_004/update', PEOPLE.lead, { status: 'amber', text: 'Moving.', version: opened.body.action.updatedAt });
    const res = await post<{ current: ActionDetail }>('/api/tab/actions/OB_2022-04-21_004/lead', PEOPLE.clerk, { lead: 'MOPAC', reason: 'Reassigned.', version: opened.body.action.updatedAt });
    expect(res.status).toBe(412);
    expect(res.body.current.action).toMatchObject({ lead: 'MPS', status: 'amber' });
  });

  it('when someone is named for a lead without any person, then it is 400', async () => {
    const res = await post<{ message: string }>('/api/tab/leads', PEOPLE.clerk, { lead: 'Home Office', users: ['  '] });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/at least one person/);
  });
});

describe('exporting what the register shows', () => {
  async function download(query: string, person: Person): Promise<{ status: number; type: string | null; disposition: string | null; body: Buffer }> {
    const res = await fetch(`${tab.url}/api/tab/export?${query}`, { headers: { authorization: `Bearer ${await ssoToken(keys, person)}` } });
    return { status: res.status, type: res.headers.get('content-type'), disposition: res.headers.get('content-disposition'), body: Buffer.from(await res.arrayBuffer()) };
  }

  it('when the secretariat exports a filtered register as CSV, then the file holds exactly the actions shown', async () => {
    const res = await download('format=csv&lead=MOPAC', PEOPLE.clerk);
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/^text\/csv/);
    expect(res.disposition).toBe('attachment; filename="chaser-register-2022-05-09.csv"');
    const text = res.body.toString('utf8');
    expect(text).toContain('strip search review');
    expect(text).toContain('custody');
    expect(text).not.toContain('handcuffing');
  });

  it('when the grid is sorted, then the CSV lists the actions in the order shown, either way round', async () => {
    for (const dir of ['desc', 'asc']) {
      const grid = await get<RegisterAnswer>(`/api/tab/register?all=true&sort=lead&dir=${dir}&pageSize=100`, PEOPLE.clerk);
      expect(new Set(grid.body.items.map((r) => r.lead)).size).toBeGreaterThan(1);
      const csv = (await download(`format=csv&all=true&sort=lead&dir=${dir}`, PEOPLE.clerk)).body.toString('utf8');
      const listed = csv.split(/\r?\n/).slice(1).filter(Boolean).map((line) => line.split(',')[0]!.replace(/"/g, ''));
      expect(listed).toEqual(grid.body.items.map((r) => r.reference));
    }
  });

  it.each([
    ['xlsx', /spreadsheetml/],
    ['docx', /wordprocessingml/],
  ])('when the register is exported as %s, then it is an Office file (a zip package)', async (format, type) => {
    const res = await download(`format=${format}&all=true`, PEOPLE.clerk);
    expect(res.status).toBe(200);
    expect(res.type).toMatch(type);
    expect(res.body.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(res.body.length).toBeGreaterThan(2000);
  });

  it('when a reader without rights asks for an export, then it is 403 and no file', async () => {
    const res = await download('format=csv', PEOPLE.stranger);
    expect(res.status).toBe(403);
    expect(res.body.toString('utf8')).not.toContain('handcuffing');
  });

  it.each([['format=pdf'], [''], ['format=csv&sort=colour']])('when the export asks for %s, then it is 400', async (query) => {
    expect((await download(query, PEOPLE.clerk)).status).toBe(400);
  });
});
