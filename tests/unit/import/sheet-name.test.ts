import { monthNear, readSheetName } from '../../../src/import/sheet-name';

describe('what a worksheet\'s tab name says', () => {
  it.each([
    ['12.03.2024', { meetingDate: '2024-03-12', closed: false }],
    ['Board 14 Feb 2024', { meetingDate: '2024-02-14', closed: false }],
    ['12-Mar-24', { meetingDate: '2024-03-12', closed: false }],
    ['May 2024', { month: '2024-05', closed: false }],
    ['Jan-24', { month: '2024-01', closed: false }],
    ['2024-05', { month: '2024-05', closed: false }],
    ['Sept meeting', { monthAlone: 9, closed: false }],
    ['Completed actions', { closed: true }],
    ['Closed Jan-24', { month: '2024-01', closed: true }],
    ['Archive', { closed: true }],
    ['Open actions', { closed: false }],
    ['Instructions', { closed: false }],
    ['31.02.2024', { closed: false }],
  ])('when a sheet is named %p, then it reads as %p', (name, expected) => {
    expect(readSheetName(name)).toEqual(expected);
  });

  it('when a month has no year, then the year puts it nearest the meeting beside it', () => {
    expect([monthNear(9, '2023-10'), monthNear(1, '2023-10-12'), monthNear(12, '2024-02-14')]).toEqual(['2023-09', '2024-01', '2023-12']);
  });
});
