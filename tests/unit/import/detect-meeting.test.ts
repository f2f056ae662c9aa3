import { detectMeeting } from '../../../src/import/detect-meeting';

const lines = (text: string): string[] => text.split('\n');

describe('the board and meeting date of a document', () => {
  it('when the actions have a heading above them, then the heading gives the board and date, not the letter date', () => {
    const doc = lines('Date: 04/05/2022\n\nDear Steve\n\nMOPAC MPS Oversight Board\nActions from 21 April 2022 Meeting\n\nNo.\tAction');
    expect(detectMeeting(doc, 7)).toEqual({ board: 'MOPAC MPS Oversight Board', meetingDate: '2022-04-21' });
  });

  it('when an earlier heading names another meeting, then the heading just above the actions wins', () => {
    const doc = lines('Oversight Board 10 March 2022: matters arising\n\nSome prose here.\n\nActions from 21 April 2022 Meeting\nNo.\tAction');
    expect(detectMeeting(doc, 5)).toEqual({ board: 'Oversight Board', meetingDate: '2022-04-21' });
  });

  it('when a record has markdown headings, then the title gives them, not earlier minutes in the body', () => {
    const doc = lines(
      '# Performance and Risk Oversight Board\n\n# Record of Meeting 31 August 2023\n\n' +
        '1.1. The minutes of the 28 April 2023 Performance and Risk Oversight Board meeting were agreed.',
    );
    expect(detectMeeting(doc, null)).toEqual({ board: 'Performance and Risk Oversight Board', meetingDate: '2023-08-31' });
  });

  it.each([
    ['Meeting: MOPAC MPS Oversight Board, 9 June 2022', 'MOPAC MPS Oversight Board', '2022-06-09'],
    ['Board: Riverside NHS Trust Board — 3 March 2024', 'Riverside NHS Trust Board', '2024-03-03'],
    ['Committee: Overview and Scrutiny Committee 14/11/2023', 'Overview and Scrutiny Committee', '2023-11-14'],
  ])('when a heading labels the body ("%s"), then the label is not part of the board\'s name', (heading, board, date) => {
    expect(detectMeeting(lines(heading), null)).toEqual({ board, meetingDate: date });
  });

  it('when only prose names the meeting, then "meeting on <date>" gives the date and the board is unknown', () => {
    const doc = lines('Dear Steve\n\nThank you for the productive Oversight Board meeting on 21 April 2022. It was useful.');
    expect(detectMeeting(doc, null)).toEqual({ board: null, meetingDate: '2022-04-21' });
  });

  it('when a title is in capitals with an ordinal date, then the board reads in title case', () => {
    expect(detectMeeting(lines('MOPAC MPS OVERSIGHT BOARD 15th June 2021'), null)).toEqual({
      board: 'MOPAC MPS Oversight Board',
      meetingDate: '2021-06-15',
    });
  });

  it('when nothing names a board or a meeting date, then both are null', () => {
    expect(detectMeeting(lines('Dear Steve\n\nDate: 04/05/2022\n\nThe minutes of the 28 April 2023 meeting were agreed.'), null)).toEqual({
      board: null,
      meetingDate: null,
    });
  });
});

describe('minutes headed the ways trustees, committees and governors write them', () => {
  const lines = (text: string) => text.split('\n');
  it.each<[string, string | null, string | null]>([
    ['Finance Committee\n\nDate: 14 March 2024\n\nThe minutes of the meeting of 11 January 2024 were approved.', 'Finance Committee', '2024-03-14'],
    ['Finance Committee\n\nThe minutes of the meeting of 11 January 2024 were approved.', 'Finance Committee', null],
    ['Minutes of the meeting of the Board of Trustees held on Thursday 14 March 2024', 'Board of Trustees', '2024-03-14'],
    ['Larkspur Community Trust Board of Trustees\nMinutes of the meeting held on 14 March 2024', 'Larkspur Community Trust Board of Trustees', '2024-03-14'],
    ['Board of Governors\nMeeting date: 5 February 2024', 'Board of Governors', '2024-02-05'],
  ])('when the document opens %p, then the board is %p and the meeting %p', (text, board, meetingDate) => {
    expect(detectMeeting(lines(text), null)).toEqual({ board, meetingDate });
  });

  it.each([
    ['Harrowfield Fire Authority\nMinutes of the meeting of the Fire Authority held on Thursday 20th March 2025 at 10.30am at Service Headquarters', '2025-03-20'],
    ['Ellesby Town Council\nMinutes of the meeting of the Town Council held on Tuesday 4th February 2025 at 7pm in the Council Chamber, Market Street', '2025-02-04'],
    ['Pellow Parish Council\n# Minutes of the meeting of the Parish Council held on Wednesday 1st October 2025 at 7.30pm in the Village Hall, Church Road, Pellow', '2025-10-01'],
  ])('when a long title line opens "Minutes of the meeting of … held on <weekday> <ordinal date> at <time> at <place>" (%p), then that date is the meeting\'s', (text, meetingDate) => {
    expect(detectMeeting(lines(text), null).meetingDate).toBe(meetingDate);
  });

  it('when prose says the minutes of the meeting of a date were approved, then that earlier date is still not the meeting\'s', () => {
    expect(detectMeeting(lines('Ellesby Town Council\nThe minutes of the meeting of 11 January 2025 were approved as a correct record.'), null).meetingDate).toBeNull();
  });
});
