import type { Action } from '../../domain/action';
import { isOpen } from '../../domain/action';
import type { Actor } from '../../domain/actor';
import { longDate } from '../../domain/calendar-date';
import { londonToday } from '../../domain/london-time';
import type { Understanding } from '../../domain/language';
import { matchesFilters } from '../../domain/query';
import { canSee } from '../../domain/visibility';
import { whoMaySee } from '../access/who-may-see';
import { answerQuestion } from '../questions/answer-question';
import { askUnreachableLeads } from '../reach/ask-unreachable';
import type { ChatDeps, ChatOutcome } from './chat-outcome';

/**
 * The questions the classic query answers did not cover (issue #16): who has not replied, what changed
 * since a date, which leads cannot be reached, an action's history, everything from a meeting. Each is
 * answered from the register with the asker's visibility; null for any other question.
 */
export async function otherQuestion(u: Understanding, person: Actor, deps: ChatDeps, options: { inChannel?: boolean }): Promise<ChatOutcome | null> {
  const today = londonToday(deps.clock);
  const e = u.entities;
  switch (u.intent) {
    case 'question:history': {
      const [mention] = e.actions;
      if (mention?.number === undefined) return null;
      const meeting = mention.meetings[0];
      const action = { number: mention.number, ...(meeting ? { boardCode: meeting.boardCode, meetingDate: meeting.meetingDate } : {}) };
      return { kind: 'answer', answer: await answerQuestion({ intent: 'show-action', filters: { action }, suggestions: [] }, person, deps, options), question: u.normalised };
    }
    case 'question:awaiting-update':
      return list(u, person, deps, options, (a) => isOpen(a) && a.status === 'awaiting_update', (n) => (n ? `${n} open ${n === 1 ? 'action has' : 'actions have'} no update from the lead yet` : 'Every open action has an update.'),
        () => deps.store.actions.listOpenByStatus('awaiting_update'));
    case 'question:changed-since': {
      const since = e.since ?? today;
      return list(u, person, deps, options, (a) => (a.latest?.at ?? a.createdAt).slice(0, 10) >= since,
        (n) => (n ? `${n} ${n === 1 ? 'action has' : 'actions have'} changed since ${longDate(since)}` : `Nothing has changed since ${longDate(since)}.`), () => deps.store.actions.listAll());
    }
    case 'question:meeting': {
      const meetings = e.meeting?.meetings ?? [];
      if (!meetings.length) return { kind: 'say', text: `I do not know a meeting called "${e.meeting?.words ?? 'that'}" in the register. Ask "what is open" to see the meetings.` };
      const inMeeting = (a: Action) => meetings.some((m) => m.boardCode === a.boardCode && m.meetingDate === a.meetingDate);
      const actions = (await Promise.all(meetings.map((m) => deps.store.actions.listMeeting(m)))).flat();
      const filters = { ...(e.lead ? { lead: e.lead } : {}), ...(e.overdue ? { overdue: true } : {}), ...(e.dueRange ?? {}) };
      // "what's open from the April meeting": open ones only; "everything from …": all of them.
      const openOnly = /\b(?:open|outstanding|still to do|not (?:yet )?(?:done|complete))\b/i.test(u.normalised);
      return list(u, person, deps, options, (a) => inMeeting(a) && (!openOnly || isOpen(a)) && matchesFilters(a, filters, today, []),
        (n) => `${n} ${n === 1 ? 'action' : 'actions'} from the meeting of ${longDate(meetings[0]!.meetingDate)}`, actions);
    }
    case 'question:unreachable-leads': {
      const answer = await askUnreachableLeads(person, deps, options);
      return { kind: 'say', text: answer.kind === 'refused' ? answer.message : answer.text };
    }
    default:
      return null;
  }
}

/**
 * A list answer: the actions the asker may see that `keep` selects, under a heading in the board's words.
 * `from`: the actions already read, or how to read the candidates once the asker may see them.
 */
async function list(
  u: Understanding, person: Actor, deps: ChatDeps, options: { inChannel?: boolean }, keep: (a: Action) => boolean, title: (n: number) => string,
  from: Action[] | (() => Promise<Action[]>),
): Promise<ChatOutcome> {
  const { visibility, admin } = await whoMaySee(person, deps, options.inChannel);
  if (visibility.kind === 'none') return { kind: 'say', text: visibility.reason };
  const candidates = Array.isArray(from) ? from : await from();
  const actions = candidates.filter((a) => canSee(visibility, a) && keep(a));
  const today = londonToday(deps.clock);
  return { kind: 'answer', question: u.normalised, title: title(actions.length), answer: { kind: 'list', interpretation: { intent: 'open', filters: {}, suggestions: [] }, actions, today, mayChase: admin && !options.inChannel } };
}
