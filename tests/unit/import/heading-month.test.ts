import { detectMeeting } from '../../../src/import/detect-meeting';
import { headingMonth } from '../../../src/import/heading-month';

describe('a heading that names its meeting\'s month but not its day', () => {
  it.each([
    ['Audit and Risk Committee - November 2025', '2025-11'], ['Board actions, Sept 2024', '2024-09'], ['Trustees meeting: May 2024', '2024-05'],
    ['Audit and Risk Committee - 12 November 2025', null], ['Quality Committee 3rd of March 2024', null], ['Action log', null],
  ])('when the heading is %p, then its month is %p', (heading, month) => {
    expect(headingMonth(heading)).toBe(month);
  });

  it('when a tracker\'s heading gives only a month, and its list date is "as at" a day, then the meeting has a month and no date', () => {
    expect(detectMeeting(['Audit and Risk Committee - November 2025', 'Position as at 31 October 2025', 'Ref\tAction'], 2)).toEqual({ board: 'Audit and Risk Committee', meetingDate: null, meetingMonth: '2025-11' });
  });

  it('when another heading gives the whole date, then that is the meeting and no month is kept', () => {
    expect(detectMeeting(['Audit and Risk Committee - November 2025', 'Actions from the meeting of 19 November 2025', 'Ref\tAction'], 2)).toEqual({ board: 'Audit and Risk Committee', meetingDate: '2025-11-19' });
  });
});
