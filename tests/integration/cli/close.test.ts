import { withClosure } from '../../../src/domain/closure';
import { applyReport } from '../../../src/domain/status-update';
import { SEED_LETTER, cliOn } from '../../support/cli-harness';

describe('chaser close and reopen, against Azurite, the day after the meeting', () => {
  const chaser = cliOn({ CHASER_NOW: '2022-06-15T09:00:00+01:00' });
  beforeAll(async () => {
    await chaser('import', SEED_LETTER);
    await chaser('meetings', 'add', '2022-06-14', '--board', 'MOPAC MPS Oversight Board', '--title', 'Oversight Board');
    const store = chaser.store();
    for (const number of [16, 18]) {
      const stored = (await store.actions.get({ boardCode: 'OB', meetingDate: '2022-04-21', number }))!;
      const { action, entry } = withClosure(applyReport(stored.action, { status: 'complete', text: 'Done.', revisedDue: null }, { id: 'cmdr@met.example', name: 'Commander' }, new Date('2022-05-30T09:00:00Z'), 'chat'), stored.action);
      await store.actions.record(stored, action, entry);
    }
  });

  it('when the secretariat closes for the meeting, then the proposed actions close, and a second run finds nothing more', async () => {
    const run = await chaser('close', '--meeting', '2022-06-14');
    expect(run).toMatchObject({ code: 0, out: 'Closed at the Oversight Board meeting of 14 June 2022: OB 21-Apr-2022 #16, OB 21-Apr-2022 #18.' });
    expect((await chaser('close', '--meeting', '2022-06-14')).out).toBe('Nothing was proposed for closure in the pack for the Oversight Board meeting of 14 June 2022.');
  });

  it('when one is reopened with a reason, then it is open again with the reason as its update', async () => {
    const run = await chaser('reopen', 'OB 21-Apr-2022 #18', '--reason', 'The Commissioner has not replied', '--status', 'amber');
    expect(run).toMatchObject({ code: 0, out: 'Reopened OB 21-Apr-2022 #18 (amber): Reopened: The Commissioner has not replied' });
    expect((await chaser.store().actions.get({ boardCode: 'OB', meetingDate: '2022-04-21', number: 18 }))!.action).toMatchObject({ status: 'amber', flags: [] });
  });

  it.each([
    [['close'], 2, /Give the meeting: --meeting YYYY-MM-DD/],
    [['reopen', '16'], 2, /Give the reason: --reason/],
    [['reopen', '16', '--reason', 'x', '--status', 'complete'], 2, /--status must be on-track, amber or red/],
    [['close', '--meeting', '2022-06-14', '--as', 'cmdr@met.example'], 1, /Only the secretariat can close actions for the board/],
  ])('when the command is wrong or not allowed (%j), then it says why', async (argv, code, message) => {
    const run = await chaser(...argv);
    expect(run.code).toBe(code);
    expect(run.err).toMatch(message);
  });
});
