import { SEED_LETTER, cliOn } from '../../support/cli-harness';

const ACTION_5 = { boardCode: 'OB', meetingDate: '2022-04-21', number: 5 };

describe('chaser update refuses a revised due date outside the plausible window', () => {
  const chaser = cliOn({ CHASER_NOW: '2022-05-09T09:30:00+01:00' });
  beforeAll(async () => {
    await chaser('import', SEED_LETTER);
  });

  it.each([
    ['0000-01-01', /1 January 0 is before the meeting of 21 April 2022/],
    ['1900-01-01', /1 January 1900 is before the meeting/],
    ['2021-12-31', /31 December 2021 is before the meeting/],
    ['9999-12-31', /31 December 9999 is more than 10 years ahead/],
    ['2040-01-01', /1 January 2040 is more than 10 years ahead/],
  ])('when --due %s is given, then it is refused naming the field and nothing is recorded', async (due, message) => {
    const before = await chaser.store().actions.history(ACTION_5);
    const run = await chaser('update', '5', '--status', 'amber', '--text', 'delayed', '--due', due);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/The revised due date /);
    expect(run.err).toMatch(message);
    expect(await chaser.store().actions.history(ACTION_5)).toHaveLength(before.length);
  });

  it('when --due 99999-01-01 is given, then it is not a date and nothing is stored as text', async () => {
    const run = await chaser('update', '5', '--status', 'amber', '--text', 'x', '--due', '99999-01-01');
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/--due must be a real date/);
  });

  it('when a date inside the window is given, then it is recorded', async () => {
    const run = await chaser('update', '5', '--status', 'amber', '--text', 'delayed', '--due', '2031-06-30');
    expect(run.code).toBe(0);
    expect((await chaser.store().actions.get(ACTION_5))?.action.due).toBe('2031-06-30');
  });
});
