import type { RunningChaser } from '../../../src/chaser';
import { fixedClock } from '../../../src/domain/clock';
import { Person, activityFrom, pressButton, send, startTestChaser, visibleText } from '../../support/bot-harness';
import { FakeConnector, startFakeConnector } from '../../support/fake-connector';
import { LETTER_FILE, importSeed } from '../../support/import-seed';

/**
 * The tenant allow-list (CHASER_ALLOWED_TENANTS) and people from other organisations, over HTTP with the Bot
 * Framework protocol. Teams puts the tenant of the conversation on each activity (`conversation.tenantId`,
 * `channelData.tenant.id`): for a B2B guest in the board's tenant that is the board's tenant, whatever their
 * home organisation; the home tenant appears only when the same person uses Teams in their own organisation.
 * Chaser judges by the tenant on the activity, so a guest of the board is served and the same person from
 * their home tenant (or any external-access user, whose chats are in their own tenant) is not. The Teams
 * connector stand-in (tests/support/fake-connector.ts, the edge we do not own) answers the roster look-up.
 */
const BOARD_TENANT = 'a1b2c3d4-0000-4000-8000-00000000b0a2';
const PARTNER_TENANT = 'e5f6a7b8-0000-4000-8000-0000000fa271';
/** A probation officer invited as a guest of the board's tenant: their guest account's object id there. */
const GUEST: Person = { id: '29:guest-officer', aadObjectId: 'c0ffee00-0000-4000-8000-00000000c0de', name: 'Jo Partner (Guest)' };

describe('the allowed tenants and guests', () => {
  let chaser: RunningChaser;
  let connector: FakeConnector;
  const inTenant = (tenant: string, extra: Record<string, unknown> = {}) => ({
    serviceUrl: connector.url,
    conversation: { id: `personal-${GUEST.id}-${tenant}`, conversationType: 'personal', tenantId: tenant }, channelData: { tenant: { id: tenant } }, ...extra,
  });

  beforeEach(async () => {
    connector = await startFakeConnector();
    chaser = await startTestChaser({ clock: fixedClock('2022-05-09T08:00:00Z'), env: { CHASER_ALLOWED_TENANTS: BOARD_TENANT } });
    await importSeed(chaser.store, LETTER_FILE);
    await chaser.store.leads.save({ lead: 'MOPAC', users: [{ id: GUEST.aadObjectId, name: GUEST.name, guest: true }], delegates: [], updatedAt: '2022-05-09T08:00:00Z' });
  });
  afterEach(async () => {
    await chaser.stop();
    await connector.stop();
  });

  it('when a guest of the board\'s tenant writes (the activity carries the board\'s tenant), then they are served like anyone in it, and their reply is recorded', async () => {
    const help = await send(chaser, activityFrom(GUEST, { text: 'help', ...inTenant(BOARD_TENANT) }));
    expect(help.replies).toHaveLength(1);
    expect(await chaser.store.conversations.findPersonal(GUEST.aadObjectId)).toMatchObject({ tenantId: BOARD_TENANT });
    const reply = await send(chaser, activityFrom(GUEST, { text: '18 on track: terms of reference drafted', ...inTenant(BOARD_TENANT) }));
    expect(visibleText(reply.replies[0]!)).toMatch(/^Recorded for OB 21-Apr-2022 #18: On track/);
  });

  it('when only channelData names the tenant (no conversation.tenantId), then that tenant is the one judged', async () => {
    const activity = activityFrom(GUEST, { text: 'help', ...inTenant(BOARD_TENANT) });
    delete (activity.conversation as Record<string, unknown>).tenantId;
    expect((await send(chaser, activity)).replies).toHaveLength(1);
  });

  it('when the same person writes from their home tenant (or as an external-access user), then nothing is answered, recorded or changed', async () => {
    const { status, replies } = await send(chaser, activityFrom(GUEST, { text: '18 complete: done', ...inTenant(PARTNER_TENANT) }));
    expect(status).toBe(200);
    expect(replies).toEqual([]);
    expect(await chaser.store.conversations.findPersonal(GUEST.aadObjectId)).toBeNull();
    expect((await chaser.store.actions.get({ boardCode: 'OB', meetingDate: '2022-04-21', number: 18 }))?.action.status).toBe('awaiting_update');
    const pressed = await pressButton(chaser, GUEST, 'status.submit', { action: 'OB_2022-04-21_018', 'status_OB_2022-04-21_018': 'complete' }, inTenant(PARTNER_TENANT));
    expect(pressed.status).toBe(403);
    expect((await chaser.store.actions.get({ boardCode: 'OB', meetingDate: '2022-04-21', number: 18 }))?.action.status).toBe('awaiting_update');
  });
});
