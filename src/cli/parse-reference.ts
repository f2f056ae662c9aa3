import { parseActionKey } from '../domain/action';
import type { ActionSelector } from '../domain/chat';
import { parseStatusReply } from '../domain/chat';

/** "5", "#5", "OB 21-Apr-2022 #5" or "OB_2022-04-21_005": the action meant, or null. */
export function parseReference(text: string): ActionSelector | null {
  const trimmed = text.trim();
  const key = parseActionKey(trimmed);
  if (key) return key;
  if (/^#?\d+$/.test(trimmed)) return { number: Number(trimmed.replace('#', '')) };
  // Reuse the chat reader's reference grammar: "<ref> complete" parses as a reply naming the action. The
  // board code is written in capitals in references ("ob 21-apr-2022 #12" is OB's), as chat reads it.
  const written = trimmed.replace(/^[a-z][a-z0-9]*(?=\s)/i, (code) => code.toUpperCase());
  const parsed = parseStatusReply(`${written} complete`, { today: '2000-01-01', knownBoardCodes: [written.split(/\s+/)[0] ?? ''] });
  return parsed.kind === 'reply' ? parsed.reply.action : null;
}
