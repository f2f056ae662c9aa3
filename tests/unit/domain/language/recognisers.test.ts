import { englandAndWalesCalendar } from '../../../../src/domain/business-days';
import { findActionMentions } from '../../../../src/domain/language/action-mentions';
import { findChoice } from '../../../../src/domain/language/choice';
import { maskMessage } from '../../../../src/domain/language/mask';
import { findMeetingPhrase } from '../../../../src/domain/language/meetings';
import { findRevisedDue } from '../../../../src/domain/language/revised-due';
import { findSince } from '../../../../src/domain/language/since';
import { correctSpelling, lexiconOf } from '../../../../src/domain/language/spelling';
import { findSubject } from '../../../../src/domain/language/subject';
import { boardContext } from '../../../support/language/contexts';

const c = boardContext();
const mentionContext = { today: c.today, knownBoardCodes: c.knownBoardCodes, meetings: c.meetings, references: c.references ?? [] };
const numbers = (text: string) => findActionMentions(text, mentionContext).map((a) => a.number ?? a.reference);
const calendar = englandAndWalesCalendar();

describe('action mentions', () => {
  it.each([
    ['3 & 5 both complete', [3, 5]],
    ['actions 2, 4 and 7 are on track', [2, 4, 7]],
    ['due within 10 days', []],
    ['data shared on 10 May', []],
    ['between 1 and 15 June', []],
    ['at 09:30 on 12/05', []],
    ['the 5th one', []],
    ['42/20 and 01.05 done', ['42/20', '01.05']],
    ['Q3 is fine', []],
    ["what's due by May 13", []],
  ])('when "%s" is read, then the actions named are %j', (text, expected) => {
    expect(numbers(text)).toEqual(expected);
  });

  it('when "Nov 2" is read, then it is action 2 of the November meeting, not 2 November', () => {
    expect(findActionMentions('Nov 2 is on track', mentionContext)).toEqual([
      { text: 'Nov 2', number: 2, meetingWords: 'Nov', meetings: [{ boardCode: 'OB', meetingDate: '2021-11-18' }] },
    ]);
  });

  it('when a number names no meeting, then every meeting held so far is a candidate, latest first, and none still to come', () => {
    expect(findActionMentions('action 5', mentionContext)[0]!.meetings.map((m) => m.meetingDate)).toEqual(['2022-04-21', '2022-01-20', '2021-11-18']);
  });

  it('when a board has not met yet in the named month, then the action has no candidate', () => {
    expect(findActionMentions('the June action 3', mentionContext)[0]!.meetings).toEqual([]);
  });
});

describe('meetings in words', () => {
  it.each([
    ['the last meeting', ['2022-04-21']],
    ['the latest board', ['2022-04-21']],
    ['the 20 January meeting', ['2022-01-20']],
    ['the January meeting', ['2022-01-20']],
    ['actions agreed in November', ['2021-11-18']],
  ])('when "%s" is read, then it means %j', (text, dates) => {
    expect(findMeetingPhrase(text, c.meetings, c.today)?.meetings.map((m) => m.meetingDate)).toEqual(dates);
  });

  it('when the latest meeting in the register is after today, then "the last meeting" is the latest one held', () => {
    expect(findMeetingPhrase('last meeting', c.meetings, '2022-06-15')?.meetings).toEqual([{ boardCode: 'OB', meetingDate: '2022-04-21' }]);
    expect(findMeetingPhrase('last meeting', c.meetings, '2022-06-16')?.meetings).toEqual([{ boardCode: 'OB', meetingDate: '2022-06-16' }]);
  });
});

describe('revised due dates', () => {
  it.each([
    ['slipping to the end of March', '2023-03-31'],
    ['delayed until end of June', '2022-06-30'],
    ['pushed back to 30/06/2022', '2022-06-30'],
    ['now expected in September', '2022-09-30'],
    ['amber, new deadline 15 July', '2022-07-15'],
    ['moved to mid-August because of the audit', '2022-08-15'],
  ])('when "%s" is read on 9 May 2022, then the new due date is %s', (text, due) => {
    expect(findRevisedDue(text, '2022-05-09', calendar)?.date).toBe(due);
  });

  it.each(['done - sent the data on Tuesday', 'shared on 10 May', 'slipping by a couple of weeks', 'delayed, waiting on finance'])(
    'when "%s" is read, then no new due date is found (a date as news is not a deadline)', (text) => {
      expect(findRevisedDue(text, '2022-05-09', calendar)).toBeNull();
    });
});

describe('since', () => {
  it.each([
    ['since last week', '2022-05-02'],
    ['since yesterday', '2022-05-08'],
    ['in the past fortnight', '2022-04-25'],
    ['over the last 3 days', '2022-05-06'],
    ['since 3 May', '2022-05-03'],
    ['since 20 December', '2021-12-20'],
    ['since the last meeting', '2022-04-21'],
  ])('when "%s" is read on Monday 9 May 2022, then it counts from %s', (text, since) => {
    expect(findSince(text, '2022-05-09', c.meetings)).toBe(since);
  });
});

describe('subjects', () => {
  it.each([
    ["what's happening with the Child Q response?", 'Child Q response'],
    ['anything on stop and search', 'stop and search'],
    ['how are we getting on with the body worn video pilot?', 'body worn video pilot'],
    ['the ethnicity plan went to MOPAC today', 'ethnicity plan'],
    ['search misconduct hearings', 'misconduct hearings'],
  ])('when "%s" is read, then the subject is "%s"', (text, subject) => {
    expect(findSubject(text, [])).toBe(subject);
  });
});

describe('the classifier input', () => {
  it('when a message names a lead, a reference, a date, a month and numbers, then the model sees their kinds', () => {
    expect(maskMessage("What's the Met's #3 (42/20) due 12/05 in May?", { leads: ['the Met', 'MPS'], boardCodes: ['OB'], references: ['42/20'] }))
      .toBe('what is zlead s zhash znum zref due zdate in zmonth zq');
  });

  it('when a word is one slip from a word the model knows, then it is corrected; a far one is left', () => {
    const lexicon = lexiconOf(['overdue', 'replied', 'what', 'is', 'lacking', 'deadlines']);
    expect(correctSpelling('what is overdu', lexicon)).toBe('what is overdue');
    expect(correctSpelling('what is overdeu', lexicon)).toBe('what is overdue');
    expect(correctSpelling('who replyed', lexicon)).toBe('who replied');
    expect(correctSpelling('dedliens', lexicon)).toBe('deadlines');
    expect(correctSpelling('hydrant', lexicon)).toBe('hydrant');
    expect(correctSpelling('looking', lexicon)).toBe('looking');
  });

  it.each([['the second one', 2], ['first', 1], ['the last one', -1], ['option 3', 3], ['the ethnicity plan', undefined]])(
    'when "%s" answers a "which action?", then the choice is %s', (text, choice) => {
      expect(findChoice(text)).toBe(choice);
    });
});
