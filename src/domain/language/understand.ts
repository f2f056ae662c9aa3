import { englandAndWalesCalendar } from '../business-days';
import { addDays } from '../calendar-date';
import { readDueRange } from '../chat/due-range';
import { asksAboutOwn } from '../chat/leads';
import { findActionMentions, findMeetingAlone } from './action-mentions';
import { blank } from '../chat/chat-text';
import { findChoice } from './choice';
import { findMeetingPhrase } from './meetings';
import { classify } from './classify';
import { Decision, decideIntent, reportedStatus } from './decide';
import { IntentName, isQuestion, isReply } from './intents';
import { findLeadNamed } from './leads';
import { shippedModel } from './load-model';
import { MaskNames } from './mask';
import { findRevisedDue } from './revised-due';
import { findSince } from './since';
import { findImpliedOutcome, findStatuses, statusesNamed } from './status-words';
import { findSubject } from './subject';
import { Entities, Understanding, UnderstandingContext } from './types';
import { tidy } from './words';

let defaultCalendar: ReturnType<typeof englandAndWalesCalendar> | null = null;

function namesOf(c: UnderstandingContext): MaskNames {
  return { leads: [...c.knownLeads, ...Object.keys(c.leadAliases ?? {})], boardCodes: c.knownBoardCodes, references: c.references ?? [] };
}

/** Intents whose answer is a list filtered by due date. */
const LISTS: IntentName[] = ['question:due', 'question:open', 'question:status', 'question:meeting', 'question:awaiting-update'];

/**
 * What a chat message from a lead or an officer means: the intent (from the trained classifier, then
 * the safety rules of issue #16) and everything the recognisers found (actions with their candidate
 * meetings, lead, status, revised due date, dates, subject). Pure: the context carries the register's
 * names and meetings and today's date; nothing is looked up or recorded here.
 */
export function understand(text: string, context: UnderstandingContext): Understanding {
  const clean = tidy(text);
  const { ranked: raw, read, known } = classify(clean, namesOf(context), shippedModel());
  const ranked = raw.map((r) => ({ intent: r.intent as IntentName, confidence: r.confidence }));
  const statuses = findStatuses(clean);
  const implied = findImpliedOutcome(clean);
  const decided = decideIntent(ranked, { text: clean, status: statuses[0] ?? null, statuses, implied: !!implied, knownWords: known });
  const entities = entitiesFor(decided.intent, clean, context);
  const { intent, confidence, rule } = withoutAction(decided, entities, clean, context);
  const understood: Understanding = { intent, confidence, entities: intent === decided.intent ? entities : entitiesFor(intent, clean, context), ranked: ranked.slice(0, 3), normalised: read };
  return rule ? { ...understood, rule } : understood;
}

/**
 * "Show action …" that names no action asks about something else: the statuses it names ("is MOPAC on
 * track with everything"), a subject, or a lead's open actions.
 */
function withoutAction(d: Decision, e: Entities, text: string, c: UnderstandingContext): Decision {
  // "is anything stuck": a search with no subject but a status asks which actions have that status.
  if (d.intent === 'question:search' && !e.subjectWords && statusesNamed(text).length) {
    return { intent: 'question:status', confidence: d.confidence, rule: 'no-subject-named' };
  }
  if (d.intent !== 'question:show-action' || e.actions.length) return d;
  const lead = findLeadNamed(text, c.knownLeads, c.leadAliases ?? {}, c.knownBoardCodes, true);
  const statuses = statusesNamed(text);
  const intent: IntentName = statuses.length ? 'question:status' : lead ? 'question:open' : 'question:search';
  return { intent, confidence: d.confidence, rule: 'no-action-named' };
}

function entitiesFor(intent: IntentName, text: string, c: UnderstandingContext): Entities {
  const question = isQuestion(intent);
  const lead = findLeadNamed(text, c.knownLeads, c.leadAliases ?? {}, c.knownBoardCodes, question || intent === 'chase');
  const mentionContext = { today: c.today, knownBoardCodes: c.knownBoardCodes, meetings: c.meetings, references: c.references ?? [] };
  const actions = intent === 'choice' ? [] : findActionMentions(text, mentionContext);
  const e: Entities = { actions };
  if (lead) e.lead = lead.lead;
  const spans = lead ? [{ index: lead.index, end: lead.end }] : [];
  if (isReply(intent)) readReply(intent, text, c, e, spans);
  if (question) readQuestion(intent, text, c, e, spans);
  if (intent === 'choice') {
    const choice = findChoice(text);
    if (choice !== undefined) e.choice = choice;
  }
  if (!actions.length && (intent === 'question:meeting' || question || isReply(intent))) {
    const meeting = findMeetingAlone(text, mentionContext);
    if (meeting && (intent === 'question:meeting' || /meeting|board/i.test(meeting.words))) e.meeting = meeting;
  }
  return e;
}

function readReply(intent: IntentName, text: string, c: UnderstandingContext, e: Entities, spans: { index: number; end: number }[]): void {
  const status = reportedStatus(text, findStatuses(text));
  if (status) Object.assign(e, { status: status.status, statusWord: status.word });
  const implied = findImpliedOutcome(text);
  if (implied && !status) e.impliedWords = implied.words;
  const revised = findRevisedDue(text, c.today, c.calendar ?? (defaultCalendar ??= englandAndWalesCalendar()));
  if (revised) Object.assign(e, { revisedDue: revised.date, revisedDueWords: revised.words });
  if (!e.actions.length && intent !== 'undo') {
    const subject = findSubject(text, [...spans, ...(status ? [status] : [])]);
    if (subject) e.subjectWords = subject;
  }
}

const OVERDUE = /\b(?:overdue|late|past\s+(?:due|(?:the\s+|their\s+|its\s+)?deadlines?)|missed)\b/i;
const NEXT_MEETING = /\b(before|by|ahead\s+of|in\s+time\s+for)\s+(?:the\s+)?next\s+(?:board|meeting)\b/i;

/** "due before the next board": up to the first meeting after today (the day before it, for "before"). */
function beforeNextMeeting(text: string, c: UnderstandingContext): { dueFrom: string; dueTo: string } | null {
  const m = NEXT_MEETING.exec(text);
  const next = c.meetings.filter((x) => x.meetingDate > c.today).map((x) => x.meetingDate).sort()[0];
  if (!m || !next) return null;
  return { dueFrom: c.today, dueTo: /^by$/i.test(m[1]!) ? next : addDays(next, -1) };
}

function readQuestion(intent: IntentName, text: string, c: UnderstandingContext, e: Entities, spans: { index: number; end: number }[]): void {
  if (asksAboutOwn(text)) e.mine = true;
  const rest = spans.reduce((t, s) => blank(t, s.index, s.end), text);
  const statuses = statusesNamed(rest);
  if (statuses.length && intent !== 'question:search') e.statuses = statuses;
  if (intent === 'question:overdue' || OVERDUE.test(rest)) e.overdue = true;
  if (LISTS.includes(intent)) {
    // A meeting named in words ("from the April meeting") is not a due date.
    const meeting = findMeetingPhrase(rest, c.meetings, c.today);
    const range = beforeNextMeeting(rest, c) ?? readDueRange(meeting ? blank(rest, meeting.index, meeting.end) : rest, c.today);
    if (range) e.dueRange = range;
    else if (intent === 'question:due') e.dueRange = { dueFrom: c.today };
  }
  if (intent === 'question:changed-since') {
    const since = findSince(text, c.today, c.meetings);
    // "What's changed?" with no date: since a week ago, as the digest counts.
    e.since = since ?? addDays(c.today, -7);
  }
  if (intent === 'question:search' || (intent === 'question:show-action' && !e.actions.length)) {
    const subject = findSubject(text, spans);
    if (subject) e.subjectWords = subject;
  }
}

