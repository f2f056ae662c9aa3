import { fixedClock } from '../../../src/domain/clock';
import { startTestChaser } from '../../support/bot-harness';
import { LETTER_FILE, importSeed } from '../../support/import-seed';
import { aMeeting } from '../../support/meetings';

describe('the pack job, triggered by a platform scheduler', () => {
  it('when POST /api/jobs/pack runs on the day a pack is due, then it reports the meeting (dry run sends nothing)', async () => {
    const chaser = await startTestChaser({ clock: fixedClock('2022-05-27T08:00:00Z'), env: { CHASER_JOBS_SECRET: 's3cret', CHASER_SCHEDULER: 'false' } });
    try {
      await importSeed(chaser.store, LETTER_FILE);
      await chaser.store.meetings.save(aMeeting('2022-06-14'));
      await chaser.store.meetings.save(aMeeting('2022-07-21'));
      const run = await fetch(`${chaser.url}/api/jobs/pack?dryRun=true`, { method: 'POST', headers: { 'x-chaser-jobs-secret': 's3cret' } });
      expect(run.status).toBe(200);
      expect(await run.json()).toEqual({ today: '2022-05-27', packs: [{ board: 'OB', meeting: '2022-06-14', dueOn: '2022-05-27', actions: 19, outcome: 'would send' }] });
    } finally {
      await chaser.stop();
    }
  });
});
