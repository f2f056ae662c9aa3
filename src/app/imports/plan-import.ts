import type { Action, Status } from '../../domain/action';
import { boardCode as codeOf, meetingKey } from '../../domain/action';
import type { MeetingId } from '../../domain/action';
import type { FieldChange } from '../../domain/action-update';
import type { BusinessCalendar } from '../../domain/business-days';
import type { IsoDate } from '../../domain/calendar-date';
import { normaliseLead } from '../../domain/lead';
import { storedValuesProblems } from '../../domain/stored-values';
import type { ActionDraft, DocumentReading, ImportProblem, Suggestion } from '../../import/draft';
import type { Store } from '../ports';
import { resolveDraftTiming } from './resolve-draft-timing';
import { settleSectionMonths } from './settle-section-months';
import { matchRegister, missingFromDocument, type FiledDraft } from './match-register';
import { otherBoardProblems } from './other-board';
import { unlikeCorrections } from './unlike-corrections';
import { missingMeetingProblem } from './rows-without-meeting';
import { describePlace } from '../../import/place';
import type { Meeting } from '../../domain/meeting';
import { describeReference } from '../../domain/timing';
import { DEFAULT_PAPER_DEADLINE_DAYS } from '../meetings/meeting-deps';
import { meetingsInDocument, withFound } from '../meetings/meetings-in-document';
import { ROWS_PER_SLICE, yieldToLoop } from '../../import/table-to-drafts';

export interface ImportOptions {
  board?: string;
  meetingDate?: IsoDate;
  /** Import the prose decisions too (numbered after the document's own actions). */
  includeSuggested?: boolean;
  /** The lead for rows that name none (a paper whose table has no Lead column). */
  lead?: string;
}

/** What importing one draft would do. */
export interface PlannedAction {
  draft: ActionDraft;
  action: Action;
  outcome: 'new' | 'changed' | 'unchanged';
  changes: FieldChange[];
  /** The action as the register holds it, for a row that is already there (what an undo of a correction puts back). */
  before?: Action;
  /** The document gives a status that differs from the one recorded: reported, never applied to an existing action. */
  statusNotApplied: { document: Status; recorded: Status } | null;
}

/** The preview: everything the import would do, and everything that stops it. */
export interface ImportPlan {
  fileName: string;
  board: string | null;
  meetingDate: IsoDate | null;
  rows: PlannedAction[];
  suggestions: Suggestion[];
  /** Errors: while there are any, nothing is imported (unless only the valid rows are asked for). */
  problems: ImportProblem[];
  /** Worth checking, but they do not stop the import. */
  warnings: ImportProblem[];
  unmappedLeads: string[];
  /** Meetings the document tells of (its own date, "Date of next meeting"): recorded when it is imported. */
  meetingsFound: Meeting[];
}

const COMPARED = ['text', 'timing', 'due', 'lead', 'strand'] as const;

/** Reads drafts against the register: resolves timings, finds what is new or changed. Writes nothing. */
export async function planImport(
  reading: DocumentReading, options: ImportOptions, deps: { store: Store; calendar: BusinessCalendar; now: Date; paperDeadlineDays?: number },
): Promise<ImportPlan> {
  // A lead given for the whole document answers every "no lead" problem.
  const given = (options.lead ?? '').trim();
  const board = options.board ?? reading.board;
  const meetingDate = options.meetingDate ?? reading.meetingDate;
  const meetingsFound = meetingsInDocument({ board, meetingDate, nextMeetingDate: reading.nextMeetingDate }, 'import', deps.now, reading.drafts);
  const meetings = withFound(await deps.store.meetings.list(), meetingsFound);
  // A document that names only its meeting's month: its undated actions are settled as a month-only section is.
  const documentMonth = !meetingDate ? reading.meetingMonth : undefined;
  const months = settleSectionMonths(
    [...reading.drafts, ...(options.includeSuggested ? suggestionsAsDrafts(reading) : [])]
      .map((d) => (given && !d.lead.trim() ? { ...d, lead: given } : d))
      .map((d) => (documentMonth && !d.meetingDate && !d.meetingMonth ? { ...d, meetingMonth: documentMonth } : d)),
    meetings, board, meetingDate,
  );
  const drafts = months.drafts;
  const found = reading.problems
    .filter((p) => !(given && p.field === 'lead'))
    .filter((p) => !(p.field === 'meeting' && p.severity === 'warning' && months.settledPlaces.has(describePlace(p.place))));
  const problems = [...found.filter((p) => p.severity !== 'warning'), ...months.problems];
  const warnings = [...found.filter((p) => p.severity === 'warning'), ...months.warnings];
  const noMeeting = meetingDate ? null : missingMeetingProblem(reading.fileName, drafts);
  if (noMeeting) problems.unshift(noMeeting);
  if (!board && drafts.some((d) => !d.board)) {
    problems.unshift({ place: {}, field: 'board', message: `I could not find the board's name in "${reading.fileName}" (a title line such as "Audit and Risk Committee" or "Board of Trustees", with its organisation's name above it). Give it with --board "NAME".` });
  }
  const paperDeadlineDays = deps.paperDeadlineDays ?? DEFAULT_PAPER_DEADLINE_DAYS;
  const filed = drafts.map((d) => {
    const rowBoard = d.board ?? board;
    const rowMeeting = d.meetingDate ?? meetingDate;
    if (!rowBoard || !rowMeeting) return null;
    const id = { boardCode: codeOf(rowBoard), meetingDate: rowMeeting };
    return { id, meeting: meetingKey(id), ref: d.ref ?? String(d.number), number: d.number, byPosition: d.refFromPosition === true, text: d.text, lead: d.lead };
  });
  const registered = await registerActions(deps.store, filed);
  const clash = otherBoardProblems(registered, meetings, drafts.map((d) => d.board ?? board));
  problems.push(...clash.problems);
  warnings.push(...clash.warnings);
  // Each row is the register's action of its meeting with the same reference, never the one at its position.
  const matches = matchRegister(filed, registered);
  warnings.push(...missingFromDocument(registered, matches));
  const rows: PlannedAction[] = [];
  for (const [index, draft] of drafts.entries()) {
    // A long register is planned in slices, giving other users' requests a turn between them.
    if (index % ROWS_PER_SLICE === ROWS_PER_SLICE - 1) await yieldToLoop();
    const rowBoard = draft.board ?? board;
    const rowMeeting = draft.meetingDate ?? meetingDate;
    const match = matches[index];
    if (!rowBoard || !rowMeeting || !match) continue;
    // Values that become storage keys or single properties are refused here, naming the row and the limit.
    const tooLarge = storedValuesProblems({ lead: draft.lead, board: rowBoard, ref: draft.ref, timing: draft.timing, strand: draft.strand });
    if (tooLarge.length) {
      for (const message of tooLarge) problems.push({ place: draft.place, field: 'value', message: `${placeText(draft)}: action ${draft.ref ?? draft.number}: ${message}. Shorten it in the document and import again.` });
      continue;
    }
    const timing = resolveDraftTiming(draft, rowMeeting, deps.calendar, { meetings, boardCode: codeOf(rowBoard), paperDeadlineDays });
    if (!timing.ok) {
      problems.push({ place: draft.place, field: 'timing', message: `${placeText(draft)}: action ${draft.ref ?? draft.number}: ${timing.message}.` });
      continue;
    }
    if (timing.unknownMeeting) {
      const board = timing.unknownMeeting.board || rowBoard;
      warnings.push({ place: draft.place, field: 'timing', severity: 'warning', message: `${placeText(draft)}: action ${draft.ref ?? draft.number}: the timing names ${describeReference(timing.unknownMeeting)}, a meeting Chaser does not know, so it is read ${timing.reading.due ?? 'with no date'} for now. Add the meeting and the due date will follow it: chaser meetings add YYYY-MM-DD --board "${board}".` });
    }
    const id = { boardCode: codeOf(rowBoard), meetingDate: rowMeeting, number: match.number };
    const before = match.before;
    const at = deps.now.toISOString();
    const proposed: Action = {
      // A new action of minutes without references is named by the number it is filed under, never a neighbour's position.
      ...id, ref: draft.refFromPosition && match.number !== draft.number ? String(match.number) : draft.ref ?? String(draft.number), board: rowBoard, text: draft.text, timing: draft.timing, lead: draft.lead, strand: draft.strand ?? null,
      ...timing.reading, status: draft.status ?? 'awaiting_update', latest: null, createdAt: at, updatedAt: at,
      // "Proposed for closure" in the document: complete, awaiting the board (src/domain/closure.ts).
      ...(draft.proposedForClosure ? { status: 'complete' as const, flags: [...timing.reading.flags, 'proposed-for-closure' as const] } : {}),
    };
    rows.push(before ? compare(draft, before, proposed) : { draft, action: proposed, outcome: 'new', changes: [], statusNotApplied: null });
  }
  warnings.push(...unlikeCorrections(rows.flatMap((r) => (r.before && r.outcome === 'changed' ? [{ before: r.before, after: r.action, place: r.draft.place }] : []))));
  const mapped = new Set((await deps.store.leads.list()).filter((l) => l.users.length > 0).map((l) => normaliseLead(l.lead)));
  const unmappedLeads = [...new Set(rows.map((r) => r.action.lead).filter((l) => l && !mapped.has(normaliseLead(l))))];
  // A meeting settled for every action (a document that named only its month) is the document's meeting.
  const settled = [...new Set(rows.map((r) => r.action.meetingDate))];
  const shownMeeting = meetingDate ?? (documentMonth && settled.length === 1 && problems.length === 0 ? settled[0]! : null);
  return { fileName: reading.fileName, board, meetingDate: shownMeeting, rows, suggestions: options.includeSuggested ? [] : reading.suggestions, problems, warnings, unmappedLeads, meetingsFound };
}

/**
 * A document read again: text, timing, due and lead follow the document; status and history stay.
 * A due date the lead revised is kept while the document's timing is unchanged.
 */
function compare(draft: ActionDraft, before: Action, proposed: Action): PlannedAction {
  const revisedByLead = before.latest?.revisedDue != null && before.latest.revisedDue === before.due;
  const next: Action = {
    ...before,
    text: proposed.text, timing: proposed.timing, lead: proposed.lead, strand: proposed.strand,
    ...(revisedByLead && proposed.timing === before.timing
      ? {}
      // The closure flag is the register's, not the document's: it stays.
      : { due: proposed.due, resolution: proposed.resolution, flags: [...proposed.flags.filter((f) => f !== 'proposed-for-closure'), ...before.flags.filter((f) => f === 'proposed-for-closure')], milestones: proposed.milestones, superseded: proposed.superseded }),
  };
  const changes: FieldChange[] = COMPARED.filter((f) => (before[f] ?? null) !== (next[f] ?? null))
    .map((field) => ({ field, from: before[field] ?? null, to: next[field] ?? null }));
  const statusNotApplied = draft.status && draft.status !== before.status ? { document: draft.status, recorded: before.status } : null;
  return { draft, action: next, before, outcome: changes.length ? 'changed' : 'unchanged', changes, statusNotApplied };
}

/** The register's actions of every meeting the drafts are filed under, each meeting read once. */
async function registerActions(store: Store, filed: Array<(FiledDraft & { id: MeetingId }) | null>): Promise<Action[]> {
  const meetings = new Map<string, MeetingId>();
  for (const f of filed) if (f) meetings.set(f.meeting, f.id);
  const lists = await Promise.all([...meetings.values()].map((id) => store.actions.listMeeting(id)));
  return lists.flat();
}

function suggestionsAsDrafts(reading: DocumentReading): ActionDraft[] {
  let next = Math.max(0, ...reading.drafts.map((d) => d.number));
  return reading.suggestions.map((s) => {
    next++;
    return { number: next, ref: String(next), text: s.text, timing: '', lead: s.lead ?? '', place: s.place };
  });
}

/** "Table 2, row 5", "Row 5", "Line 27": where a draft was read, as the user counts it. */
export function placeText(draft: Pick<ActionDraft, 'place'>): string {
  return describePlace(draft.place);
}
