import type { Action } from '../../domain/action';
import { isOpen, parseActionKey } from '../../domain/action';
import type { Actor } from '../../domain/actor';
import type { IsoDate } from '../../domain/calendar-date';
import type { Understanding } from '../../domain/language';
import { normaliseLead } from '../../domain/lead';
import { containsWords } from '../../domain/query';
import { leadsOf } from '../access/who-may-see';
import { numbered } from '../questions/find-action';
import { openActionsOf } from '../questions/open-of-leads';
import type { ChatMemory, Store } from '../ports';

/** Where the candidates came from: named in the message, the reminder card just sent, or the person's own actions. */
export type CandidateSource = 'named' | 'card' | 'own';

/** A reminder card is the context of a reply for this long. */
const CARD_CONTEXT_DAYS = 14;
/** At most this many candidates are offered as buttons. */
export const MAX_CANDIDATES = 6;

/**
 * The actions a reply may mean, never picking among them: those it names (a number — the action referenced
 * so, never the one at that position in a meeting referenced "42/20" — looked up in each
 * candidate meeting — never a meeting after today — or the board's reference); else those on the reminder
 * card last sent to this person; else the person's own open actions, narrowed by the subject's words.
 * Named actions the person may not update are dropped when others remain (a lead's "3 complete" means
 * their own #3).
 */
export async function replyCandidates(u: Understanding, person: Actor, memory: ChatMemory, today: IsoDate, deps: { store: Store }): Promise<{ source: CandidateSource; actions: Action[] }> {
  const own = await leadsOf(person, deps.store);
  const mine = (a: Action) => own.some((l) => normaliseLead(l) === normaliseLead(a.lead));
  if (u.entities.actions.length) {
    const found = new Map<string, Action>();
    for (const m of u.entities.actions.slice(0, MAX_CANDIDATES)) {
      const hits = m.reference && m.number === undefined ? await deps.store.actions.findByRef(m.reference)
        : m.number !== undefined ? numbered(await deps.store.actions.findByNumber(m.number), await deps.store.actions.findByRef(String(m.number)), m.number) : [];
      for (const a of hits) {
        const inMeetings = m.meetings.length ? m.meetings.some((x) => x.boardCode === a.boardCode && x.meetingDate === a.meetingDate) : a.meetingDate <= today;
        if (inMeetings && (!m.boardCode || m.boardCode === a.boardCode)) found.set(`${a.boardCode}_${a.meetingDate}_${a.number}`, a);
      }
    }
    const named = [...found.values()].sort((a, b) => b.meetingDate.localeCompare(a.meetingDate));
    const theirs = named.filter(mine);
    return { source: 'named', actions: theirs.length ? theirs : named };
  }
  const subject = u.entities.subjectWords;
  const bySubject = (list: Action[]) => (subject ? list.filter((a) => containsWords(`${a.text} ${a.ref}`, subject)) : list);
  const card = memory.lastCard && Date.parse(memory.lastCard.at) > Date.parse(today) - CARD_CONTEXT_DAYS * 86_400_000 ? memory.lastCard : null;
  if (card) {
    const onCard = (await Promise.all(card.keys.map((k) => parseActionKey(k)).filter((id) => id !== null).map((id) => deps.store.actions.get(id)))).flatMap((s) => (s && isOpen(s.action) ? [s.action] : []));
    const narrowed = bySubject(onCard);
    if (narrowed.length) return { source: 'card', actions: narrowed };
  }
  if (!own.length) return { source: 'own', actions: [] };
  return { source: 'own', actions: bySubject(await openActionsOf(own, deps.store)) };
}
