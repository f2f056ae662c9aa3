import { fixedClock } from '../../../src/domain/clock';
import type { Messenger } from '../../../src/app/delivery/messenger';
import { ALEX, Person, activityFrom, send, startTestChaser } from '../../support/bot-harness';
import { LETTER_FILE, importSeed } from '../../support/import-seed';

const MONDAY_9AM = '2022-05-09T08:00:00Z';
const COMMANDER: Person = { id: 'user-cmdr', aadObjectId: 'aad-cmdr', name: 'Commander Lead' };

/**
 * A Teams stand-in (in process) that takes its time, so shutdown catches sends in flight; `die()` is the
 * process ending: sends in flight never complete.
 */
function slowMessenger(delivered: string[], delayMs: number): Messenger & { die(): void } {
  let dead = false;
  return {
    die: () => { dead = true; },
    async send(conversation, message) {
      await new Promise((r) => setTimeout(r, delayMs));
      if (dead) return new Promise(() => undefined);
      delivered.push(`${conversation.target}:${message.text}`);
      return { ok: true, activityId: null };
    },
  };
}

describe('shutting down during a sweep', () => {
  it('when Chaser stops mid-sweep, then a later sweep completes it and nothing is lost or sent twice', async () => {
    const delivered: string[] = [];
    const dying = slowMessenger(delivered, 400);
    const first = await startTestChaser({ clock: fixedClock(MONDAY_9AM), messenger: dying, claimTimeoutMs: 1, shutdownGraceMs: 50, env: { CHASER_ADMINS: ALEX.aadObjectId } });
    const prefix = first.store.tables.prefix;
    await importSeed(first.store, LETTER_FILE);
    await first.store.leads.save({ lead: 'MPS', users: [{ id: COMMANDER.aadObjectId, name: COMMANDER.name }], delegates: [], updatedAt: MONDAY_9AM });
    await first.store.leads.save({ lead: 'MOPAC', users: [{ id: 'aad-mopac', name: 'MOPAC officer' }], delegates: [], updatedAt: MONDAY_9AM });
    await send(first, activityFrom(COMMANDER, { type: 'installationUpdate', action: 'add', text: undefined }));
    await send(first, activityFrom({ id: 'user-mopac', aadObjectId: 'aad-mopac', name: 'MOPAC officer' }, { type: 'installationUpdate', action: 'add', text: undefined }));

    void first.sweep().catch(() => null);
    await new Promise((r) => setTimeout(r, 150));
    await first.stop(); // SIGTERM: waits 50 ms for the send in flight, then the process ends
    dying.die();
    const afterCut = delivered.length;

    const second = await startTestChaser({ clock: fixedClock('2022-05-09T08:30:00Z'), messenger: slowMessenger(delivered, 0), claimTimeoutMs: 1, env: { CHASER_TABLE_PREFIX: prefix } });
    try {
      await second.sweep();
      const ledger = [...(await second.store.ledger.forScope('OB_2022-04-21_005')), ...(await second.store.ledger.forScope('OB_2022-04-21_018'))];
      expect(ledger.map((l) => l.entry.state)).toEqual(['sent', 'sent']);
      // The MPS card and the MOPAC card each reached their person exactly once overall.
      const perPerson = delivered.reduce<Record<string, number>>((n, d) => ({ ...n, [d.split(':')[0]!]: (n[d.split(':')[0]!] ?? 0) + 1 }), {});
      expect(perPerson['aad-cmdr']).toBe(1);
      expect(perPerson['aad-mopac']).toBe(1);
      expect(afterCut).toBeLessThan(delivered.length);
    } finally {
      await second.stop();
    }
  });
});
