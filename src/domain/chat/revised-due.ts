import { IsoDate } from '../calendar-date';
import { readDateAtStart } from './chat-dates';

/**
 * Words that announce a revised due date. Only these do: a date elsewhere in an update
 * ("data shared on 10 May") is news, not a new deadline.
 */
const CLAUSE = new RegExp(
  String.raw`\b(?:(?:revised|new|updated|amended|changed|extended|moved)\s+(?:due\s+)?(?:date|deadline|target(?:\s+date)?|timescale|completion\s+date)` +
  String.raw`|(?:due\s+date|deadline)\s+(?:now|(?:moved|changed|extended|revised)\s+to)|now\s+due(?:\s+(?:by|on))?)` +
  String.raw`(?:\s*(?:\bis\b|\bof\b|\bto\b|\bnow\b|[:=\-–]))*\s*`,
  'i',
);

/** Separators people put around a clause; trimmed so "blocked by IT; new date …" leaves "blocked by IT". */
const EDGE_START = /^[\s:;,.\-–—]+/;
const EDGE_END = /[\s:;,\-–—]+$/;

export type RevisedDueReading = { text: string; revisedDue: IsoDate | null } | { notADate: string };

/**
 * Splits an update into its text and any revised due date ("revised date 30 June", "new deadline
 * end of June"); the clause is taken out of the text because the date is kept in its own field.
 * A clause whose date cannot be read is reported, not ignored, so nobody thinks a date was moved.
 */
export function readRevisedDue(update: string, today: IsoDate): RevisedDueReading {
  const m = CLAUSE.exec(update);
  if (!m) return { text: update.replace(EDGE_START, '').replace(EDGE_END, ''), revisedDue: null };
  const start = m.index + m[0].length;
  const read = readDateAtStart(update.slice(start), today);
  if (!read) {
    const phrase = update.slice(start).split(/[;\n]|\.(?:\s|$)|,(?!\s*\d{4})/)[0]!.trim();
    return { notADate: phrase || m[0].trim() };
  }
  const before = update.slice(0, m.index);
  const after = update.slice(start + read.end).replace(EDGE_START, '');
  const left = before.replace(EDGE_END, '');
  // Keep the writer's own separator (", " or "; ") between what came before and after the clause.
  const joint = left && after ? `${(EDGE_END.exec(before)?.[0].trim()[0] ?? ';')} ` : '';
  const text = `${left.replace(EDGE_START, '')}${joint}${after}`.replace(EDGE_END, '');
  return { text, revisedDue: read.date };
}
