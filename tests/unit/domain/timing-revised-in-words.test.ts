import { englandAndWalesCalendar } from '../../../src/domain/business-days';
import { readTiming } from '../../../src/domain/timing';

const calendar = englandAndWalesCalendar();
/** A committee meeting of September 2024. */
const MEETING = '2024-09-17';
const read = (timing: string) => readTiming(timing, MEETING, calendar);

describe('a due-date cell that says, in words, that its date slipped (PRODUCT.md: the revised date wins, the original kept as superseded)', () => {
  it.each<[string, string, string]>([
    ['31/12/2024 - now due March 2025', '2025-03-31', '2024-12-31'],
    ['31 Jan 2025 (now due in March)', '2025-03-31', '2025-01-31'],
    ['June 2025 - now Sept 2025', '2025-09-30', '2025-06-30'],
    ['31/03/2025 now expected by 30/06/2025', '2025-06-30', '2025-03-31'],
    ['31 March 2025. Date now revised to 30 May 2025', '2025-05-30', '2025-03-31'],
    ['30/06/2025 rescheduled for 31 August 2025', '2025-08-31', '2025-06-30'],
    ['30/06/2025, new target 30/09/2025', '2025-09-30', '2025-06-30'],
    ['31/03/2025 re-profiled to 30/06/2025', '2025-06-30', '2025-03-31'],
    ['31/03/2025 reprofiled to Q2 2025/26', '2025-09-30', '2025-03-31'],
    ['31/03/2025 pushed back to 30/06/2025', '2025-06-30', '2025-03-31'],
    ['31/03/2025 pushed out to 30/06/2025', '2025-06-30', '2025-03-31'],
    ['31/03/2025 slipped to June 2025', '2025-06-30', '2025-03-31'],
    ['31/03/2025 delayed until 31/07/2025', '2025-07-31', '2025-03-31'],
    ['31/03/2025 Revised: 30/06/2025', '2025-06-30', '2025-03-31'],
    ['31/03/2025 moved to 30/06/2025', '2025-06-30', '2025-03-31'],
  ])('when %j, then %s is due, %s superseded, flagged revised', (timing, due, superseded) => {
    expect(read(timing)).toMatchObject({ due, superseded: [superseded], flags: expect.arrayContaining(['revised']) });
    expect(read(timing).milestones).toEqual([]);
  });

  it.each<[string, string, string]>([
    ['~~October 2024~~ February 2025', '2025-02-28', '2024-10-31'],
    ['~~31/10/2024~~ 28/02/2025', '2025-02-28', '2024-10-31'],
    ['February 2025 ~~October 2024~~', '2025-02-28', '2024-10-31'],
    ['~~30 Nov 2024~~ ~~31 Jan 2025~~ 31 March 2025', '2025-03-31', '2024-11-30'],
  ])('when a date is struck through (%j), then the date left standing is due (%s) and the struck one superseded (%s)', (timing, due, superseded) => {
    expect(read(timing)).toMatchObject({ due, flags: ['revised'] });
    expect(read(timing).superseded[0]).toBe(superseded);
  });

  it('when every date is struck through, then nothing is set aside (no date would be left): the date is read as written', () => {
    expect(read('~~31 October 2024~~')).toMatchObject({ due: '2024-10-31', superseded: [] });
  });

  it('when "now" is not followed by a date, then there is no revision', () => {
    expect(read('By 30 June 2025, now complete')).toMatchObject({ due: '2025-06-30', flags: [] });
  });
});
