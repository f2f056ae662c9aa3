import { FakeConnector, startFakeConnector } from '../../support/fake-connector';
import { SEED_LETTER, cliOn } from '../../support/cli-harness';

/** The settings admins of the CLI runs act as `cli:tester`; the seed letter's leads are MPS and MOPAC. */
describe('reaching every lead from the CLI, against Azurite and a Teams connector stand-in', () => {
  let connector: FakeConnector;
  beforeAll(async () => { connector = await startFakeConnector(); });
  afterAll(async () => { await connector.stop(); });

  it('when nobody is mapped on the seed letter, then "which leads can\'t be reached?" lists MPS and MOPAC with nobody', async () => {
    const chaser = cliOn();
    await chaser('import', SEED_LETTER);
    const run = await chaser('ask', 'which leads can\'t be reached?', '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out)).toEqual({ intent: 'unreachable-leads', leads: [{ lead: 'MOPAC', people: [] }, { lead: 'MPS', people: [] }] });
  });

  it('when a lead is mapped to someone never seen in Teams, then leads list and the question show them as unknown', async () => {
    const chaser = cliOn();
    await chaser('import', SEED_LETTER);
    await chaser('leads', 'set', 'MPS', 'Commander Smith=cmdr.smith@met.example');
    const listed = JSON.parse((await chaser('leads', 'list', '--json')).out) as { leads: Array<{ lead: string; people: Array<{ id: string; state: string }> }> };
    expect(listed.leads).toEqual([expect.objectContaining({ lead: 'MPS', people: [expect.objectContaining({ id: 'cmdr.smith@met.example', state: 'unknown' })] })]);
    // Who answers for each lead is the secretariat's to see: `--as` someone else is refused, nothing printed.
    const stranger = await chaser('leads', 'list', '--as', 'stranger@example.org');
    expect([stranger.code, stranger.out]).toEqual([1, '']);
    expect(stranger.err).toContain('Only the secretariat can see who answers for each lead');
    const asked = JSON.parse((await chaser('ask', 'who can\'t chaser reach?', '--json')).out) as { leads: unknown[] };
    expect(asked.leads).toEqual([
      { lead: 'MOPAC', people: [] },
      { lead: 'MPS', people: [{ id: 'cmdr.smith@met.example', name: 'Commander Smith', state: 'unknown', lastReceived: null, lastAnswered: null }] },
    ]);
  });

  it('when the secretariat chases an action of a lead who has Chaser, then the card goes now with the note, and a second chase today is refused with its time', async () => {
    const chaser = cliOn();
    await chaser('import', SEED_LETTER);
    await chaser('leads', 'set', 'MOPAC', 'Director Patel=aad-director');
    const store = chaser.store();
    await store.migrate();
    await store.conversations.save({
      tenantId: 't-1', scope: 'personal', target: 'aad-director', userName: 'Director Patel', upn: null, updatedAt: '2022-05-01T09:00:00.000Z', blockedAt: null,
      reference: { channelId: 'msteams', serviceUrl: connector.url, conversation: { id: 'personal-director' }, user: { id: '29:director', aadObjectId: 'aad-director' }, bot: { id: '28:chaser' } },
    });
    const first = await chaser('chase', '12', '--note', 'The board meets on Thursday');
    expect(first.err).toBe('');
    expect(first).toMatchObject({ code: 0, out: expect.stringContaining('Chased OB 21-Apr-2022 #12') });
    const sent = connector.sent('personal-director');
    expect(sent).toHaveLength(1);
    expect(JSON.stringify(sent[0]!.body)).toContain('The board meets on Thursday');
    const history = await store.actions.history({ boardCode: 'OB', meetingDate: '2022-04-21', number: 12 });
    expect(history[0]).toMatchObject({ kind: 'chased', source: 'cli', by: 'cli:tester', text: 'The board meets on Thursday' });
    const second = await chaser('chase', 'OB 21-Apr-2022 #12');
    expect(second.code).toBe(1);
    expect(second.err).toMatch(/already chased today at 08:59/);
    expect(connector.sent('personal-director')).toHaveLength(1);
  });

  it('when the secretariat chases an action nobody can be reached for, then it says why and exits 1', async () => {
    const chaser = cliOn();
    await chaser('import', SEED_LETTER);
    const run = await chaser('chase', '19');
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/nobody is mapped to MPS/);
  });
});

describe('mapping and installing from the CLI without Microsoft Graph (local mode, no app identity)', () => {
  it('when a lead is mapped by e-mail address, then it is stored as given and the secretariat is told it was not checked', async () => {
    const chaser = cliOn();
    const run = await chaser('leads', 'set', 'Fire Brigade', 'chief.reyes@fire.example');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/Not checked in the directory \(Chaser runs without an app id.*\): chief\.reyes@fire\.example/s);
  });

  it('when installation is asked for with no way to install, then everyone who lacks Chaser is reported with why, and it exits 1', async () => {
    const chaser = cliOn({ CHASER_INSTALL_FOR_LEADS: 'false' });
    await chaser('import', SEED_LETTER);
    await chaser('leads', 'set', 'MOPAC', 'Director Patel=patel@mopac.example');
    const run = await chaser('leads', 'install', '--json');
    expect(run.code).toBe(1);
    expect(JSON.parse(run.out)).toEqual({
      installed: [], alreadyInstalled: [],
      notInstalled: [{ id: 'patel@mopac.example', name: 'Director Patel', leads: ['MOPAC'], reason: expect.stringContaining('CHASER_INSTALL_FOR_LEADS=false') }],
    });
  });
});
