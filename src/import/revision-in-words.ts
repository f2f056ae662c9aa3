import { REVISED_TO_WORDS } from '../domain/timing/revisions';
import { parseDateCell } from './parse-date-cell';

/**
 * "Deadline extended to 31 January 2024", "Item deferred to the March meeting", "Revised due date
 * 15/12/2023", "new date: end of June": a revised due date written in an update or comment cell, where
 * trackers often put it instead of a Revised date column. The words after the revision, up to the end of the
 * clause, when they are a date or name a month or a meeting; null otherwise ("extended to 1,000 residents").
 */
const REVISED_TO = new RegExp(String.raw`${REVISED_TO_WORDS}\s+([^.;,()\n]{3,40})`, 'i');
const NEW_DATE = /\b(?:new|revised)\s+(?:(?:due|target)\s+)?(?:date|deadline)\s*(?:is|of|:|-|–)?\s*([^.;,()\n]{3,40})/i;
const MONTH_OR_MEETING = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b(?:meeting|board|committee|panel|quarter|q[1-4])\b/i;

export function revisionInWords(text: string): string | null {
  const m = REVISED_TO.exec(text) ?? NEW_DATE.exec(text);
  const words = m?.[1]?.trim().replace(/\s+(?:and|but|as|because|due|following|pending|while)\b.*$/i, '');
  if (!words) return null;
  if (parseDateCell(words).kind === 'date') return words;
  return MONTH_OR_MEETING.test(words) ? words : null;
}
