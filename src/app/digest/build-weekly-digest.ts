import type { Action, Status } from '../../domain/action';
import { actionKey, isOpen } from '../../domain/action';
import type { BusinessCalendar } from '../../domain/business-days';
import type { IsoDate } from '../../domain/calendar-date';
import { Clock } from '../../domain/clock';
import { londonInstant, londonToday } from '../../domain/london-time';
import { ChangesSince, Digest, DigestScope, buildDigest, inScope } from '../../domain/digest';
import { DIGEST_HOUR, previousMonday } from '../../domain/digest/digest-week';
import { RecipientBook } from '../delivery/recipients';
import type { Store } from '../ports';
import { SkippedAction, screenActions } from '../skipped-actions';

export interface DigestDeps {
  store: Store;
  clock: Clock;
  calendar: BusinessCalendar;
}

/** What "since the last digest" compares with: the last digest sent, or (none yet) the history at an instant. */
export interface ComparedWith {
  kind: 'snapshot' | 'history';
  /** ISO instant: when the snapshot was taken, or the previous Monday 08:00 London. */
  at: string;
}

/** Everything a digest is built from, read once: the job builds each recipient's (scoped) digest from it. */
export interface DigestSources {
  asOf: IsoDate;
  actions: Action[];
  since: ChangesSince;
  comparedWith: ComparedWith;
  unreachableLeads: string[];
  calendar: BusinessCalendar;
  /** Actions left out because one of their values could not be handled (each with the reason); the digest covers the rest. */
  skipped: SkippedAction[];
}

export interface WeeklyDigest {
  digest: Digest;
  /** The actions in scope, for the exporters' full register. */
  actions: Action[];
  comparedWith: ComparedWith;
}

/** Histories read at once (each is one partition query). */
const HISTORY_READS_IN_PARALLEL = 16;

/**
 * The weekly digest as of today in London: read the register (the table needs all of it) → the last
 * digest's snapshot, or the history at the previous Monday 08:00 → the leads nobody can reach → build.
 */
export async function buildWeeklyDigest(deps: DigestDeps, scope?: DigestScope): Promise<WeeklyDigest> {
  return digestFrom(await loadDigestSources(deps, scope), scope);
}

/** The pure step: one scope's digest from sources already read. */
export function digestFrom(sources: DigestSources, scope?: DigestScope): WeeklyDigest {
  const { asOf, actions, since, unreachableLeads, calendar } = sources;
  const digest = buildDigest({ asOf, actions, since, unreachableLeads, calendar, scope });
  return { digest, actions: actions.filter(inScope(scope)), comparedWith: sources.comparedWith };
}

/** Reads what a digest needs. With a scope only its actions (and their leads) are looked at. */
export async function loadDigestSources(deps: DigestDeps, scope?: DigestScope): Promise<DigestSources> {
  const asOf = londonToday(deps.clock);
  const listed = (await deps.store.actions.listAll()).filter(inScope(scope));
  // One action whose lead storage cannot look up is left out and reported; the digest goes on for the rest.
  const book = new RecipientBook(deps.store);
  const screened = await screenActions(listed, async (action) => {
    if (isOpen(action) && action.lead) await book.forLead(action);
  });
  const actions = screened.kept.map((k) => k.action);
  const snapshot = await deps.store.digests.latestSnapshot();
  let since: ChangesSince;
  let comparedWith: ComparedWith;
  if (snapshot) {
    since = { snapshot };
    comparedWith = { kind: 'snapshot', at: snapshot.takenAt };
  } else {
    const at = londonInstant(previousMonday(asOf), DIGEST_HOUR);
    const before = await statusesBefore(actions, at, deps.store);
    since = { at: at.toISOString(), previousStatusOf: (key) => before.get(key) };
    comparedWith = { kind: 'history', at: at.toISOString() };
  }
  return { asOf, actions, since, comparedWith, unreachableLeads: unreachableLeads(book), calendar: deps.calendar, skipped: screened.skipped };
}

/**
 * Each action's status at `at`, read from the history only for actions updated since (the others have
 * not changed): the requests follow the week's activity, not the length of the histories or register.
 */
async function statusesBefore(actions: Action[], at: Date, store: Store): Promise<Map<string, Status>> {
  const changed = actions.filter((a) => a.latest && Date.parse(a.latest.at) > at.getTime() && Date.parse(a.createdAt) <= at.getTime());
  const found = new Map<string, Status>();
  for (let i = 0; i < changed.length; i += HISTORY_READS_IN_PARALLEL) {
    await Promise.all(changed.slice(i, i + HISTORY_READS_IN_PARALLEL).map(async (action) => {
      // Newest first: the first entry at or before `at` that set a status; none means nobody had reported yet.
      const earlier = (await store.actions.history(action)).find((u) => u.status !== null && Date.parse(u.at) <= at.getTime());
      found.set(actionKey(action), earlier?.status ?? 'awaiting_update');
    }));
  }
  return found;
}

/** Leads of open actions nobody can be reached for (the book has looked up every open action's lead; a finished lead's reach does not matter). */
function unreachableLeads(book: RecipientBook): string[] {
  return [...book.unreachable.keys()].sort((a, b) => a.localeCompare(b));
}
