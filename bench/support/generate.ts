/**
 * Seeded generators for big registers: realistic text lengths (80–300 characters built from phrases in
 * the style of the board's letters and papers), leads as the board writes them, fortnightly meetings,
 * mixed statuses.
 *
 * A register has two parts:
 * - the LIVE part: open actions due between 60 days ago and 14 days ahead — what "what is overdue?",
 *   "due this week" and the reminder sweep read. It is sized by how many reminders are due today, and is
 *   the same whatever the size of the register (same seed, same today).
 * - the HISTORY part, which makes up the size: complete actions, open actions due more than three weeks
 *   ahead, and a few with no date. None of them is in the reminder window, so a 100,000-action register
 *   has exactly the same reminders due as a 1,000-action one.
 */
import type { Action, Status } from '../../src/domain/action';
import { boardCode, meetingKey } from '../../src/domain/action';
import type { BusinessCalendar } from '../../src/domain/business-days';
import { IsoDate, addDays, daysBetween, longDate } from '../../src/domain/calendar-date';
import { DEFAULT_REMINDER_POLICY, reminderFor } from '../../src/domain/reminders';
import { Rng, mulberry32 } from './rng';

export const LEADS = [
  'MPS', 'MOPAC', 'DMPC', 'AC Ephgrave', 'Cmdr Connors', 'Commander Dales', 'DAC Taylor', 'AC Rowley',
  'MOPAC Evidence and Insight', 'Chief Executive MOPAC', 'Director of Strategy', 'Secretariat',
] as const;

const BOARDS = [
  'MOPAC MPS Oversight Board', 'Performance and Risk Oversight Board', 'Trust and Confidence Board', 'Investment Advisory and Monitoring Board',
  'Audit Panel', 'Workforce Assurance Board', 'Violence Reduction Delivery Board', 'Safeguarding Oversight Group',
  'Stop and Search Scrutiny Board', 'Digital Policing Board', 'Estates Oversight Board', 'Victims Oversight Board',
  'Custody Assurance Board', 'Use of Force Scrutiny Panel', 'Neighbourhood Policing Board',
] as const;

const STRANDS = [null, null, 'Trust and confidence', 'Workforce', 'Safeguarding', 'Stop and search', 'Use of force', 'Finance', 'Data quality and transparency'] as const;

const OPENERS = [
  '{lead} to provide the Board with', '{lead} to share with MOPAC', '{lead} to write to the DMPC setting out', '{lead} to bring a paper to a future Oversight Board on',
  '{lead} to confirm', '{lead} to review', '{lead} and MOPAC to jointly research', '{lead} to advise DMPC/MOPAC when it can provide', '{lead} to publish',
  '{lead} to report back on', '{lead} to provide a more detailed response on', '{lead} to set out for the Deputy Mayor', '{lead} to circulate to Board members',
] as const;

const OBJECTS = [
  'an update on the national Use of Force Recording Programme', 'the data on stop and search by BCU, broken down by ethnicity and age',
  'a final assessment of the spit guard trial, particularly any disproportionality', 'whether the Return Home Interview training for professionals and partners was delivered as planned',
  'assurance on the officer pay forecast in light of recruitment challenges', 'progress against the agreed priorities in the Mayor\'s Action Plan',
  'the Body Worn Video compliance figures for stop and search encounters', 'the timeliness of misconduct processes and the changes that would be of value',
  'plans to address low victim satisfaction in the TDIU', 'the Safer Schools Officer report as it stands', 'the capital underspend and slippage position for the year',
  'the findings of the review of community engagement mechanisms', 'the recruitment and retention figures for Black and minority ethnic officers',
  'the use of Taser and the complaints received since all officers wore Body Worn Video', 'the data quality issues found in the recording of certain offences',
  'the outcome of the Haringey review of the safeguarding response to under-18s who are repeatedly stopped and searched',
  'the number of police officers and staff injured in the course of their duties', 'the interim arrangements for making stop and search records available by email',
] as const;

const TAILS = [
  'including how it will be monitored through the DCDG', 'so that the Board can consider it at the next meeting', 'with a breakdown by borough and protected characteristic',
  'and how this links with the wider stop and search learning', 'ahead of publication on the London Datastore', 'and any implications for the 2025/26 budget',
  'in consultation with the Legally Qualified Chairs', 'before the summer recess', 'and the assessment there has been of its impact',
  'setting out the oversight and governance structures that will monitor it', 'drawing on the results of the research into victim call backs',
  'with the timeline for implementation across all business groups', 'and whether the target dates remain achievable',
] as const;

const UPDATES = [
  'Data shared with MOPAC; a fuller note will follow.', 'Work is on track and a paper is scheduled for the next Oversight Board.',
  'Delayed by the Connect programme; a revised timeline will be shared with the secretariat.', 'Awaiting sign-off from the Management Board before it can be shared.',
  'The review is complete and recommendations have been agreed, including precision in how the data is used.',
  'MOPAC is leading this action and has commenced a programme of activity, including an external tender for independent assistance.',
  'A joint piece of work has been agreed to review 500 pieces of footage; language and behaviours will be coded.',
  'The recruitment targets have been set and a significant programme of attraction activity has been implemented.',
] as const;

const OPEN_STATUSES: readonly Status[] = ['awaiting_update', 'awaiting_update', 'on_track', 'on_track', 'on_track', 'amber', 'amber', 'red'];

/** Action text of 80–300 characters, in the style of the board's letters. */
export function actionText(rnd: Rng, lead: string): string {
  const target = rnd.int(80, 300);
  let text = `${rnd.pick(OPENERS).replace('{lead}', lead)} ${rnd.pick(OBJECTS)}`;
  const used = new Set<string>();
  while (text.length < target) {
    const tail = rnd.pick(TAILS);
    if (text.length + tail.length + 3 > 300) break;
    if (used.has(tail)) continue;
    used.add(tail);
    text += `, ${tail}`;
  }
  return `${text}.`;
}

export function updateText(rnd: Rng): string {
  const first = rnd.pick(UPDATES);
  return rnd.chance(0.4) ? `${first} ${rnd.pick(UPDATES)}` : first;
}

export interface RegisterSpec {
  size: number;
  seed: number;
  /** The bench's "today" in London (a business day). */
  today: IsoDate;
  /** How many open actions have a reminder stage due today (the live part is built until it has this many). */
  remindersDue: number;
  calendar: BusinessCalendar;
}

export interface GeneratedRegister {
  actions: Action[];
  /** Open actions due within [today-60, today+14]: what the hot questions and the sweep read. */
  live: number;
  remindersDue: number;
  overdue: number;
  dueThisWeek: number;
  open: number;
  boards: string[];
  meetings: number;
}

/** Actions per meeting, on average: a busy board's action log. */
const PER_MEETING = 35;
/** Meetings kept per board before another board is needed (10 years, fortnightly). */
const MEETINGS_PER_BOARD = 260;

export function generateRegister(spec: RegisterSpec): GeneratedRegister {
  // Two streams: the live part depends only on (seed, today, remindersDue), never on the size.
  const liveRnd = mulberry32(spec.seed);
  const historyRnd = mulberry32(spec.seed ^ 0x9e3779b9);
  const meetingsNeeded = Math.max(6, Math.ceil(spec.size / PER_MEETING));
  const boardCount = Math.min(BOARDS.length, Math.max(1, Math.ceil(meetingsNeeded / MEETINGS_PER_BOARD)));
  const perBoard = Math.ceil(meetingsNeeded / boardCount);
  const boards = BOARDS.slice(0, boardCount);
  // Board k meets fortnightly; its latest meeting was k+3 days ago.
  const latestMeeting = (k: number): IsoDate => addDays(spec.today, -(3 + k));
  const numbers = new Map<string, number>();
  const nextNumber = (board: string, meetingDate: IsoDate): number => {
    const key = meetingKey({ boardCode: boardCode(board), meetingDate });
    const n = (numbers.get(key) ?? 0) + 1;
    numbers.set(key, n);
    return n;
  };

  const actions: Action[] = [];
  let remindersDue = 0;
  // The live part: recent meetings' open actions, due from 60 days ago to 14 days ahead.
  while (remindersDue < spec.remindersDue) {
    const due = addDays(spec.today, liveRnd.int(-60, 14));
    // Always the first board, so the live part is identical at every size.
    const meetingDate = meetingOnOrBefore(latestMeeting(0), addDays(due, -liveRnd.int(7, 90)));
    const status = liveRnd.pick(OPEN_STATUSES);
    const action = makeAction(liveRnd, boards[0]!, meetingDate, nextNumber(boards[0]!, meetingDate), due, status);
    if (reminderFor(action, spec.today, spec.calendar, DEFAULT_REMINDER_POLICY)) remindersDue++;
    actions.push(action);
  }
  const live = actions.length;

  // The history: fills the register to its size, outside the reminder window.
  const farAhead = addDays(spec.today, 21);
  while (actions.length < spec.size) {
    const k = historyRnd.int(0, boardCount - 1);
    const meetingDate = addDays(latestMeeting(k), -14 * historyRnd.int(0, perBoard - 1));
    const age = daysBetween(meetingDate, spec.today);
    const roll = historyRnd.next();
    let due: IsoDate | null;
    let status: Status;
    if (roll < (age > 365 ? 0.9 : 0.5)) {
      status = 'complete';
      due = addDays(meetingDate, historyRnd.int(14, 180));
    } else if (roll < (age > 365 ? 0.97 : 0.95)) {
      status = historyRnd.pick(OPEN_STATUSES);
      due = addDays(farAhead, historyRnd.int(0, 380));
    } else {
      status = 'awaiting_update';
      due = null;
    }
    actions.push(makeAction(historyRnd, boards[k]!, meetingDate, nextNumber(boards[k]!, meetingDate), due, status));
  }

  const isOpenAction = (a: Action) => a.status !== 'complete';
  const weekEnd = addDays(spec.today, 6);
  return {
    actions,
    live,
    remindersDue,
    overdue: actions.filter((a) => isOpenAction(a) && a.due !== null && a.due < spec.today).length,
    dueThisWeek: actions.filter((a) => isOpenAction(a) && a.due !== null && a.due >= spec.today && a.due <= weekEnd).length,
    open: actions.filter(isOpenAction).length,
    boards: [...boards],
    meetings: numbers.size,
  };
}

/** The board's fortnightly meeting on or before `date` (its latest meeting being `latest`). */
function meetingOnOrBefore(latest: IsoDate, date: IsoDate): IsoDate {
  const back = daysBetween(date, latest);
  return back <= 0 ? latest : addDays(latest, -14 * Math.ceil(back / 14));
}

function makeAction(rnd: Rng, board: string, meetingDate: IsoDate, number: number, due: IsoDate | null, status: Status): Action {
  const lead = rnd.pick(LEADS);
  const createdAt = `${meetingDate}T16:00:00.000Z`;
  const updatedAt = new Date(Date.parse(createdAt) + rnd.int(1, 40) * 86_400_000).toISOString();
  return {
    boardCode: boardCode(board),
    board,
    meetingDate,
    number,
    text: actionText(rnd, lead),
    timing: due ? rnd.pick([`By ${longDate(due)}`, `${longDate(due)}`, `End of ${longDate(due).split(' ').slice(1).join(' ')}`]) : rnd.pick(['Ongoing', 'Next Oversight Board', 'TBC']),
    due,
    resolution: due ? 'exact' : 'none',
    flags: due ? [] : ['needs-date'],
    milestones: [], superseded: [], ref: '',
    lead,
    strand: rnd.pick(STRANDS),
    status,
    latest: status === 'awaiting_update'
      ? null
      : { status, text: updateText(rnd), by: 'aad-secretariat', byName: 'Board Secretariat', at: updatedAt, revisedDue: null },
    createdAt,
    updatedAt: status === 'awaiting_update' ? createdAt : updatedAt,
  };
}

/** An action log as a CSV the secretariat might keep: one row per action, meeting and board per row. */
export function registerCsvFile(actions: readonly Action[]): Buffer {
  const field = (v: string): string => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const label: Record<Status, string> = { awaiting_update: 'Awaiting update', complete: 'Complete', on_track: 'Green', amber: 'Amber', red: 'Red' };
  const lines = ['No.,Action,Timing,Lead,Due date,Status,Strand,Meeting date,Board'];
  for (const a of actions) {
    lines.push([String(a.number), a.text, a.timing, a.lead, a.due ?? '', label[a.status], a.strand ?? '', a.meetingDate, a.board].map(field).join(','));
  }
  return Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');
}
