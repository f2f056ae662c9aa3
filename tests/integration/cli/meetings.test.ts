import { SEED_LETTER, cliOn } from '../../support/cli-harness';

const id = (number: number) => ({ boardCode: 'OB', meetingDate: '2022-04-21', number });

describe('chaser meetings, against Azurite', () => {
  const chaser = cliOn({ CHASER_NOW: '2022-05-09T09:30:00+01:00' });
  beforeAll(async () => {
    await chaser('import', SEED_LETTER);
  });

  it('when the June DMPC-AC Met Operations meeting is added on the seed letter, then actions 1 and 3 move to 2022-06-07 (7-day paper deadline)', async () => {
    const run = await chaser('meetings', 'add', '2022-06-14', '--board', 'DMPC-AC Met Operations');
    expect(run.code).toBe(0);
    expect(run.out).toContain('Added the DMPC-AC Met Operations meeting of 14 June 2022 (DO).');
    expect(run.out).toContain('OB 21-Apr-2022 #1: due 2022-06-01 → 2022-06-07');
    expect(run.out).toContain('OB 21-Apr-2022 #3: due 2022-06-01 → 2022-06-07');
    for (const n of [1, 3]) expect((await chaser.store().actions.get(id(n)))!.action).toMatchObject({ due: '2022-06-07', resolution: 'inferred', flags: ['meeting'] });
  });

  it('when the meetings are listed, then each appears with its pack date, as a table or JSON', async () => {
    await chaser('meetings', 'add', '2022-07-21', '--board', 'MOPAC MPS Oversight Board', '--title', 'Oversight Board');
    const table = await chaser('meetings', 'list');
    expect(table.out).toMatch(/2022-06-14 {2}DMPC-AC Met Operations +DO +2022-05-27 {2}cli/);
    const json = JSON.parse((await chaser('meetings', 'list', '--json')).out) as Array<{ date: string; boardCode: string; packDue: string; source: string }>;
    expect(json.map((m) => [m.date, m.boardCode, m.packDue, m.source])).toEqual([
      ['2022-04-21', 'OB', '2022-04-05', 'import'], ['2022-06-14', 'DO', '2022-05-27', 'cli'], ['2022-07-21', 'OB', '2022-07-07', 'cli'],
    ]);
  });

  it('when a meeting is moved, then cancelled, then removed, then the due dates follow each time', async () => {
    expect((await chaser('meetings', 'move', '2022-06-14', '2022-06-21', '--board', 'DMPC-AC Met Operations')).out).toContain('OB 21-Apr-2022 #1: due 2022-06-07 → 2022-06-14');
    expect((await chaser('meetings', 'cancel', '2022-06-21', '--board', 'DO')).out).toContain('OB 21-Apr-2022 #3: due 2022-06-14 → 2022-06-01');
    const removed = await chaser('meetings', 'remove', '2022-06-21', '--board', 'DO');
    expect(removed.out).toContain('No due dates depend on it.');
    expect((await chaser.store().actions.history(id(1))).filter((e) => e.source === 'system')).toHaveLength(3);
  });

  it.each([
    [['meetings', 'add', '2022-06-14'], 2, /Name the board with --board/],
    [['meetings', 'add', '--board', 'OB'], 2, /Give the meeting's date/],
    [['meetings', 'add', '2022-02-30', '--board', 'OB'], 1, /must be a real date as YYYY-MM-DD/],
    [['meetings', 'remove', '2023-01-01', '--board', 'OB'], 1, /There is no meeting of OB on 1 January 2023/],
    [['meetings', 'adjourn', '2023-01-01', '--board', 'OB'], 2, /Unknown meetings command "adjourn"/],
  ])('when the command is wrong (%j), then it says why', async (argv, code, message) => {
    const run = await chaser(...argv);
    expect(run.code).toBe(code);
    expect(run.err).toMatch(message);
  });

  it('when someone outside the secretariat adds a meeting, then it is refused', async () => {
    const run = await chaser('meetings', 'add', '2022-09-15', '--board', 'OB', '--as', 'cmdr@met.example');
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/Only the secretariat can change the meeting calendar/);
  });
});
