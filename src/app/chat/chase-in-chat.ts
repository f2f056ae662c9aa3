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
  const numbers = new Set(u.entities.actions.map((a) => a.number).filter((n) => n !== undefined));
  if (numbers.size > 1) return { kind: 'say', text: `I chase one action at a time, so nobody was chased: say "chase ${[...numbers][0]}", then "chase ${[...numbers][1]}"${numbers.size > 2 ? ', and so on' : ''}.` };
  if (!deps.chase) return { kind: 'say', text: `Chasing from chat is not connected in this installation: run chaser chase ${mention.number} instead.` };
  const meeting = mention.meetings.length === 1 ? mention.meetings[0] : undefined;
  const action = { number: mention.number, ...(meeting ? { boardCode: meeting.boardCode, meetingDate: meeting.meetingDate } : {}) };
  const result = await chaseNow({ action, note: noteIn(text), lead: u.entities.lead ?? null, source: 'chat' }, person, { ...deps, ...deps.chase });
  return { kind: 'say', text: result.message };
}

/**
 * The secretariat's line: what follows the first ":" or a spaced dash ("chase 19 - board on Thursday"), or
 * else the words after the action's number ("chase 4 please reply by Friday"), when they start a sentence
 * rather than name more actions.
 */
export function noteIn(text: string): string | null {
  const marked = /(?::|\s[-–—]\s)(.*)$/s.exec(text);
  if (marked) return marked[1]!.trim() || null;
  // After "#5" / "action 5" / "OB 21-Apr-2022 #5" / "on 11": the first number that is the action's.
  const after = /(?:#\s*\d+|\b(?:action|on|chase)\s+\d+)\b(.*)$/is.exec(text)?.[1]?.trim() ?? '';
  return /^[a-z]/i.test(after) && !/^(?:and|or|&)\s*#?\d/i.test(after) ? after : null;
}
