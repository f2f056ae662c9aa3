import { SEED_LETTER, cliOn } from '../../support/cli-harness';

describe('chaser update, remind and ask, against Azurite', () => {
  const chaser = cliOn({ CHASER_NOW: '2022-05-09T09:30:00+01:00' });
  beforeAll(async () => {
    await chaser('import', SEED_LETTER);
    await chaser('leads', 'set', 'MPS', 'cmdr@met.example');
  });

  it('when the secretariat records an update that came by letter, then it is in the register and its history', async () => {
    const run = await chaser('update', 'OB 21-Apr-2022 #5', '--status', 'amber', '--text', 'Letter of 10 May: linking delayed', '--due', '2022-06-30');
    expect(run).toMatchObject({ code: 0, out: 'Recorded for OB 21-Apr-2022 #5: At risk (amber) — Letter of 10 May: linking delayed; due 2022-06-30.' });
    const history = await chaser.store().actions.history({ boardCode: 'OB', meetingDate: '2022-04-21', number: 5 });
    expect(history[0]).toMatchObject({ source: 'cli', status: 'amber', revisedDue: '2022-06-30', by: 'cli:tester' });
  });

  it.each([
    [['update', '5', '--status', 'purple'], /--status must be complete, on-track, amber or red \(got "purple"\)/],
    [['update', '5', '--status', 'red', '--due', '2022-06-31'], /--due must be a real date as YYYY-MM-DD/],
    [['update', '99', '--status', 'red'], /There is no action 99 in the register/],
  ])('when the update is wrong (%j), then it says why and exits 2', async (argv, message) => {
    const run = await chaser(...argv);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(message);
  });

  it('when someone outside the lead updates with --as, then it is refused', async () => {
    const run = await chaser('update', '6', '--status', 'red', '--as', 'someone@else.example');
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/Only the people who answer for MPS/);
  });

  it('when the lead updates with --as, then it is recorded under their name', async () => {
    expect((await chaser('update', '6', '--status', 'on-track', '--as', 'cmdr@met.example')).code).toBe(0);
  });

  it('when remind --dry-run runs, then it lists the reminders, the recipients and the unreachable leads, and sends nothing', async () => {
    const run = await chaser('remind', '--dry-run', '--json');
    const report = JSON.parse(run.out) as { reminders: { reference: string; stage: string; recipients: string[] }[]; unreachable: { lead: string }[] };
    expect(report.reminders.find((r) => r.reference === 'OB 21-Apr-2022 #19')).toEqual(expect.objectContaining({ stage: '2022-04-13:overdue-15', recipients: ['cmdr@met.example'] }));
    expect(report.reminders.map((r) => r.reference)).not.toContain('OB 21-Apr-2022 #5'); // revised to 30 June
    expect(report.unreachable.map((u) => u.lead).sort()).toEqual(['MOPAC', 'MPS']);
    expect(await chaser.store().ledger.forScope('OB_2022-04-21_019')).toEqual([]);
  });

  it('when asked what is overdue with --json, then the intent, filters and actions come back', async () => {
    const run = await chaser('ask', 'what is overdue?', '--json');
    const answer = JSON.parse(run.out) as { intent: string; filters: object; actions: { number: number; status: string }[] };
    expect(answer.intent).toBe('overdue');
    expect(answer.filters).toEqual({ overdue: true });
    expect(answer.actions.map((a) => a.number)).toEqual([19, 8, 16, 18, 15]);
  });
});
