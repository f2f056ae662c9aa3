import { packCard } from '../../cards/pack-card';
import { londonToday } from '../../domain/london-time';
import { sittingMeetings } from '../../domain/meeting';
import { packDueDate } from '../../domain/meetings/pack';
import type { Logger } from '../../log';
import { Delivery, DeliveryDeps, deliverOnce } from '../delivery/deliver-once';
import type { Messenger } from '../delivery/messenger';
import { RecipientBook } from '../delivery/recipients';
import { PackDeps, packFor } from './build-meeting-pack';
import { packCardView } from './pack-card-view';

export interface PackJobDeps extends PackDeps {
  log: Logger;
  messenger: Messenger;
  instanceId: string;
  claimTimeoutMs: number;
}

export interface PackJobReport {
  today: string;
  packs: Array<{ board: string; meeting: string; dueOn: string; actions: number; outcome: string }>;
}

/**
 * Matters arising: on the day a meeting's pack is due (CHASER_PACK_BUSINESS_DAYS business days before it),
 * each member of the secretariat gets the action log as a card — once per meeting (the ledger scope
 * `meeting:<code>_<date>`, stage `pack`), across restarts and instances. A missed day catches up until the
 * meeting sits; a cancelled meeting gets none. `dryRun` lists the packs due and sends nothing.
 */
export async function sendMeetingPacks(deps: PackJobDeps, options: { dryRun?: boolean } = {}): Promise<PackJobReport> {
  const today = londonToday(deps.clock);
  const due = sittingMeetings(await deps.store.meetings.list())
    .filter((m) => m.date > today && packDueDate(m.date, deps.calendar, deps.packBusinessDays) <= today);
  const report: PackJobReport = { today, packs: [] };
  const admins = due.length ? (await deps.store.admins.list()).map((a) => a.id) : [];
  const book = new RecipientBook(deps.store);
  const delivery: DeliveryDeps = deps;
  for (const meeting of due) {
    const { pack, actions } = await packFor(meeting, deps);
    const entry = { board: meeting.boardCode, meeting: meeting.date, dueOn: pack.dueOn, actions: actions.length, outcome: 'would send' };
    report.packs.push(entry);
    if (options.dryRun) continue;
    const item: Delivery = { scope: `meeting:${meeting.boardCode}_${meeting.date}`, stageKey: 'pack', kind: 'notice' };
    const card = packCard(packCardView(pack, actions));
    const states: string[] = [];
    for (const admin of admins) {
      const outcome = await deliverOnce(delivery, { id: admin, conversation: await book.person(admin) }, [item], (claimed) => [{ items: claimed, message: { text: pack.title, card } }]);
      states.push(...outcome.values());
    }
    entry.outcome = states.includes('sent') ? 'sent' : states.length && states.every((s) => s === 'already sent') ? 'already sent' : states[0] ?? 'no secretariat';
  }
  if (report.packs.length) deps.log.info({ today, packs: report.packs }, 'meeting packs done');
  return report;
}
