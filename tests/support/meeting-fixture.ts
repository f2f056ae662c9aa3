import type { Messenger, OutgoingMessage } from '../../src/app/delivery/messenger';
import type { ConversationRecord, Store } from '../../src/app/ports';
import type { MeetingDeps } from '../../src/app/meetings/meeting-deps';
import { englandAndWalesCalendar } from '../../src/domain/business-days';
import { fixedClock } from '../../src/domain/clock';
import { silentLogger } from '../../src/log';

/** The secretariat as the tests name it (an admin from settings in `memoryStore([CLERK.id])`). */
export const CLERK = { id: 'clerk@mopac.example', name: 'Clerk' };
/** The user who answers for MPS. */
export const COMMANDER = { id: 'aad-commander', name: 'Commander Lead' };

/** A messenger that records what it would send, by conversation target. */
export function recordingMessenger(): Messenger & { sent: Array<{ to: string; message: OutgoingMessage }> } {
  const sent: Array<{ to: string; message: OutgoingMessage }> = [];
  return { sent, async send(conversation, message) { sent.push({ to: conversation.target, message }); return { ok: true, activityId: null }; } };
}

export function personalChat(userId: string, name: string): ConversationRecord {
  return { tenantId: 't', scope: 'personal', target: userId, userName: name, upn: null, reference: {}, updatedAt: '2022-05-01T00:00:00Z', blockedAt: null };
}

/** MPS answered for by the commander, who (like the clerk) has Chaser installed. */
export async function reachablePeople(store: Store): Promise<void> {
  await store.leads.save({ lead: 'MPS', users: [COMMANDER], delegates: [], updatedAt: '2022-05-01T00:00:00Z' });
  await store.conversations.save(personalChat(COMMANDER.id, COMMANDER.name));
  await store.conversations.save(personalChat(CLERK.id, CLERK.name));
}

/** Meeting use-case deps on a fixed clock, telling leads through `messenger`. */
export function meetingDeps(store: Store, messenger: Messenger, at = '2022-05-09T09:00:00Z', paperDeadlineDays = 7): MeetingDeps {
  return {
    store, clock: fixedClock(at), calendar: englandAndWalesCalendar(), log: silentLogger, paperDeadlineDays,
    tell: { messenger, instanceId: 'test', claimTimeoutMs: 600_000 },
  };
}
