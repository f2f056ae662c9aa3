import { Status } from '../../../src/domain/action';
import { ActionSelector, StatusReplyParse, parseStatusReply } from '../../../src/domain/chat';

const context = { today: '2022-05-09', knownBoardCodes: ['OB', 'PROB'] };
const OB5: ActionSelector = { number: 5, boardCode: 'OB', meetingDate: '2022-04-21' };

function reply(action: ActionSelector | number, status: Status, text: string, revisedDue: string | null = null): StatusReplyParse {
  return { kind: 'reply', reply: { action: typeof action === 'number' ? { number: action } : action, status, text, revisedDue } };
}

const replies: [message: string, expected: StatusReplyParse][] = [
  ['5 complete: data shared on 10 May', reply(5, 'complete', 'data shared on 10 May')],
  ['action 3 amber - waiting on the linking work', reply(3, 'amber', 'waiting on the linking work')],
  ['OB 21-Apr-2022 #5 on track, revised date 30 June', reply(OB5, 'on_track', '', '2022-06-30')],
  ['OB 21/04/2022 5 red: no analyst', reply(OB5, 'red', 'no analyst')],
  ['prob 3/5/2022 #2 amber - x', reply({ number: 2, boardCode: 'PROB', meetingDate: '2022-05-03' }, 'amber', 'x')],
  ['OB #4 done', reply({ number: 4, boardCode: 'OB' }, 'complete', '')],
  // A board's own reference after the meeting: that reference, never a number cut out of the year ("202" + "5").
  ['OB 21-Apr-2022 #42/20 complete: letter sent', reply({ number: 0, ref: '42/20', boardCode: 'OB', meetingDate: '2022-04-21' }, 'complete', 'letter sent')],
  ['PROB 03-May-2022 #4.01 amber', reply({ number: 0, ref: '4.01', boardCode: 'PROB', meetingDate: '2022-05-03' }, 'amber', '')],
  ['#7 red: blocked by IT; new date 15/07/2022', reply(7, 'red', 'blocked by IT', '2022-07-15')],
  ['action 12 done', reply(12, 'complete', '')],
  ['12 completed - sent 3 May', reply(12, 'complete', 'sent 3 May')],
  ['5 at risk: awaiting data', reply(5, 'amber', 'awaiting data')],
  ['5 at-risk: awaiting data', reply(5, 'amber', 'awaiting data')],
  ['5 delayed', reply(5, 'amber', '')],
  ['5 off track', reply(5, 'red', '')],
  ['5 Off-Track - no budget', reply(5, 'red', 'no budget')],
  ['5 blocked: vetting', reply(5, 'red', 'vetting')],
  ['5 green', reply(5, 'on_track', '')],
  ['5 pale green - progressing', reply(5, 'on_track', 'progressing')],
  ['5 in progress: drafting', reply(5, 'on_track', 'drafting')],
  ['5 ontrack', reply(5, 'on_track', '')],
  ['5 dark green', reply(5, 'complete', '')],
  ['5 closed', reply(5, 'complete', '')],
  ['5 finished: report sent', reply(5, 'complete', 'report sent')],
  ['5 g: fine', reply(5, 'on_track', 'fine')],
  ['5 a - waiting', reply(5, 'amber', 'waiting')],
  ['5 R: blocked', reply(5, 'red', 'blocked')],
  ['update 5 amber: chasing the data', reply(5, 'amber', 'chasing the data')],
  ['mark 5 as complete', reply(5, 'complete', '')],
  ['5 is complete', reply(5, 'complete', '')],
  ['5 is now amber: slipping', reply(5, 'amber', 'slipping')],
  ['5 status: amber - x', reply(5, 'amber', 'x')],
  ['action 5: complete, data shared', reply(5, 'complete', 'data shared')],
  ['5 amber: revised due date 30/06/2022', reply(5, 'amber', '', '2022-06-30')],
  ['5 amber: new deadline end of June', reply(5, 'amber', '', '2022-06-30')],
  ['5 amber, revised date 30 June, chased IT', reply(5, 'amber', 'chased IT', '2022-06-30')],
  ['5 amber: waiting on IT, new date 1 May', reply(5, 'amber', 'waiting on IT', '2023-05-01')],
  ['5 red: revised date: 15 July 2022 - no budget', reply(5, 'red', 'no budget', '2022-07-15')],
  ['5 amber: can IT help?', reply(5, 'amber', 'can IT help?')],
  ['5 complete:\nline one\nline two', reply(5, 'complete', 'line one\nline two')],
  ['5 amber: ' + 'x'.repeat(4000), reply(5, 'amber', 'x'.repeat(4000))],
];

const notReplies = [
  'what is overdue?', 'show action 5', 'action 5 status?', 'action 12 status', 'what is due before 30 June',
  '5', 'action 12', '30 June is the deadline', '5 done?', '10 actions are overdue', '5 a', '21/04/2022', 'help',
];

const invalids: [message: string, problem: RegExp][] = [
  ['5 purple: x', /^I read "5 purple: …" as an update for action 5 but "purple" is not a status\. Use complete, on track, amber or red, e\.g\. "5 amber: waiting on the data"\.$/],
  ['action 3 ambr - x', /"ambr" is not a status.*"action 3 amber: /],
  ['5 compelte', /^I read "5 compelte" as an update for action 5 but "compelte" is not a status/],
  ['mark 5 as purple', /"purple" is not a status/],
  ['5: data shared', /^I read "5: data shared" as an update for action 5 but it has no status\. .*e\.g\. "5 amber: data shared"\.$/],
  ['5 update: data shared', /has no status.*"5 amber: data shared"/],
  ['update 5', /action 5 but it has no status/],
  ['5 red: revised date 31 June', /revised due date "31 June" is not a date.*30\/06\/2022/],
  ['OB 21-Apr-2022 #5 amber: new date 31/06/2022', /OB 21-Apr-2022 #5 but the revised due date "31\/06\/2022" is not a date/],
  ['OB 31-Jun-2022 #5 amber: x', /"31-Jun-2022" is not a meeting date/],
  ['5 amber: ' + 'x'.repeat(4001), /is 4,001 characters long; Chaser keeps at most 4,000/],
];

describe('parseStatusReply', () => {
  it.each(replies)('when %j is sent, then it is that reply', (message, expected) => {
    expect(parseStatusReply(message, context)).toEqual(expected);
  });

  it.each(notReplies)('when %j is sent, then it is not a reply', (message) => {
    expect(parseStatusReply(message, context)).toEqual({ kind: 'not-a-reply' });
  });

  it.each(invalids)('when %j is sent, then it is refused saying what was wrong', (message, problem) => {
    const parsed = parseStatusReply(message, context);
    expect(parsed.kind).toBe('invalid');
    expect(parsed.kind === 'invalid' && parsed.message).toMatch(problem);
  });
});
