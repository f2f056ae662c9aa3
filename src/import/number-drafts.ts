import { IsoDate } from '../domain/calendar-date';
import { ActionDraft } from './draft';

/**
 * Gives every draft its `number` (the position used for ordering and keys) and its `ref` (what the
 * board wrote). When every draft's reference is a whole number ("1", "5."), that number is kept, so the
 * register's numbers are the board's. Otherwise ("01.05", "4.01", "42/20", or actions with no reference
 * at all) every draft is numbered by its position in the document, 1, 2, 3 …: numbers never collide, and a
 * decimal reference is never rounded into another action's number. A draft with no reference shows its
 * position ("(3)" when another action's reference is already "3"). Whole numbers that would meet in one
 * meeting (sheets "Jan-24" and "Feb-24" both holding action 1, each filed under the document's meeting as the
 * day is unknown) are numbered by position too, so one never replaces the other; `meetingDate` is the
 * document's, where drafts without their own meeting are filed. A reference made from the position is marked
 * `refFromPosition`: a re-import matches such an action by its text first (src/app/imports/match-register.ts).
 */
export function numberDrafts(drafts: ActionDraft[], meetingDate: IsoDate | null = null): ActionDraft[] {
  const filed = new Set<string>();
  const meet = (d: ActionDraft): boolean => filed.size === filed.add(`${d.board ?? ''}|${d.meetingDate ?? meetingDate ?? ''}|${d.number}`).size;
  const whole = drafts.every((d) => d.number > 0 && d.ref === String(d.number) && !meet(d));
  if (whole) return drafts;
  const refs = new Set(drafts.map((d) => d.ref).filter(Boolean));
  return drafts.map((d, i) => {
    const number = i + 1;
    if (d.ref) return { ...d, number };
    return { ...d, number, ref: refs.has(String(number)) ? `(${number})` : String(number), refFromPosition: true as const };
  });
}
