import { detectMeeting } from '../../../src/import/detect-meeting';
import { readText } from '../../../src/import/read-text';

const lines = (text: string): string[] => text.split('\n');

/**
 * A governing body's own title ("Board of Directors", "the Trustees", "Board Meeting") under the
 * organisation's name: a secretariat files it as that organisation's board, as "MOPAC MPS Oversight Board"
 * and "Larkspur Community Trust Board of Trustees" name theirs.
 */
describe('board titles under the organisation\'s name', () => {
  it.each<[string, string, string | null]>([
    ['Northfield Community Health NHS Foundation Trust\nBoard of Directors – Cumulative Action Log (as at 1 November 2025)',
      'Northfield Community Health NHS Foundation Trust Board of Directors', null],
    ['Oakmere Community Trust\nMinutes of the meeting of the Trustees held on Thursday 16 October 2025', 'Oakmere Community Trust Board of Trustees', '2025-10-16'],
    ['# Brackenford Housing Association\n\n## Board Meeting – 25 September 2025', 'Brackenford Housing Association Board', '2025-09-25'],
    ['Harrowfield Community Healthcare NHS Trust\nTrust Board (Public) - Action Log', 'Harrowfield Community Healthcare NHS Trust Board', null],
    ['Hollinsford Academy Trust - Trust Board Action Log', 'Hollinsford Academy Trust Board', null],
    ['Fernleigh Community Foundation\n\nMeeting of the Directors held on 3 June 2025', 'Fernleigh Community Foundation Board of Directors', '2025-06-03'],
  ])('when a document opens %p, then the board is %p and the meeting %p', (text, board, meetingDate) => {
    expect(detectMeeting(lines(text), null)).toEqual({ board, meetingDate });
  });

  it.each<[string, string, string | null]>([
    ['Minutes of the meeting of the Trustees held on 3 June 2025', 'Board of Trustees', '2025-06-03'],
    ['Board of Directors – Cumulative Action Log', 'Board of Directors', null],
  ])('when no organisation is named above %p, then the board is %p', (text, board, meetingDate) => {
    expect(detectMeeting(lines(text), null)).toEqual({ board, meetingDate });
  });

  it('when a bare "Board Meeting" heading sits under a fuller board name, then the fuller name wins', () => {
    expect(detectMeeting(lines('# Ashcombe Scrutiny Board\n## Board Meeting - 25 September 2025\n\n### 6. Treasury\nRef\tAction'), 4))
      .toEqual({ board: 'Ashcombe Scrutiny Board', meetingDate: '2025-09-25' });
  });

  it('when a housing association\'s markdown minutes are read, then the actions are filed under its board and meeting', () => {
    const reading = readText('housing-minutes.md', [
      '# Brackenford Housing Association', '', '## Board Meeting – 25 September 2025', '',
      '1. Damp and mould', '', 'The board reviewed the open cases.', '', '**ACTION: Director of Property** to report the backlog by 31 October 2025.',
    ].join('\n'));
    expect([reading.board, reading.meetingDate]).toEqual(['Brackenford Housing Association Board', '2025-09-25']);
  });
});
