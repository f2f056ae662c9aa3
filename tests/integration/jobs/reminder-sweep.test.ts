import type { RunningChaser } from '../../../src/chaser';
import { fixedClock } from '../../../src/domain/clock';
import { ALEX, Person, activityFrom, send, startTestChaser } from '../../support/bot-harness';
import { FakeConnector, startFakeConnector } from '../../support/fake-connector';
import { LETTER_FILE, importSeed } from '../../support/import-seed';

/** Monday 9 May 2022, 09:00 in London (BST): the first sweep of the week after the seed letter. */
const MONDAY_9AM = '2022-05-09T08:00:00Z';
const COMMANDER: Person = { id: 'user-cmdr', aadObjectId: 'aad-cmdr', name: 'Commander Lead' };

/**
 * The MPS actions due a reminder on 9 May 2022: overdue #19 (13 Apr), #8 (25 Apr), #16 (Sat 30 Apr),
 * #15 (6 May, its due-today stage caught up), and coming up #5, #7, #10, #11 (13 May), #9 (Sun 15 May).
 * #17 (31 May) is not in its coming-up window yet; #12 and #18 are MOPAC's.
 */
const MPS_DUE_ON_9_MAY = [5, 7, 8, 9, 10, 11, 15, 16, 19];

function cardActions(call: { body: Record<string, unknown> }): number[] {
  const text = JSON.stringify(call.body.attachments ?? []);
  return [...text.matchAll(/"text":"OB 21-Apr-2022 #(\d+)","weight":"Bolder"/g)].map((m) => Number(m[1])).sort((a, b) => a - b);
}

describe('the reminder sweep against Azurite and a Teams connector stand-in', () => {
  let connector: FakeConnector;
  let chaser: RunningChaser;

  async function install(person: Person): Promise<void> {
    await send(chaser, activityFrom(person, { type: 'installationUpdate', action: 'add', serviceUrl: connector.url, text: undefined }));
  }

  beforeEach(async () => {
    connector = await startFakeConnector();
    chaser = await startTestChaser({ clock: fixedClock(MONDAY_9AM), env: { CHASER_ADMINS: ALEX.aadObjectId }, claimTimeoutMs: 60_000 });
    await importSeed(chaser.store, LETTER_FILE);
    await chaser.store.leads.save({ lead: 'MPS', users: [{ id: COMMANDER.aadObjectId, name: COMMANDER.name }], delegates: [], updatedAt: MONDAY_9AM });
    await install(COMMANDER);
    await install(ALEX);
  });
  afterEach(async () => {
    await chaser.stop();
    await connector.stop();
  });

  it('when the sweep runs at 09:00 on a business day, then the lead gets one card listing every action due a reminder', async () => {
    const report = await chaser.sweep();
    const toLead = connector.sent(`personal-${COMMANDER.id}`);
    // 9 actions fit one card: cards are split by their size in bytes, not by a count of actions.
    expect(toLead.length).toBe(1);
    for (const call of toLead) expect(Buffer.byteLength(JSON.stringify(call.body))).toBeLessThanOrEqual(26_000);
    expect(toLead.flatMap(cardActions).sort((a, b) => a - b)).toEqual(MPS_DUE_ON_9_MAY);
    expect(report.reminders.filter((r) => r.lead === 'MPS').every((r) => r.outcome === 'sent')).toBe(true);
    expect(JSON.stringify(toLead[0]!.body)).toContain('Action.Execute');
  });

  it('when the sweep runs again, then nothing is sent twice', async () => {
    await chaser.sweep();
    const before = connector.sent().length;
    const second = await chaser.sweep();
    expect(connector.sent().length).toBe(before);
    expect(second.reminders.filter((r) => r.lead === 'MPS').every((r) => r.outcome === 'already sent')).toBe(true);
  });

  it('when a lead has nobody mapped, then the secretariat is told and the dry run lists it', async () => {
    const dry = await chaser.sweep({ dryRun: true });
    expect(dry.unreachable.map((u) => u.lead)).toEqual(['MOPAC']);
    expect(dry.reminders.find((r) => r.lead === 'MOPAC')?.outcome).toBe('would send');
    await chaser.sweep();
    const toSecretariat = connector.sent(`personal-${ALEX.id}`);
    expect(toSecretariat).toHaveLength(1);
    const text = JSON.stringify(toSecretariat[0]!.body);
    expect(text).toContain('Leads Chaser cannot reach');
    expect(text).toContain('nobody is mapped to MOPAC');
    expect(text).toMatch(/"OB 21-Apr-2022 #19","weight":"Bolder"},\{"type":"TextRun","text":" · lead MPS · overdue by 15 business days"/);
  });

  it('when Teams answers 429 with Retry-After, then the card is retried and delivered once', async () => {
    connector.failNext(`personal-${COMMANDER.id}`, 429, 2, { 'Retry-After': '0' });
    await chaser.sweep();
    const delivered = connector.sent(`personal-${COMMANDER.id}`);
    expect(delivered.flatMap(cardActions).sort((a, b) => a - b)).toEqual(MPS_DUE_ON_9_MAY);
    expect(connector.calls.filter((c) => c.method.endsWith('429')).length).toBe(2);
  });

  it('when the user has blocked the bot (403), then it is recorded, not retried, and the secretariat hears of it', async () => {
    connector.failNext(`personal-${COMMANDER.id}`, 403, 1);
    await chaser.sweep();
    expect((await chaser.store.conversations.findPersonal(COMMANDER.aadObjectId))?.blockedAt).not.toBeNull();
    const attempts = connector.calls.filter((c) => c.conversationId === `personal-${COMMANDER.id}` && c.method.startsWith('POST')).length;
    expect(attempts).toBe(1);
    const ledger = await chaser.store.ledger.get('OB_2022-04-21_005', '2022-05-13:coming-up|aad-cmdr');
    expect(ledger?.entry.state).toBe('blocked');
    const toSecretariat = JSON.stringify(connector.sent(`personal-${ALEX.id}`).map((c) => c.body));
    expect(toSecretariat).toContain('every user mapped to MPS has blocked or removed Chaser');
  });

  it('when a send fails with 500, then the ledger shows the attempt and the next sweep delivers it', async () => {
    connector.failNext(`personal-${COMMANDER.id}`, 500, 20);
    await chaser.sweep();
    const failed = await chaser.store.ledger.get('OB_2022-04-21_005', '2022-05-13:coming-up|aad-cmdr');
    expect(failed?.entry).toMatchObject({ state: 'failed', attempts: 1 });
    connector.clearFailures();
    await chaser.sweep();
    const retried = await chaser.store.ledger.get('OB_2022-04-21_005', '2022-05-13:coming-up|aad-cmdr');
    expect(retried?.entry).toMatchObject({ state: 'sent', attempts: 2 });
  });

  it('when a sender died after claiming, then a later sweep past the claim timeout sends it, once', async () => {
    await chaser.store.ledger.claim('OB_2022-04-21_005', '2022-05-13:coming-up|aad-cmdr', {
      state: 'claimed', kind: 'reminder', claimedAt: '2022-05-09T07:50:00Z', claimedBy: 'crashed', sentAt: null, attempts: 1, lastError: null,
    });
    await chaser.sweep();
    const sentFive = connector.sent(`personal-${COMMANDER.id}`).flatMap(cardActions).filter((n) => n === 5);
    expect(sentFive).toEqual([5]);
    expect((await chaser.store.ledger.get('OB_2022-04-21_005', '2022-05-13:coming-up|aad-cmdr'))?.entry).toMatchObject({ state: 'sent', attempts: 2 });
  });

  it('when a claim is fresh (another sender is working on it), then this sweep leaves it alone', async () => {
    await chaser.store.ledger.claim('OB_2022-04-21_005', '2022-05-13:coming-up|aad-cmdr', {
      state: 'claimed', kind: 'reminder', claimedAt: MONDAY_9AM, claimedBy: 'other', sentAt: null, attempts: 1, lastError: null,
    });
    await chaser.sweep();
    expect(connector.sent(`personal-${COMMANDER.id}`).flatMap(cardActions)).not.toContain(5);
  });

  it('when two instances sweep at the same moment, then each reminder is sent once', async () => {
    const other = await startTestChaser({ clock: fixedClock(MONDAY_9AM), env: { CHASER_TABLE_PREFIX: chaser.store.tables.prefix } });
    try {
      await Promise.all([chaser.sweep(), other.sweep(), chaser.sweep()]);
      expect(connector.sent(`personal-${COMMANDER.id}`).flatMap(cardActions).sort((a, b) => a - b)).toEqual(MPS_DUE_ON_9_MAY);
    } finally {
      await other.stop();
    }
  });

  it('when a lead installs Chaser after 09:00, then their pending reminders arrive straight away', async () => {
    const late = await startTestChaser({ clock: fixedClock('2022-05-09T10:30:00Z'), env: { CHASER_TABLE_PREFIX: chaser.store.tables.prefix }, sweepOnNewConversation: true });
    try {
      const newcomer: Person = { id: 'user-new', aadObjectId: 'aad-new', name: 'New Lead' };
      await late.store.leads.save({ lead: 'MOPAC', users: [{ id: newcomer.aadObjectId, name: newcomer.name }], delegates: [], updatedAt: MONDAY_9AM });
      await send(late, activityFrom(newcomer, { type: 'installationUpdate', action: 'add', serviceUrl: connector.url, text: undefined }));
      for (let i = 0; i < 50 && connector.sent(`personal-${newcomer.id}`).length === 0; i++) await new Promise((r) => setTimeout(r, 100));
      expect(connector.sent(`personal-${newcomer.id}`).flatMap(cardActions)).toEqual([18]); // MOPAC's overdue one; #12 is not due yet
    } finally {
      await late.stop();
    }
  });

  it('when it is before 09:00 or a bank holiday, then nothing is sent', async () => {
    for (const at of ['2022-05-09T07:59:00Z', '2022-05-02T08:30:00Z']) {
      const early = await startTestChaser({ clock: fixedClock(at), env: { CHASER_TABLE_PREFIX: chaser.store.tables.prefix } });
      try {
        const report = await early.sweep();
        expect(report.skipped).toMatch(/09:00 London time on business days/);
      } finally {
        await early.stop();
      }
    }
    expect(connector.sent()).toHaveLength(0);
  });
});
