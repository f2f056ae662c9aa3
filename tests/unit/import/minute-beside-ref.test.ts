import { readText } from '../../../src/import/read-text';

/** A tracker with both its own reference and the minute each action arose under. */
describe('a Minute column beside a Ref column', () => {
  const log = (header: string, rows: string[]): string => [
    'Northfield Community Health NHS Foundation Trust', 'Trust Board - actions from the meeting on 3 July 2025', '', header, ...rows,
  ].join('\n');

  it('when Ref comes first, then Ref is the reference, the minute is kept as the action\'s item and one warning says it is not stored', () => {
    const reading = readText('nhs-log.txt', log('Ref\tMinute\tAction\tLead\tDue Date', [
      'TB25/041\t25/112\tCirculate the Freedom to Speak Up policy\tDirector of Workforce\t31/07/2025',
      'TB25/042\t25/115\tBring a deep dive on waiting lists\tChief Operating Officer\t30/09/2025',
    ]));
    expect(reading.drafts.map((d) => [d.ref, d.item])).toEqual([['TB25/041', '25/112'], ['TB25/042', '25/115']]);
    expect(reading.problems.map((p) => [p.severity, p.message])).toEqual([
      ['warning', expect.stringMatching(/^Line 5: the "Minute" column \("25\/112"\) is not kept in the register: the actions are known by their "Ref" column/)],
    ]);
  });

  it('when Minute comes before Ref, then Ref is still the reference and the minute the item', () => {
    const reading = readText('council-log.txt', log('Minute No.\tRef\tAction\tLead\tDue Date', [
      '42/20\tCS-07\tReport on school place planning\tHead of Education\t30/04/2025',
    ]));
    expect(reading.drafts.map((d) => [d.ref, d.item])).toEqual([['CS-07', '42/20']]);
    expect(reading.problems).toHaveLength(1);
  });
});
