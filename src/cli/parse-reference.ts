import { parseActionKey } from '../domain/action';
import { MONTHS_SHORT, isRealDate, isoDate } from '../domain/calendar-date';
import type { ActionSelector } from '../domain/chat';
import { parseStatusReply } from '../domain/chat';

/** "OB 21-Apr-2022 #<reference>", as `chaser list` prints an action: board code, meeting, the board's reference. */
const LISTED = /^([a-z][a-z0-9]*)\s+(\d{1,2})[-\s]([a-z]{3})[a-z]*[-\s](\d{4})\s*#\s*(.+)$/i;

/**
 * "5", "#5", "OB 21-Apr-2022 #5", "OB 21-Apr-2022 #BOD 24/18(b)", "OB_2022-04-21_005", or a board's own
 * reference on its own ("42/20", "BOD 24/18(b)", "45.16"): the action meant, or null for nothing usable.
 * A reference that is not a whole number is looked up as the board wrote it (`ref`), never by position.
 */
export function parseReference(text: string): ActionSelector | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const key = parseActionKey(trimmed);
  if (key) return key;
  if (/^#?\d+$/.test(trimmed)) return { number: Number(trimmed.replace('#', '')) };
  const listed = LISTED.exec(trimmed);
  if (listed) {
    const [, code, day, month, year, ref] = listed;
    const m = MONTHS_SHORT.findIndex((name) => name.toLowerCase() === month!.toLowerCase()) + 1;
    if (m > 0 && isRealDate(Number(year), m, Number(day))) {
      const meeting = { boardCode: code!.toUpperCase(), meetingDate: isoDate(Number(year), m, Number(day)) };
      const written = ref!.trim();
      return /^\d+$/.test(written) ? { number: Number(written), ...meeting } : { number: 0, ref: written, ...meeting };
    }
  }
  // "action 5" and other ways chat names an action: the chat reader's grammar ("<ref> complete").
  const parsed = parseStatusReply(`${trimmed} complete`, { today: '2000-01-01', knownBoardCodes: [] });
  if (parsed.kind === 'reply' && parsed.reply.action.number) return parsed.reply.action;
  // Anything else with a digit is taken as the board's own reference, as written.
  return /\d/.test(trimmed) && trimmed.length <= 60 ? { number: 0, ref: trimmed } : null;
}
