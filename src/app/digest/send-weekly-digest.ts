import { digestCard, digestTitle } from '../../cards/digest-card';
import type { RegisterLinks } from '../../cards/register-links';
import type { BusinessCalendar } from '../../domain/business-days';
import { Clock } from '../../domain/clock';
import { londonToday } from '../../domain/london-time';
import { snapshotOf } from '../../domain/digest';
import { digestWeekKey } from '../../domain/digest/digest-week';
import { DigestSources, digestFrom, loadDigestSources } from './build-weekly-digest';
import type { Logger } from '../../log';
import type { Store } from '../ports';
import { deliverOnce } from '../delivery/deliver-once';
import { DigestRecipient, conversationOf, digestRecipients, isDigestDue } from './digest-recipients';
import type { Messenger } from '../delivery/messenger';
import { RecipientBook } from '../delivery/recipients';
import { SkippedAction, logSkipped } from '../skipped-actions';

export interface DigestJobDeps {
  store: Store;
  clock: Clock;
  calendar: BusinessCalendar;
  log: Logger;
  messenger: Messenger;
  /** Names this process in the lease and the claims. */
  instanceId: string;
  /** A claim older than this that never completed is taken over (the sender crashed). */
  claimTimeoutMs: number;
  /** CHASER_DIGEST_SCHEDULE: without `force` nothing goes before this week's scheduled time. */
  schedule: string;
  /** Where the card's "Open in the register" goes (the dashboard); absent: the card carries none. */
  links?: RegisterLinks | null;
}

export interface DigestJobReport {
  asOf: string;
  /** The ledger stage: `week:<Monday>`. */
  week: string;
  skipped: string | null;
  recipients: Array<{ recipient: string; name: string; scope: string; outcome: string }>;
  snapshotSaved: boolean;
  /** Actions the digest left out because one of their values could not be handled (each with the reason). */
  skippedActions: SkippedAction[];
}

const LEASE = 'digest';

/**
 * The weekly digest: once this week's scheduled time has come (or `force`), take the lease, read the
 * register once, and for each recipient claim (`digest:<recipient>`, `week:<Monday>`) in the ledger — so
 * each gets one card a week across restarts and instances — build their (scoped) digest, send, settle.
 * When anyone got it, store what it saw: next week's "since the last digest" starts there.
 * `dryRun` lists who would get it and writes nothing.
 */
export async function sendWeeklyDigest(deps: DigestJobDeps, options: { dryRun?: boolean; force?: boolean } = {}): Promise<DigestJobReport> {
  const now = deps.clock.now();
  const asOf = londonToday(deps.clock);
  const report: DigestJobReport = { asOf, week: digestWeekKey(asOf), skipped: null, recipients: [], snapshotSaved: false, skippedActions: [] };
  if (!options.force && !isDigestDue(now, deps.schedule)) {
    report.skipped = `the digest goes at its scheduled time (${deps.schedule}, London time); not yet this week`;
    return report;
  }
  if (!options.dryRun && !(await deps.store.leases.acquire(LEASE, deps.instanceId, now, deps.claimTimeoutMs))) {
    report.skipped = 'another instance is sending the digest now';
    return report;
  }
  try {
    const recipients = await digestRecipients(deps.store);
    if (!recipients.length) {
      report.skipped = 'nobody to send it to: no subscribers and no secretariat users (CHASER_ADMINS or chaser admins add)';
      deps.log.warn(report.skipped);
      return report;
    }
    const sources = await loadDigestSources(deps);
    report.skippedActions = sources.skipped;
    logSkipped(deps.log, 'weekly digest', sources.skipped);
    const book = new RecipientBook(deps.store);
    for (const recipient of recipients) {
      const outcome = options.dryRun ? 'would send' : await sendTo(recipient, sources, book, report.week, deps);
      report.recipients.push({ recipient: recipient.key, name: recipient.name, scope: scopeText(recipient), outcome });
    }
    if (report.recipients.some((r) => r.outcome === 'sent')) {
      await deps.store.digests.saveSnapshot(snapshotOf(sources.actions, now));
      report.snapshotSaved = true;
    }
    deps.log.info({ asOf, recipients: report.recipients.length, sent: report.recipients.filter((r) => r.outcome === 'sent').length }, 'weekly digest done');
    return report;
  } finally {
    if (!options.dryRun) await deps.store.leases.release(LEASE, deps.instanceId);
  }
}

async function sendTo(recipient: DigestRecipient, sources: DigestSources, book: RecipientBook, week: string, deps: DigestJobDeps): Promise<string> {
  const conversation = await conversationOf(recipient, book, deps.store);
  const delivery = { scope: `digest:${recipient.key}`, stageKey: week, kind: 'digest' as const };
  const results = await deliverOnce(deps, { id: recipient.key, conversation }, [delivery], (claimed) => {
    const { digest, comparedWith } = digestFrom(sources, recipient.scope);
    const card = digestCard(digest, { scope: recipient.scope, comparedWith, generatedAt: deps.clock.now(), audience: recipient.source === 'admin' ? 'secretariat' : 'recipient', links: deps.links });
    return [{ items: claimed, message: { text: `Chaser: ${digestTitle(digest.asOf, recipient.scope)}. ${digest.sentence}`, card } }];
  });
  return results.get(delivery) ?? 'failed';
}

function scopeText(r: DigestRecipient): string {
  return [r.scope.lead, r.scope.boardCode].filter(Boolean).join(', ') || 'all';
}
