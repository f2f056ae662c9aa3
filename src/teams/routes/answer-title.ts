import { STATUS_WORDS } from '../../cards/action-view';
import { longDate } from '../../domain/calendar-date';
import type { Interpretation } from '../../domain/chat';

/** The answer's headline in the board's words: "3 actions are overdue for MPS", "Nothing is due this week". */
export function answerTitle({ intent, filters }: Interpretation, count: number): { title: string; subtitle: string } {
  const n = (one: string, many: string) => (count === 1 ? `1 ${one}` : `${count} ${many}`);
  const forLead = filters.lead ? ` for ${filters.lead}` : filters.mine ? ' for you' : '';
  const range = filters.dueFrom && filters.dueTo ? `between ${longDate(filters.dueFrom)} and ${longDate(filters.dueTo)}`
    : filters.dueTo ? `by ${longDate(filters.dueTo)}` : filters.dueFrom ? `from ${longDate(filters.dueFrom)}` : '';
  const statuses = (filters.statuses ?? []).map((s) => STATUS_WORDS[s].toLowerCase()).join(' or ');
  const none = count === 0;
  switch (intent) {
    case 'overdue':
      return { title: none ? `Nothing is overdue${forLead}.` : `${n('action is', 'actions are')} overdue${forLead}`, subtitle: none ? '' : 'Most overdue first. Select one to see its history and reply.' };
    case 'due':
      return { title: none ? `Nothing open is due ${range}${forLead}.` : `${n('open action is', 'open actions are')} due ${range}${forLead}`, subtitle: none ? '' : 'Soonest first.' };
    case 'needs-date':
      return { title: none ? 'Every open action has a due date.' : `${n('action needs', 'actions need')} a due date`, subtitle: 'The secretariat can set one with chaser update REF --due YYYY-MM-DD.' };
    case 'status':
      return { title: none ? `No actions are ${statuses}${forLead}.` : `${n('action is', 'actions are')} ${statuses}${forLead}`, subtitle: '' };
    case 'search':
      return { title: none ? `No actions mention "${filters.text}".` : `${n('action mentions', 'actions mention')} "${filters.text}"`, subtitle: '' };
    default:
      return { title: none ? `No open actions${forLead}.` : `${n('open action', 'open actions')}${forLead}`, subtitle: 'Soonest due first.' };
  }
}
