import { fixedClock } from '../../../src/domain/clock';
import {
  londonDate, londonDateTimeText, londonInstant, londonStamp, londonTime, londonTimeText, londonToday, sameLondonDay,
} from '../../../src/domain/london-time';

describe('London time (one module, on Intl)', () => {
  it.each([
    ['winter (GMT)', '2022-01-17T09:00:00Z', '2022-01-17', 9, 0],
    ['summer (BST)', '2022-05-09T08:00:00Z', '2022-05-09', 9, 0],
    ['a summer night: UTC is still yesterday', '2023-07-31T23:30:00Z', '2023-08-01', 0, 30],
    ['a winter night: no shift', '2023-12-31T23:59:00Z', '2023-12-31', 23, 59],
    ['the spring change (01:00Z is 02:00 BST)', '2024-03-31T01:00:00Z', '2024-03-31', 2, 0],
    ['the autumn change (01:00Z is 01:00 GMT again)', '2024-10-27T01:00:00Z', '2024-10-27', 1, 0],
  ])('when it is %s, then the London date and wall clock are as the board reads them', (_when, instant, date, hour, minute) => {
    expect(londonTime(instant)).toEqual({ date, hour, minute });
    expect(londonTime(new Date(instant))).toEqual({ date, hour, minute });
    expect(londonDate(instant)).toBe(date);
  });

  it.each([
    ['a BST Monday', '2022-05-09', 8, 0, '2022-05-09T07:00:00.000Z'],
    ['a GMT Monday', '2022-11-07', 8, 0, '2022-11-07T08:00:00.000Z'],
    ['the day the clocks go forward', '2025-03-30', 9, 0, '2025-03-30T08:00:00.000Z'],
    ['the day the clocks go back', '2025-10-26', 9, 30, '2025-10-26T09:30:00.000Z'],
    ['midnight in summer', '2023-06-12', 0, 0, '2023-06-11T23:00:00.000Z'],
  ])('when London reads a wall-clock time on %s, then londonInstant is that instant, and back again', (_day, date, hour, minute, iso) => {
    const instant = londonInstant(date, hour, minute);
    expect(instant.toISOString()).toBe(iso);
    expect(londonTime(instant)).toEqual({ date, hour, minute });
  });

  it('when two instants are either side of London midnight, then they are not the same London day, even if UTC says so', () => {
    expect(sameLondonDay(new Date('2022-06-01T22:30:00Z'), new Date('2022-06-01T23:30:00Z'))).toBe(false);
    expect(sameLondonDay(new Date('2022-12-01T00:10:00Z'), new Date('2022-12-01T23:50:00Z'))).toBe(true);
  });

  it('when today is asked of a clock, then it is the London date of its instant', () => {
    expect(londonToday(fixedClock('2021-08-31T23:15:00Z'))).toBe('2021-09-01');
    expect(londonToday(fixedClock('2021-02-28T23:15:00Z'))).toBe('2021-02-28');
  });

  it('when an instant is written for people, then it shows London time', () => {
    expect(londonStamp(new Date('2022-05-10T13:05:00Z'))).toBe('10 May 2022, 14:05');
    expect(londonTimeText('2022-01-04T07:09:00Z')).toBe('07:09');
    expect(londonDateTimeText('2022-07-04T23:45:00Z')).toBe('2022-07-05 00:45');
  });
});
