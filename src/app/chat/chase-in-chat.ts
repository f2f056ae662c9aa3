import type { Actor } from '../../domain/actor';
import type { Understanding } from '../../domain/language';
import { chaseNow } from '../reach/chase-now';
import type { ChatDeps, ChatOutcome } from './chat-outcome';

/**
 * "chase MPS on action 19: the board meets on Thursday" in chat: the secretariat's chase-now
 * (src/app/reach/chase-now.ts). The words after the first colon or dash become the line on the card.
 */
export async function chaseInChat(text: string, u: Understanding, person: Actor, deps: ChatDeps): Promise<ChatOutcome> {
  const mention = u.entities.actions[0];
  if (mention?.number === undefined) return { kind: 'say', text: 'Which action should I chase? Say e.g. "chase MPS on action 19" (add ": a line" for the lead).' };
  if (!deps.chase) return { kind: 'say', text: `Chasing from chat is not connected in this installation: run chaser chase ${mention.number} instead.` };
  const meeting = mention.meetings.length === 1 ? mention.meetings[0] : undefined;
  const action = { number: mention.number, ...(meeting ? { boardCode: meeting.boardCode, meetingDate: meeting.meetingDate } : {}) };
  const result = await chaseNow({ action, note: noteIn(text), lead: u.entities.lead ?? null, source: 'chat' }, person, { ...deps, ...deps.chase });
  return { kind: 'say', text: result.message };
}

/** The secretariat's line: what follows the first ":" or a spaced dash ("chase 19 - board on Thursday"). */
export function noteIn(text: string): string | null {
  const match = /(?::|\s[-–—]\s)(.*)$/s.exec(text);
  const note = match?.[1]?.trim();
  return note ? note : null;
}
