import { fixedClock } from '../../../src/domain/clock';
import { startTestChaser } from '../../support/bot-harness';
import { LETTER_FILE, importSeed } from '../../support/import-seed';

describe('the job trigger for a platform scheduler', () => {
  it('when no secret is configured, then the trigger does not exist (404)', async () => {
    const chaser = await startTestChaser();
    try {
      expect((await fetch(`${chaser.url}/api/jobs/reminders`, { method: 'POST' })).status).toBe(404);
    } finally {
      await chaser.stop();
    }
  });

  it('when the secret is wrong or missing, then 401 and nothing runs; with it, the sweep runs and reports', async () => {
    const chaser = await startTestChaser({ clock: fixedClock('2022-05-09T08:00:00Z'), env: { CHASER_JOBS_SECRET: 'correct horse battery staple' } });
    try {
      await importSeed(chaser.store, LETTER_FILE);
      const post = (secret?: string, query = '') => fetch(`${chaser.url}/api/jobs/reminders${query}`, { method: 'POST', headers: secret ? { 'x-chaser-jobs-secret': secret } : {} });
      expect((await post()).status).toBe(401);
      expect((await post('wrong')).status).toBe(401);
      expect(await chaser.store.ledger.forScope('OB_2022-04-21_019')).toEqual([]);
      const dry = await post('correct horse battery staple', '?dryRun=true');
      expect(dry.status).toBe(200);
      const report = (await dry.json()) as { today: string; reminders: unknown[]; unreachable: { lead: string }[] };
      expect(report.today).toBe('2022-05-09');
      expect(report.unreachable.map((u) => u.lead).sort()).toEqual(['MOPAC', 'MPS']);
      const run = await post('correct horse battery staple');
      expect(run.status).toBe(200);
      // Nobody answers for MPS and nobody is in the secretariat: nothing is claimed, the report says why.
      const ran = (await run.json()) as { reminders: Array<{ reference: string; outcome: string }>; unreachable: { lead: string }[] };
      expect(ran.reminders.find((r) => r.reference === 'OB 21-Apr-2022 #19')?.outcome).toBe('unreachable');
      expect(ran.unreachable.map((u) => u.lead).sort()).toEqual(['MOPAC', 'MPS']);
      expect((await fetch(`${chaser.url}/api/jobs/nothing`, { method: 'POST', headers: { 'x-chaser-jobs-secret': 'correct horse battery staple' } })).status).toBe(404);
    } finally {
      await chaser.stop();
    }
  });
});
