import { decideIntent, MIN_CONFIDENCE, reportedStatus, Signals } from '../../../../src/domain/language/decide';
import { IntentName } from '../../../../src/domain/language';
import { findImpliedOutcome, findStatus, findStatuses } from '../../../../src/domain/language/status-words';

/** The classifier's guess, as a ranked list with `intent` on top at `confidence`. */
function guess(intent: IntentName, confidence = 0.9): { intent: IntentName; confidence: number }[] {
  const others: IntentName[] = ['status-update', 'implied-outcome', 'question:status', 'question:overdue', 'unknown'];
  return [{ intent, confidence }, ...others.filter((o) => o !== intent).map((o) => ({ intent: o, confidence: (1 - confidence) / 4 }))];
}

function signals(text: string, knownWords = 3): Signals {
  return { text, status: findStatus(text), implied: !!findImpliedOutcome(text), knownWords };
}

describe('the safety rules over the classifier', () => {
  it.each([
    ['done - sent the data on Tuesday', 'question:due', 'status-update'],
    ['update on 11: red, still waiting on the lab', 'question:status', 'status-update'],
    ['the ethnicity plan went to MOPAC today', 'question:search', 'implied-outcome'],
    ['hydrant survey delivered to the borough', 'chit-chat', 'implied-outcome'],
    ['blocked on procurement', 'unknown', 'status-update'],
  ] as const)('when "%s" is guessed %s, then it is read as a reply (%s), never a question', (text, guessed, intent) => {
    expect(decideIntent(guess(guessed), signals(text)).intent).toBe(intent);
  });

  it.each([
    ['which actions are red?', 'question:status'],
    ['red actions for MPS', 'question:status'],
    ['what was delivered last week', 'question:changed-since'],
    ['is 10 on track?', 'question:show-action'],
  ] as const)('when "%s" is asked as a question, then the guess %s stands', (text, guessed) => {
    expect(decideIntent(guess(guessed), signals(text)).intent).toBe(guessed);
  });

  it.each([
    ["Is it ok to close 3 - it's done", 'question:show-action'],
    ['What we did on 4: blocked by legal', 'question:history'],
    ['Which reminds me, 14 is finished', 'question:status'],
    ['Anything else you need? 10 is on track', 'question:status'],
    ['Everything on 8 is done now', 'question:show-action'],
  ] as const)('when "%s" (reported in a clause of its own) is guessed %s, then it is a status update', (text, guessed) => {
    expect(decideIntent(guess(guessed), { ...signals(text), statuses: findStatuses(text) }).intent).toBe('status-update');
  });

  it('when a reply asks in one clause and reports in another, then the reported status is the one in the report', () => {
    const text = 'Are we done with 15? yes, complete';
    expect(reportedStatus(text, findStatuses(text))?.word).toBe('complete');
  });

  it('when a polite instruction to mark an action ends with "?", then it is still a status update', () => {
    expect(decideIntent(guess('question:show-action'), signals('Could you mark number 5 as done please?')).intent).toBe('status-update');
  });

  it('when a status update is guessed but only an outcome is implied, then it is an implied outcome (Chaser asks before recording)', () => {
    expect(decideIntent(guess('status-update'), signals('#8 sent the report to the panel')).intent).toBe('implied-outcome');
  });

  it('when an implied outcome is guessed but a status word is there, then it is a status update', () => {
    expect(decideIntent(guess('implied-outcome'), signals('sent and complete')).intent).toBe('status-update');
  });

  it('when a reopen is guessed for a red report with no word of reopening, then it is a status update', () => {
    expect(decideIntent(guess('reopen', 0.5), signals('re 6: red, still no lease')).intent).toBe('status-update');
  });

  it('when "reopen" is said beside "closed", then it is a reopen whatever the guess among replies', () => {
    expect(decideIntent(guess('status-update'), signals('6 was closed by mistake - reopen')).intent).toBe('reopen');
  });

  it('when reopening is asked for in so many words, then it is a reopen whatever the guess', () => {
    expect(decideIntent(guess('question:show-action'), signals('could you re-open 15'))).toMatchObject({ intent: 'reopen', rule: 'reopen-said' });
  });

  it('when the whole message picks one of the offered candidates, then it is a choice', () => {
    expect(decideIntent(guess('question:show-action'), signals('2nd please')).intent).toBe('choice');
  });

  it.each(['action 3 complete?', 'did 4 get done', 'is 12 finished'])('when "%s" is guessed a status update, then it is a question about the action (the status is asked after)', (text) => {
    expect(decideIntent(guess('status-update'), signals(text))).toEqual({ intent: 'question:show-action', confidence: 1, rule: 'status-asked-after' });
  });

  it('when an update ends with a question of its own ("5 amber: can IT help?"), then it stays an update', () => {
    expect(decideIntent(guess('status-update'), signals('5 amber: can IT help?')).intent).toBe('status-update');
  });

  it.each([
    ['undo', "I'm on leave next week, can someone else update"],
    ['reopen', 'action 5 - not started yet'],
  ] as const)('when %s is guessed for "%s", which has no word of its own, then nothing is written: unknown', (guessed, text) => {
    expect(decideIntent(guess(guessed, 0.6), signals(text))).toMatchObject({ intent: 'unknown', rule: 'needs-its-own-words' });
  });

  it('when chase is guessed for a report that only mentions the reminder, then it is the report', () => {
    const text = "Good morning, following up on the reminder: the crime data was shared with the panel on 3 May, so I'd consider this complete.";
    expect(decideIntent(guess('chase'), signals(text))).toMatchObject({ intent: 'status-update', rule: 'needs-its-own-words' });
  });

  it.each(['chase the Brigade on action 11', 'send Housing a reminder now', 'please nudge Patel about 4'])('when chase is guessed for "%s", then it stands', (text) => {
    expect(decideIntent(guess('chase'), signals(text)).intent).toBe('chase');
  });

  it('when "close 6" is guessed a question, then it is an implied outcome (Chaser asks "Mark #6 complete?")', () => {
    expect(decideIntent(guess('question:show-action'), signals('close 6')).intent).toBe('implied-outcome');
  });

  it('when the classifier is unsure and nothing is reported, then it is unknown', () => {
    expect(decideIntent(guess('question:search', MIN_CONFIDENCE - 0.01), signals('capital of France')).intent).toBe('unknown');
  });

  it('when the model knows none of the words, then it is unknown however sure the guess', () => {
    expect(decideIntent(guess('chit-chat', 0.9), signals('qwerty', 0)).intent).toBe('unknown');
  });
});

describe('status words', () => {
  it.each([
    ['not done yet but on track', 'on_track'],
    ["isn't finished, stuck on legal", 'red'],
    ['not complete', null],
    ['running late', 'amber'],
    ['7 - R', 'red'],
    ['5: G', 'on_track'],
    ['#2 ✅', 'complete'],
    ["6 won't be ready until September", 'amber'],
    ["can't progress 8 without the data", 'red'],
    ['a grand plan', null],
  ])('when "%s" is read, then the status is %s (negated words are not reports)', (text, status) => {
    expect(findStatus(text)?.status ?? null).toBe(status);
  });
});
