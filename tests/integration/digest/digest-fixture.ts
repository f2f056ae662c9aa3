import { loadConfig } from '../../../src/config';
import type { Status } from '../../../src/domain/action';
import { englandAndWalesCalendar } from '../../../src/domain/business-days';
import { Clock, fixedClock } from '../../../src/domain/clock';
import { recordStatusUpdate } from '../../../src/app/updates/record-status-update';
import type { DigestJobDeps } from '../../../src/app/digest/send-weekly-digest';
import { silentLogger } from '../../../src/log';
import type { Store } from '../../../src/app/ports';
import { createAdapter } from '../../../src/teams/adapter';
import { withAdmins } from '../../support/store-fixture';
import { createProactiveMessenger } from '../../../src/teams/proactive-messenger';

/** Shared by the digest tests (not a test file itself). */
export const SECRETARIAT = { id: 'cli:secretariat', name: 'Secretariat' };
export const calendar = englandAndWalesCalendar();
/** Monday 9 May 2022, 08:59 in London: the week's digest has gone (08:00), the reminders not yet. */
export const MONDAY = '2022-05-09T07:59:00Z';
export const NEXT_MONDAY = '2022-05-16T07:59:00Z';

export type Reply = [number: number, status: Status, text: string, at: string];

/** What the leads said in the week after the letter (recorded by the secretariat, as from a letter or e-mail). */
export const WEEK_ONE: Reply[] = [
  [16, 'complete', "The 'spine' of the Business Plan was shared with MOPAC on 29 April.", '2022-05-05T09:00:00Z'],
  [18, 'complete', 'Letter with the outstanding questions sent to the Acting Commissioner.', '2022-05-05T10:00:00Z'],
  [5, 'on_track', 'Linking work under way; outcome expected by the end of May.', '2022-05-05T11:30:00Z'],
  [10, 'on_track', 'Data requirements agreed with MOPAC Evidence and Insight.', '2022-05-06T09:15:00Z'],
  [8, 'amber', 'The report is being redacted before it can be shared.', '2022-05-06T10:00:00Z'],
  [19, 'red', 'Auto-population is blocked by the CONNECT release schedule.', '2022-05-06T14:00:00Z'],
  [7, 'complete', 'A detailed response on the Child Q report was sent to the DMPC.', '2022-05-06T16:45:00Z'],
];

/** Records replies through the real flow, each at its own instant. */
export async function recordReplies(store: Store, replies: Reply[]): Promise<void> {
  for (const [number, status, text, at] of replies) {
    await recordStatusUpdate({
      id: { boardCode: 'OB', meetingDate: '2022-04-21', number }, report: { status, text, revisedDue: null }, actor: SECRETARIAT, source: 'cli',
    }, { store: withAdmins(store, [SECRETARIAT.id]), clock: fixedClock(at), log: silentLogger });
  }
}

/** The weekly job's dependencies, sending through the real proactive path to whatever serviceUrl the conversations hold. */
export function jobDeps(store: Store, clock: Clock, options: { instanceId?: string; configAdmins?: string[] } = {}): DigestJobDeps {
  const config = loadConfig({ CHASER_LOG_LEVEL: 'silent' });
  const messenger = createProactiveMessenger(createAdapter(config), '', silentLogger, { perSecond: 1000, attempts: 2, backoffMs: 1 });
  return {
    store: withAdmins(store, options.configAdmins ?? []), clock, calendar, log: silentLogger, messenger, instanceId: options.instanceId ?? 'instance-a',
    claimTimeoutMs: 60_000, schedule: config.digestSchedule,
  };
}
