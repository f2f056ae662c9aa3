import type { Action } from '../../domain/action';
import { actionKey, actionReference } from '../../domain/action';
import { longDate } from '../../domain/calendar-date';
import type { Meeting } from '../../domain/meeting';
import { meetingName } from '../../domain/meeting';
import { Delivery, deliverOnce } from '../delivery/deliver-once';
import { RecipientBook } from '../delivery/recipients';
import type { MeetingDeps } from './meeting-deps';

/** A due date the calendar moved. */
export interface MovedDue {
  action: Action;
  from: string | null;
  meeting: Meeting | null;
}

interface Notice extends Delivery {
  moved: MovedDue;
}

/**
 * Tells each lead's users, once per action and new due date, that the calendar moved a due date: one
 * message per person through the deliver-once protocol (a retry or a second instance sends nothing twice).
 * @returns how many people were told
 */
export async function tellLeads(moved: MovedDue[], deps: MeetingDeps): Promise<number> {
  if (!deps.tell || moved.length === 0) return 0;
  const delivery = { ...deps.tell, store: deps.store, log: deps.log, clock: deps.clock };
  const book = new RecipientBook(deps.store);
  let told = 0;
  for (const lead of new Set(moved.map((m) => m.action.lead))) {
    const notices: Notice[] = moved.filter((m) => m.action.lead === lead)
      .map((m) => ({ scope: actionKey(m.action), stageKey: `meeting-due:${m.action.due ?? 'none'}`, kind: 'notice', moved: m }));
    for (const person of await book.forLead({ lead })) {
      const outcome = await deliverOnce(delivery, { id: person.user.id, conversation: person.conversation }, notices, (claimed) => [{ items: claimed, message: { text: messageText(claimed) } }]);
      if ([...outcome.values()].includes('sent')) told++;
    }
  }
  return told;
}

/** Plain text: one line per action ("OB 21-Apr-2022 #1 is now due 7 June 2022 (the … meeting of 14 June 2022)"). */
export function messageText(notices: Array<{ moved: MovedDue }>): string {
  const lines = notices.map(({ moved: { action, from, meeting } }) => {
    const now = action.due ? `now due ${longDate(action.due)}` : 'now without a due date (the secretariat will set one)';
    const why = meeting ? `papers for ${meetingName(meeting)}` : 'the meeting it named is no longer in the calendar';
    return `- ${actionReference(action)} is ${now}, was ${from ? longDate(from) : 'not dated'}: ${why}.`;
  });
  return `The meeting calendar changed, so ${lines.length === 1 ? 'a due date has' : 'due dates have'} moved:\n${lines.join('\n')}`;
}
