import { alignedToTabs } from './aligned-columns';
import { withoutDecisionLabel } from './decision-label';
import { ActionDraft, DocumentReading, ImportProblem, SourcePlace } from './draft';
import { detectMeeting } from './detect-meeting';
import { finishDrafts } from './finish-drafts';
import { closingBracketTiming } from './label-timing';
import { findNextMeeting } from './next-meeting';
import { normaliseText } from './normalise-text';
import { readActionLists } from './read-action-list';
import { readDecisionFollowUps } from './read-decision-follow-ups';
import { readEarlierUpdates } from './read-earlier-updates';
import { readInlineActions } from './read-inline-actions';
import { readLabelledDecisions } from './read-labelled-decisions';
import { readLoneOwnerLines } from './read-lone-owner-lines';
import { readMinutesTables } from './read-minutes-table';
import { readOwnerActions } from './read-owner-actions';
import { readSuggestions } from './read-suggestions';
import { readTextTables } from './read-text-table';
import { placeLines } from './place-lines';
import { fileUnderTableMeetings } from './table-meetings';

/**
 * Reads a text document (a .txt or .md file, or a .docx or .pdf after conversion): action tables,
 * "Action N:" lines, lists under an "Actions:" heading, "ACTION: owner" lines, decisions in prose and
 * "<name> to <verb> …" lines standing alone (as suggestions), the board and meeting
 * date, and the next meeting's date. `places` (from a .docx or .pdf) gives, per 0-based line, where that line
 * was in the original ("table 2, row 5", "page 2, line 14"); problems and drafts then name that place instead of the line.
 */
export function readText(fileName: string, raw: string, places: Array<SourcePlace | undefined> = []): DocumentReading {
  const lines = alignedToTabs(normaliseText(raw).split('\n'));
  // Minutes laid out as "Item | Discussion | Action" are minutes, not a tracker: read before the tables.
  const minutes = readMinutesTables(lines);
  const read = readTextTables(lines.map((line, i) => (minutes.tableLines.has(i) ? '' : line)));
  const tables = { ...read, tableLines: new Set([...read.tableLines, ...minutes.tableLines]), drafts: [...read.drafts, ...minutes.drafts], problems: [...read.problems, ...minutes.problems] };
  // Table rows (and section rows such as "Actions from meeting on 28 February 2018") describe their own
  // actions; a title row merged across a Word table above its header is a heading like any other.
  const prose = lines.map((line, i) => (tables.tableLines.has(i) ? '' : titleCell(line)));
  const tableDrafts = fileUnderTableMeetings(tables.drafts, tables.headers, tables.tableLines, prose);
  // Progress on earlier actions ("Action 2 (22 May 2025): … Complete.") is not a new action: set aside, with a warning.
  const updates = readEarlierUpdates(prose, tables.tableLines, detectMeeting(prose, null).meetingDate);
  const notNew = new Set([...tables.tableLines, ...updates.lines]);
  const inline = readInlineActions(lines, notNew);
  const lists = readActionLists(lines, new Set([...notNew, ...inline.actionLines]));
  const owners = readOwnerActions(lines, new Set([...notNew, ...inline.actionLines, ...lists.actionLines]));
  // "RESOLVED to approve the precept. Clerk to submit it by 17 January.": the decision's follow-up, with its lead.
  const followUps = readDecisionFollowUps(lines, new Set([...notNew, ...inline.actionLines, ...lists.actionLines, ...owners.actionLines]));
  // "Agreed: the CFO will circulate …", "RESOLVED that the Clerk obtains …": a labelled decision naming who acts.
  const labelled = readLabelledDecisions(lines, new Set([...notNew, ...inline.actionLines, ...lists.actionLines, ...owners.actionLines, ...followUps.actionLines]));
  const prosed = [...inline.drafts, ...lists.drafts, ...owners.drafts, ...followUps.drafts, ...labelled.drafts].map(tidyMinuteAction);
  const found = [...tableDrafts, ...prosed].sort((a, b) => (a.place.line ?? 0) - (b.place.line ?? 0));
  const actionLines = new Set([...inline.actionLines, ...lists.actionLines, ...owners.actionLines, ...followUps.actionLines, ...labelled.actionLines]);
  const skip = new Set([...notNew, ...actionLines, ...labelled.suggestionLines]);
  const actionLeads = new Map(found.map((d) => [(d.place.line ?? 0) - 1, d.lead]));
  const suggestions = [
    ...readSuggestions(lines, { skip, actionLines, actionTexts: found.map((d) => d.text), actionLeads }), ...owners.suggestions, ...labelled.suggestions, ...minutes.suggestions, ...readLoneOwnerLines(lines, skip),
  ].sort((a, b) => (a.place.line ?? 0) - (b.place.line ?? 0));
  const anchors = [tables.firstHeader, minutes.firstLine, inline.firstLine, lists.firstLine, owners.firstLine].filter((n): n is number => n !== null);
  const { board, meetingDate, meetingMonth } = detectMeeting(prose, anchors.length ? Math.min(...anchors) : null);
  const { drafts, problems: finished } = finishDrafts(found, meetingDate);
  const problems = byPlace([...tables.problems, ...updates.problems, ...inline.problems, ...lists.problems, ...owners.problems, ...finished]);
  const nextMeetingDate = findNextMeeting(lines);
  const reading: DocumentReading = { fileName, board, meetingDate, ...(nextMeetingDate ? { nextMeetingDate } : {}), ...(meetingMonth ? { meetingMonth } : {}), drafts, suggestions, problems };
  return places.length ? placeLines(reading, places) : reading;
}

/**
 * An action read from minutes' prose, tidied: a decision label opening its text is dropped ("RESOLVED that the
 * Clerk obtains …" → "The Clerk obtains …"), and a timing in brackets closing it ("… (next board)") is its timing.
 */
function tidyMinuteAction(draft: ActionDraft): ActionDraft {
  const text = withoutDecisionLabel(draft.text);
  return { ...draft, text, timing: draft.timing || closingBracketTiming(text) };
}

/** "Actions from 21 April 2022 meeting<tab><tab>": a row with one filled cell, read as its text. */
function titleCell(line: string): string {
  if (!line.includes('\t')) return line;
  const filled = line.split('\t').map((c) => c.trim()).filter(Boolean);
  return filled.length === 1 ? filled[0]! : line;
}

export function byPlace(problems: ImportProblem[]): ImportProblem[] {
  const at = (p: ImportProblem): number => p.place.line ?? p.place.row ?? 0;
  return [...problems].sort((a, b) => at(a) - at(b));
}
