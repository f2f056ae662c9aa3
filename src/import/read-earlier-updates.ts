import { IsoDate } from '../domain/calendar-date';
import { findDates } from './date-text';
import { ImportProblem } from './draft';
import { isHeadingLine } from './paragraph-near';
import { quoteCell } from './place';

/** A heading over earlier actions: only their progress is reported under it. */
const LOG_HEADING = /^(?:#+\s*)?(?:(?:item\s+)?\d+(?:\.\d+)*[.:]?\s+)?(?:action\s+log|review\s+of\s+(?:the\s+)?(?:actions?|action\s+log)|(?:actions?|action\s+log)\s+(?:from|of|arising\s+from)\s+(?:the\s+)?(?:previous|last|earlier)\s+meetings?|(?:previous|outstanding|earlier)\s+actions|progress\s+on\s+(?:previous\s+)?actions)\b[^.!?]{0,60}$/i;
/** "Matters arising": progress on earlier actions, and sometimes a new action agreed there. */
const ARISING_HEADING = /^(?:#+\s*)?(?:(?:item\s+)?\d+(?:\.\d+)*[.:]?\s+)?(?:minutes\b[^.!?]{0,60}?\band\s+)?matters\s+arising\b[^.!?]{0,60}$/i;
/** A reference to an action by its number: "Action 2", "Action point 4", "Item 3", "Ref 12/24", "Minute 45". */
const REF = /^(?:[-*+•·▪]\s+)?(?:\*\*)?(?:actions?(?:\s+points?)?|item|ref(?:erence)?|minute)\s*(?:no\.?\s*|#\s*)?\d[\w./-]*/i;
/** A board's own coded reference opening the line: "FPC/25/02 - Agency spend controls: deferred …", "TB 24/163 …". */
const CODED_REF = /^(?:[-*+•·▪]\s+)?(?:\*\*)?[A-Z]{1,6}\s?[/.-]?\s?\d{1,4}(?:\s?[/.-]\s?\d{1,4})+[a-z]?\b/;
/** The words a report on an earlier action gives its progress in: done or moving, then stopped or not begun. */
const PROGRESS = String.raw`complete[d]?|closed|done|ongoing|in\s+progress|carried\s+forward|deferred`;
const HALTED = String.raw`superseded|withdrawn|on\s+hold|not\s+started`;
/** A status word anywhere in a line that opens with a coded reference. */
const STATUS_IN_LINE = new RegExp(String.raw`\b(?:${PROGRESS}|${HALTED}|remains?\s+open)\b`, 'i');
/** Its meeting's date right after it: "Action 2 (22 May 2025)", "Action 4 from the meeting on 3 March 2025". */
const REF_DATE = /^[^:]{0,40}?(?:\(|\bfrom\b|\bof\b)[^:)]{0,30}?\d/i;
/** A status reported as such: "… deep dive. Complete.", "- Closed", "Status: ongoing", "(done)". */
const STATUS = new RegExp(String.raw`(?:^|[.:;,(-]\s*|\bstatus\s*:?\s*)(?:now\s+)?(?:${PROGRESS}|update\s+given|${HALTED}|on\s+track)\s*\)?[.!]?$`, 'i');
/**
 * A status right after the reference, with more said after it: "Action 4 (SEND audit) - completed, report
 * circulated.", "Action 6: ongoing, Clerk to chase the provider." (the topic in brackets is not a lead).
 */
const STATUS_AFTER_REF = new RegExp(String.raw`${REF.source}\s*(?:\([^()]{1,60}\))?\s*[-:,]\s*(?:now\s+)?(?:${PROGRESS}|${HALTED}|on\s+track)\b`, 'i');
/** A status word closing a line that refers to an action ("Action 3 completed"). */
const STATUS_WORD = new RegExp(String.raw`\b(?:${PROGRESS}|update\s+given)\b\)?[.!]?$`, 'i');
/** A new action agreed in the section: an unnumbered label ("ACTION: CEO to …", "**Action:** Clerk …"). */
const NEW_LABEL = /^(?:[-*+•]\s+)?(?:\*\*)?(?:actions?|AP)(?:\*\*)?\s*(?::|-\s)/i;

export interface EarlierUpdates {
  /** 0-based lines that report on earlier actions: not read as actions or suggestions. */
  lines: Set<number>;
  /** One warning per such line, naming it and saying where its update is recorded. */
  problems: ImportProblem[];
}

/**
 * Lines that report on actions of earlier meetings, which are not new actions:
 * - anywhere, a line that refers to an action by its number with that action's meeting date, earlier than
 *   this meeting's ("Action 2 (22 May 2025): the Safeguarding Lead presented the deep dive. Complete."), or
 *   with a status when this meeting's date is unknown;
 * - under "Action log", "Review of actions", "Actions from the previous meeting": any line that refers to an
 *   action by number or reports a status;
 * - under "Matters arising" (also "Minutes of the previous meeting and matters arising"): a line that reports a
 *   status ("Complete.", "- Closed", "Status: ongoing"), or a reference with a status after it and more narrative
 *   ("Action 4 (SEND audit) - completed, report circulated.").
 * A new action agreed there ("ACTION: CEO to …") is still read as one. The sections end at the next heading.
 * Source: trustees', councils' and NHS boards' minutes, which review the action log before new business.
 */
export function readEarlierUpdates(lines: string[], skip: Set<number>, meetingDate: IsoDate | null): EarlierUpdates {
  const result: EarlierUpdates = { lines: new Set(), problems: [] };
  let section: { kind: 'log' | 'arising'; heading: string } | null = null;
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (skip.has(i) || !line) return;
    if (LOG_HEADING.test(line) || ARISING_HEADING.test(line)) {
      section = titleOfThisMeeting(line, meetingDate) ? null : { kind: LOG_HEADING.test(line) ? 'log' : 'arising', heading: line.replace(/^#+\s*/, '') };
      return;
    }
    const reports = !NEW_LABEL.test(line) && reportsProgress(line, section?.kind ?? null, meetingDate);
    if (!reports) {
      if (isHeadingLine(line) || /^[^.!?]{1,50}:$/.test(line)) section = null;
      return;
    }
    result.lines.add(i);
    const under = section ? ` under "${section.heading}"` : '';
    result.problems.push({
      place: { line: i + 1 }, field: 'action', severity: 'warning',
      message: `Line ${i + 1}: ${quoteCell(line)}${under} reports on an action of an earlier meeting, so it is not read as a new action (record the update on that action with chaser update <ref>, or in chat).`,
    });
  });
  return result;
}

/** "Action log", "Action log - meeting of 3 March 2025": not an agenda item (no number), or dated this meeting or later: the title of this meeting's own list. */
const PLAIN_LOG = /^(?:#+\s*)?(?:\*\*)?action\s+log\b/i;

/** True for a heading that names this meeting's own actions rather than earlier ones. */
function titleOfThisMeeting(line: string, meetingDate: IsoDate | null): boolean {
  const dated = findDates(line).map((d) => d.date).filter((d): d is IsoDate => !!d);
  if (meetingDate && dated.some((d) => d >= meetingDate)) return true;
  return PLAIN_LOG.test(line) && !/\b(?:previous|last|earlier|outstanding)\b/i.test(line);
}

function reportsProgress(line: string, section: 'log' | 'arising' | null, meetingDate: IsoDate | null): boolean {
  const ref = REF.test(line);
  if (ref && datedEarlier(line, meetingDate)) return true;
  const coded = CODED_REF.test(line);
  if (section === 'log') return ref || coded || STATUS.test(line);
  if (section === 'arising') return STATUS.test(line) || (ref && (STATUS_WORD.test(line) || STATUS_AFTER_REF.test(line))) || (coded && STATUS_IN_LINE.test(line));
  return false;
}

/** True when the reference's own date (just after it) is before this meeting's; with no meeting date, when a status closes the line. */
function datedEarlier(line: string, meetingDate: IsoDate | null): boolean {
  if (!REF_DATE.test(line)) return false;
  const date = findDates(line.slice(0, 70))[0]?.date ?? null;
  if (!date) return false;
  return meetingDate ? date < meetingDate : STATUS_WORD.test(line);
}
