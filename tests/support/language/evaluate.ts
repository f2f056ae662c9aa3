import { understand } from '../../../src/domain/language';
import { isQuestion, isReply } from '../../../src/domain/language/intents';
import { latestMeetings } from '../../../src/domain/language/meetings';
import type { Understanding, UnderstandingContext } from '../../../src/domain/language';
import { CorpusRow, Expected } from './corpus';

/** What went wrong with one message; empty when it was understood as expected. */
export function entityProblems(u: Understanding, expect: Expected, context: UnderstandingContext): string[] {
  const e = u.entities;
  const problems: string[] = [];
  const month = (date: string | undefined) => (date ? Number(date.slice(5, 7)) : undefined);
  const latest = latestMeetings(context.meetings, context.today)[0]?.meetingDate;
  const meetingOk = (want: number | 'latest', date: string | undefined) => (want === 'latest' ? date === latest : month(date) === want);
  const check = (name: string, ok: boolean, got: unknown) => { if (!ok) problems.push(`${name}: got ${JSON.stringify(got)}`); };
  if (expect.n) {
    const numbers = e.actions.filter((a) => a.number !== undefined).map((a) => a.number);
    check('actions', JSON.stringify(numbers) === JSON.stringify(expect.n), numbers);
  }
  if (expect.m !== undefined) check('meeting of the actions', e.actions.length > 0 && e.actions.every((a) => meetingOk(expect.m!, a.meetings[0]?.meetingDate)), e.actions.map((a) => a.meetings[0]));
  if (expect.meeting !== undefined) check('meeting', meetingOk(expect.meeting, e.meeting?.meetings[0]?.meetingDate), e.meeting);
  if (expect.ref) check('reference', e.actions.some((a) => a.reference === expect.ref), e.actions);
  if (expect.lead) check('lead', e.lead === expect.lead, e.lead);
  if (expect.status) check('status', e.status === expect.status, e.status);
  if (expect.due) check('revised due', e.revisedDue === expect.due, e.revisedDue);
  if (expect.subject) check('subject', e.subjectWords?.toLowerCase() === expect.subject.toLowerCase(), e.subjectWords);
  return problems;
}

export interface Evaluation {
  total: number;
  intentCorrect: number;
  /** Replies (status updates, implied outcomes, undo, reopen) the classifier read as questions. */
  replies: number;
  repliesAsQuestions: number;
  /** Messages with expected entities, and those whose entities all matched. */
  withEntities: number;
  entitiesCorrect: number;
  /** Status updates read as naming another action or meeting than meant: a write on the wrong action if recorded. */
  updatesOnWrongAction: number;
  misses: { text: string; expected: string; got: string; problems: string[] }[];
  msPerMessage: number;
}

export function evaluate(rows: CorpusRow[], context: UnderstandingContext): Evaluation {
  const ev: Evaluation = { total: rows.length, intentCorrect: 0, replies: 0, repliesAsQuestions: 0, withEntities: 0, entitiesCorrect: 0, updatesOnWrongAction: 0, misses: [], msPerMessage: 0 };
  understand('warm up', context);
  const started = performance.now();
  const results = rows.map((r) => understand(r.text, context));
  ev.msPerMessage = (performance.now() - started) / rows.length;
  rows.forEach((r, i) => {
    const u = results[i]!;
    const intentOk = u.intent === r.intent;
    if (intentOk) ev.intentCorrect++;
    if (isReply(r.intent as never)) {
      ev.replies++;
      if (isQuestion(u.intent)) ev.repliesAsQuestions++;
    }
    const problems = entityProblems(u, r.expect, context);
    if (Object.keys(r.expect).length) {
      ev.withEntities++;
      if (!problems.length) ev.entitiesCorrect++;
    }
    // Naming no action is safe (Chaser asks which); naming another one would record on it.
    const namedOther = u.entities.actions.length > 0 && problems.some((p) => /^(?:actions|meeting of|reference)/.test(p));
    if (r.intent === 'status-update' && u.intent === 'status-update' && namedOther) ev.updatesOnWrongAction++;
    if (!intentOk || problems.length) ev.misses.push({ text: r.text, expected: r.intent, got: `${u.intent} (${u.confidence.toFixed(2)})`, problems });
  });
  return ev;
}
