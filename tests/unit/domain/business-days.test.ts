import { englandAndWalesCalendar } from '../../../src/domain/business-days';

const calendar = englandAndWalesCalendar();

describe('England-and-Wales business days', () => {
  it.each([
    ['2022-04-21', 2, '2022-04-25'], // Thu + 2 skips the weekend
    ['2022-04-21', 10, '2022-05-06'], // skips the Early May bank holiday (2 May)
    ['2022-04-14', 1, '2022-04-19'], // Good Friday and Easter Monday
    ['2022-12-23', 1, '2022-12-28'], // Christmas, Boxing Day and the substitute day
    ['2023-08-31', 10, '2023-09-14'],
  ])('when %s plus %i business days, then %s', (from, n, expected) => {
    expect(calendar.addBusinessDays(from, n)).toBe(expected);
  });

  it('when counting business days after a Friday due date, then Monday is 1', () => {
    expect(calendar.businessDaysAfter('2022-05-13', '2022-05-16')).toBe(1);
    expect(calendar.businessDaysAfter('2022-05-13', '2022-05-13')).toBe(0);
    expect(calendar.businessDaysAfter('2022-05-13', '2022-05-12')).toBe(0);
  });

  it('when a date is a bank holiday, then it is not a business day and is named', () => {
    expect(calendar.isBusinessDay('2022-06-03')).toBe(false);
    expect(calendar.holidayName('2022-06-03')).toMatch(/Jubilee/);
    expect(calendar.isBusinessDay('2022-06-06')).toBe(true);
    expect(calendar.subtractBusinessDays('2022-06-06', 1)).toBe('2022-06-01');
  });
});

describe('counting business days arithmetically', () => {
  it('when counted over long spans, then it agrees with walking day by day', () => {
    const walk = (from: string, to: string) => {
      let n = 0;
      for (let d = new Date(`${from}T00:00:00Z`); ; ) {
        d = new Date(d.getTime() + 86_400_000);
        const iso = d.toISOString().slice(0, 10);
        if (iso > to) break;
        if (calendar.isBusinessDay(iso)) n++;
      }
      return n;
    };
    for (const [from, to] of [['2021-12-24', '2023-01-03'], ['2022-04-13', '2022-05-09'], ['2022-05-13', '2022-05-16'], ['2019-01-01', '2024-12-31'], ['2022-04-30', '2022-05-09']] as const) {
      expect(calendar.businessDaysAfter(from, to)).toBe(walk(from, to));
    }
  });
});
