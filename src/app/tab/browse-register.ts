import { Action, actionKey } from '../../domain/action';
import type { Actor } from '../../domain/actor';
import type { Interpretation } from '../../domain/chat';
import { Page, RegisterQuery, RegisterRow, chatFiltersOf, matchesTabOnly, pageOf, registerRow, sortRegister } from '../../domain/register';
import { londonToday } from '../../domain/london-time';
import { matchesFilters } from '../../domain/query';
import { canSee } from '../../domain/visibility';
import { whoMaySee } from '../access/who-may-see';
import { answerQuestion } from '../questions/answer-question';
import type { TabDeps } from './tab-deps';

export type RegisterPage =
  | { kind: 'page'; page: Page<RegisterRow>; today: string }
  | { kind: 'refused'; message: string };

/** Every action the query selects, in the grid's order (what the pages are cut from, and what an export holds). */
export type RegisterSelection =
  | { kind: 'selection'; actions: Action[]; today: string }
  | { kind: 'refused'; message: string };

/**
 * The register grid: the same query as chat's questions (same rights, same reads: the due-date index for
 * overdue and due ranges, open actions unless complete ones are wanted) over the whole register, then the
 * tab's own filter (meeting), the chosen column's sort, and one page. One meeting is read from its own
 * partition, with chat's rules (who may see what, the same filters) applied to it.
 */
export async function browseRegister(query: RegisterQuery, asker: Actor, deps: TabDeps): Promise<RegisterPage> {
  const selection = await selectRegister(query, asker, deps);
  if (selection.kind === 'refused') return selection;
  const { actions, today } = selection;
  const page = pageOf(actions, query.page, query.pageSize);
  return { kind: 'page', today, page: { ...page, items: page.items.map((a) => registerRow(a, actionKey(a), today, deps.calendar)) } };
}

/** The whole selection of a register query, sorted; the page and size of the query are not applied. */
export async function selectRegister(query: RegisterQuery, asker: Actor, deps: TabDeps): Promise<RegisterSelection> {
  if (query.meeting) return selectMeeting(query, asker, deps);
  const wantsComplete = query.includeComplete || (query.statuses?.includes('complete') ?? false);
  const interpretation: Interpretation = { intent: wantsComplete ? 'search' : 'open', filters: chatFiltersOf(query), suggestions: [] };
  const answer = await answerQuestion(interpretation, asker, deps);
  if (answer.kind === 'refused' || answer.kind === 'not-found') return { kind: 'refused', message: answer.message };
  if (answer.kind !== 'list') return { kind: 'refused', message: 'The register could not be listed.' };
  const selected = answer.actions.filter((a) => matchesTabOnly(a, query));
  return { kind: 'selection', today: answer.today, actions: sortRegister(selected, query.sort, query.direction, answer.today) };
}

/** One meeting's actions: one partition read instead of the register, then the same rules as chat. */
async function selectMeeting(query: RegisterQuery, asker: Actor, deps: TabDeps): Promise<RegisterSelection> {
  const [actions, { visibility, ownLeads }] = await Promise.all([deps.store.actions.listMeeting(query.meeting!), whoMaySee(asker, deps)]);
  if (visibility.kind === 'none') return { kind: 'refused', message: visibility.reason };
  const today = londonToday(deps.clock);
  const filters = chatFiltersOf(query);
  const selected = actions.filter((a) => canSee(visibility, a) && matchesFilters(a, filters, today, ownLeads) && matchesTabOnly(a, query));
  return { kind: 'selection', today, actions: sortRegister(selected, query.sort, query.direction, today) };
}
