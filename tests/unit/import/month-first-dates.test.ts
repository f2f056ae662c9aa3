import { readDocument } from '../../../src/import/read-document';

/** An invented US nonprofit's action items: every date written month first. */
const LOG = ['Lantern Bay Food Pantry, Inc.', 'Board of Directors - Actions', 'Meeting Date: 04/09/2024', '',
  'Item #\tAction\tResponsible\tDue Date', '2024-1\tFile the annual return\tTreasurer\t05/15/2024', '2024-2\tRenew the insurance\tExecutive Director\t4-30-24', ''].join('\n');

describe('dates written month first', () => {
  it('when a due date has its day where the month goes, then the problem says it reads month first and how to write it, and the meeting date read from figures is warned of', async () => {
    const reading = await readDocument('actions.txt', Buffer.from(LOG));

    const messages = reading.problems.map((p) => [p.severity ?? 'error', p.message]);
    expect(messages).toContainEqual(['error', expect.stringContaining('"05/15/2024", which is not a date: it reads month first, as in the United States; Chaser reads the day first, so write 15/05/2024 or 15 May 2024')]);
    expect(messages).toContainEqual(['error', expect.stringContaining('"4-30-24", which is not a date: it reads month first')]);
    expect(messages).toContainEqual(['warning', expect.stringMatching(/month first, but Chaser read its meeting date day first, as 4 September 2024: .*--meeting-date/)]);
  });

  it('when a date cannot be a date either way, then no month-first advice is given', async () => {
    const reading = await readDocument('actions.txt', Buffer.from(LOG.replace('05/15/2024', '31/13/2024')));

    expect(reading.problems.find((p) => p.message.includes('"31/13/2024"'))?.message).not.toMatch(/month first/);
  });
});
