import * as chrono from 'chrono-node';
import { IsoDate, addDays, addMonths, isoDate } from '../calendar-date';
import { latestMeetings } from './meetings';
import { MeetingRef } from './types';

const COUNT: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, ten: 10, fourteen: 14 };
const SPAN = /\b(?:in|over|during|within)?\s*(?:the\s+)?(?:last|past|previous)\s+(\d{1,3}|a|one|two|three|four|five|six|seven|ten|fourteen)?\s*(days?|weeks?|fortnight|months?)\b/i;

function count(word: string | undefined): number {
  if (!word) return 1;
  return /\d/.test(word) ? Number(word) : COUNT[word.toLowerCase()] ?? 1;
}

/** A date in the past that the words name, for "since": the latest such date on or before today. */
function pastDate(words: string, today: IsoDate): IsoDate | null {
  const [r] = chrono.en.GB.parse(words, { instant: new Date(`${today}T12:00:00Z`), timezone: 'UTC' });
  if (!r) return null;
  const s = r.start;
  let date = isoDate(s.get('year')!, s.get('month')!, s.get('day')!);
  if (!s.isCertain('year')) while (date > today) date = addMonths(date, -12);
  return date > today ? null : date;
}

/**
 * The first day a "what changed" question counts from: "since last week" (7 days ago), "in the past
 * fortnight", "since Monday", "since 3 May", "since the last meeting" (its date), "this week" (Monday),
 * "yesterday"; null when the question names no point.
 */
export function findSince(text: string, today: IsoDate, meetings: MeetingRef[]): IsoDate | null {
  const lower = text.toLowerCase();
  if (/\b(?:since|from)\s+(?:the\s+)?(?:last|previous|latest)\s+(?:board\s+)?(?:meeting|board)\b/.test(lower)) {
    return latestMeetings(meetings, today)[0]?.meetingDate ?? null;
  }
  if (/\blast week\b/.test(lower)) return addDays(today, -7);
  if (/\byesterday\b/.test(lower)) return addDays(today, -1);
  if (/\bthis week\b/.test(lower)) return addDays(today, -((new Date(`${today}T12:00:00Z`).getUTCDay() + 6) % 7));
  if (/\btoday\b/.test(lower)) return today;
  const span = SPAN.exec(lower);
  if (span) {
    const unit = span[2]!.toLowerCase();
    const n = count(span[1]);
    if (unit.startsWith('month')) return addMonths(today, -n);
    return addDays(today, -(unit === 'fortnight' ? 14 : unit.startsWith('week') ? 7 * n : n));
  }
  const since = /\b(?:since|from|after)\s+(.+)$/i.exec(text);
  return since ? pastDate(since[1]!, today) : null;
}
