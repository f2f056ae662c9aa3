import { londonToday } from '../../domain/london-time';
import type { Logger } from '../../log';
import type { AppInstaller, ConversationOpener, Directory, Store } from '../ports';
import { ChatReport, openInstalledChats } from './open-installed-chats';
import { MappingCheck, checkMappedPeople } from './check-mapped-people';
import { InstallReport, installForUnreachable } from './install-for-unreachable';
import { INSTALL_SCOPE } from './install-ledger';

/** How the sweep reaches people: the directory, the installer and the chat opener (each null when not available), and why not. */
export interface ReachParts {
  directory: Directory | null;
  installer: AppInstaller | null;
  /** Opens the chat with people Chaser is installed for but has not heard of from Teams; absent: Chaser waits for Teams. */
  opener?: ConversationOpener | null;
  /** Said for everyone not installed when `installer` is null (CHASER_INSTALL_FOR_LEADS off, no Graph…). */
  installOffReason?: string;
}

/** What the day's reach pass did; null parts were not run. */
export interface ReachReport {
  mappings: MappingCheck | null;
  installs: InstallReport;
  /** The chats opened with people installed for (now or earlier) whom Teams has not yet told Chaser of. */
  chats?: ChatReport | null;
}

/**
 * Before the day's first reminder sweep (issue #21): check the mapped people in the directory (unverified
 * mappings verified, leavers and unknown addresses reported), then install Chaser for those it cannot reach and
 * open the chat with each of them (when an opener is given), so this very sweep sends what is pending; without
 * it, Teams tells the bot of each new chat and the catch-up sweep sends it. Once a London day
 * (a ledger row `reach` / `pass:<date>`), so the catch-up sweeps that installations set off do not repeat it.
 * @returns null when today's pass already ran
 */
export async function reachBeforeSweep(deps: { store: Store; clock: { now(): Date }; log: Logger; instanceId: string; reach: ReachParts }): Promise<ReachReport | null> {
  const now = deps.clock.now().toISOString();
  const claimed = await deps.store.ledger.claim(INSTALL_SCOPE, `pass:${londonToday(deps.clock)}`, { state: 'sent', kind: 'notice', claimedAt: now, claimedBy: deps.instanceId, sentAt: now, attempts: 1, lastError: null });
  if (!claimed) return null;
  const mappings = deps.reach.directory ? await checkMappedPeople({ store: deps.store, directory: deps.reach.directory, clock: deps.clock }) : null;
  if (mappings) deps.log.info({ verified: mappings.verified.length, nobody: mappings.nobody, left: mappings.left, unavailable: mappings.unavailable }, 'mapped people checked in the directory');
  const installs = await installForUnreachable({ store: deps.store, installer: deps.reach.installer, log: deps.log, clock: deps.clock, offReason: deps.reach.installOffReason });
  const chats = deps.reach.opener ? await openInstalledChats({ store: deps.store, opener: deps.reach.opener, log: deps.log }) : null;
  return { mappings, installs, chats };
}
