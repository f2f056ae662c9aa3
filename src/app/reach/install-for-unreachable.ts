import type { Logger } from '../../log';
import type { AppInstaller, Store } from '../ports';
import { INSTALL_SCOPE, installKey } from './install-ledger';
import { leadReachability } from './lead-reachability';

/** One person Chaser tried to install for (or could not), with the leads they answer for. */
export interface InstallAttempt {
  id: string;
  name: string;
  leads: string[];
  /** Why not, for `notInstalled` (in words for the secretariat). */
  reason?: string;
}

/**
 * What the installation pass did: `installed` (the reach pass then opens the chat, or Teams tells the bot of it,
 * and what is pending is sent), `alreadyInstalled` (Graph's 409: the same follows), `notInstalled`
 * with the reason. `off` is the reason when the setting turns installation off (then everyone is listed as lacking it).
 */
export interface InstallReport {
  installed: InstallAttempt[];
  alreadyInstalled: InstallAttempt[];
  notInstalled: InstallAttempt[];
}

/**
 * Install for the people who cannot be reached (issue #21): every person mapped to a lead whom Chaser has
 * never seen in Teams (`unknown`; not those who blocked it) gets Chaser's app installed through the
 * directory (Graph), each person once however many leads they answer for. With `installer` null (the
 * setting is off, or no Graph), nobody is installed and each is reported with `offReason`.
 */
export async function installForUnreachable(deps: { store: Store; installer: AppInstaller | null; log: Logger; clock: { now(): Date }; offReason?: string }): Promise<InstallReport> {
  const report: InstallReport = { installed: [], alreadyInstalled: [], notInstalled: [] };
  const people = new Map<string, InstallAttempt>();
  for (const lead of await leadReachability(deps, { statesOnly: true })) {
    for (const p of lead.people.filter((x) => x.state === 'unknown')) {
      const known = people.get(p.id.toLowerCase()) ?? { id: p.id, name: p.name, leads: [] };
      known.leads.push(lead.lead);
      people.set(p.id.toLowerCase(), known);
    }
  }
  for (const person of people.values()) {
    if (!deps.installer) {
      report.notInstalled.push({ ...person, reason: deps.offReason ?? 'installing for people is off: a Teams admin must install Chaser for them' });
      continue;
    }
    const outcome = await deps.installer.installFor(person.id);
    if (outcome.kind === 'installed' || outcome.kind === 'already-installed') {
      (outcome.kind === 'installed' ? report.installed : report.alreadyInstalled).push(person);
      // Remembered so reachability shows "pending install" until Teams tells Chaser of the chat.
      const now = deps.clock.now().toISOString();
      await deps.store.ledger.claim(INSTALL_SCOPE, installKey(person.id), { state: 'sent', kind: 'notice', claimedAt: now, claimedBy: 'install', sentAt: now, attempts: 1, lastError: null });
    }
    else report.notInstalled.push({ ...person, reason: outcome.kind === 'not-found' ? 'the directory has no such person (left, or mapped wrongly)' : outcome.reason });
  }
  deps.log.info({ installed: report.installed.length, already: report.alreadyInstalled.length, notInstalled: report.notInstalled.map((p) => `${p.id}: ${p.reason}`) }, 'installation for people Chaser cannot reach');
  return report;
}
