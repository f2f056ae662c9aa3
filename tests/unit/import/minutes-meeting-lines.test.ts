import { readDocument } from '../../../src/import/read-document';
import { readText } from '../../../src/import/read-text';
import { minutesDocx } from './minutes-documents';

describe('the next meeting\'s date under its own heading', () => {
  it('when "Date of next meeting" is a heading and the date is on the next line, then that is the next meeting', () => {
    const parish = ['Minutes of the Parish Council meeting held on 3 March 2025', '', 'Action: Clerk to order the salt bins before the next meeting.', '', '25/040 Date of next meeting', 'Tuesday 1st April 2025 at 7.00pm.'];
    const trust = ['# Academy trust board minutes 9 July 2025', '', 'ACTION: CEO to report back at the September meeting.', '', '## Date of next meeting:', '', '17 September 2025'];

    expect(readText('parish.txt', parish.join('\n')).nextMeetingDate).toBe('2025-04-01');
    expect(readText('trust.md', trust.join('\n')).nextMeetingDate).toBe('2025-09-17');
    // Prose under the heading that mentions a date later on is not the next meeting.
    const unfixed = ['Minutes of the Board meeting held on 3 March 2025', '', 'Date of next meeting', 'To be fixed once the budget is set on 14 April 2025.'];
    expect(readText('board.txt', unfixed.join('\n')).nextMeetingDate).toBeUndefined();
  });

  it('when Word minutes put the date under a numbered "Date of next meeting" heading, then it is the next meeting', async () => {
    const bytes = await minutesDocx(['Minutes of the meeting of the Trustees held on 18 February 2025', 'Action 1: Treasurer to circulate the accounts before the April meeting.', { heading: '6. Date of next meeting' }, '22 April 2025']);

    expect((await readDocument('charity.docx', bytes)).nextMeetingDate).toBe('2025-04-22');
  });
});

describe('the meeting date in ordinary title lines', () => {
  it.each([
    ['a long "Minutes of the … Meeting of the Parish Council held on …" title', 'Minutes of the Annual Meeting of the Parish Council held on Wednesday 14th May 2025 at 7.30pm in the Memorial Hall, Church Lane', '2025-05-14'],
    ['"Held on <date>, <place>" under the board\'s name', 'Held on 27 May 2025, Seminar Room 2, Trust Headquarters', '2025-05-27'],
    ['a monitoring report\'s title', 'Recommendations Monitoring - 10 June 2025', '2025-06-10'],
  ])('when the heading is %s, then its date is the meeting\'s', (_what, title, date) => {
    const lines = ['Marsh Vale Community Trust Board', title, '', 'Action 1: Director of Finance to circulate the savings plan by 13 June 2025.'];

    expect(readText('minutes.txt', lines.join('\n')).meetingDate).toBe(date);
  });

  it('when Word minutes give "Held on …" under the board\'s title, then that is the meeting date (never the last meeting\'s)', async () => {
    const bytes = await minutesDocx(['Eastwold Police and Crime Panel', 'Held on 27 May 2025, Council Chamber', 'Action 1: Panel Officer to circulate the complaints report.']);

    expect((await readDocument('panel.docx', bytes)).meetingDate).toBe('2025-05-27');
    // The minutes of the last meeting "held on" a date are not this meeting's.
    const last = ['Finance Committee', '', '1. The minutes of the last Ordinary Meeting of the Committee held on 4 February 2025 were approved.', 'Action 1: Clerk to file the minutes.'];
    expect(readText('minutes.txt', last.join('\n')).meetingDate).toBeNull();
  });
});

describe('the organisation named on the line above a one-word title', () => {
  it('when "University of Eastholme" stands above "Council - Schedule of Actions", then the board is "University of Eastholme Council"', () => {
    const lines = ['# University of Eastholme', '', '## Council - Schedule of Actions', '', 'Action 1: University Secretary to review the committee terms of reference.'];

    expect(readText('council.md', lines.join('\n')).board).toBe('University of Eastholme Council');
  });

  it('when a Word document names "Diocese of Wexham" above "Council - Actions", then the board is "Diocese of Wexham Council"', async () => {
    const bytes = await minutesDocx(['Diocese of Wexham', { heading: 'Council - Actions from 2 July 2025' }, 'Action 1: Secretary to circulate the glebe report.']);

    expect((await readDocument('diocese.docx', bytes)).board).toBe('Diocese of Wexham Council');
  });
});
