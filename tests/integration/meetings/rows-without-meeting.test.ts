import { planImport } from '../../../src/app/imports/plan-import';
import { englandAndWalesCalendar } from '../../../src/domain/business-days';
import { readDocument } from '../../../src/import/read-document';
import { CLERK } from '../../support/meeting-fixture';
import { memoryStore } from '../../support/memory-store';

const calendar = englandAndWalesCalendar();
const now = new Date('2025-11-03T09:00:00Z');

/** A cumulative tracker: section rows carry each meeting's date, one section names none. */
function tracker(lastSection: string): Buffer {
  return Buffer.from([
    'Northfield Community Health NHS Foundation Trust', 'Board of Directors - Cumulative Action Log', '',
    'Ref\tAction\tLead\tDue date\tStatus',
    'Actions from meeting on 5 June 2025',
    'BOD 25/31\tProvide an update on out-of-area placements\tChief Operating Officer\t30/11/2025\tAmber',
    'Actions from meeting on 2 October 2025',
    'BOD 25/47\tReport the findings of the sexual safety audit\tDirector of Nursing\t31/12/2025\tNot yet due',
    lastSection,
    'BOD 25/49\tQuality Committee to review the ligature reduction programme\tChair of Quality Committee\t31/03/2026\tOn track',
    'BOD 25/50\tAudit Committee to review the estates backlog\tChair of Audit Committee\t31/03/2026\tOn track',
  ].join('\n'));
}

const plan = async (content: Buffer) =>
  planImport(await readDocument('cumulative-log.txt', content), {}, { store: memoryStore([CLERK.id]), calendar, now });

describe('a document without a meeting date, where only some rows lack one', () => {
  it('when only the rows under one section have no meeting, then the problem names those rows and their section; when every row lacks one, the whole document', async () => {
    const { problems } = await plan(tracker('Business delegated to committees'));
    expect(problems.filter((p) => p.field === 'meeting date').map((p) => p.message)).toEqual([
      expect.stringMatching(/^I could not find the meeting date of lines 10–11 under "Business delegated to committees" in "cumulative-log.txt": the rows above take theirs from their section rows, these have none and the document gives none\. Give it with --meeting-date YYYY-MM-DD \(it files only the rows without a meeting\), or put the date in that section row\.$/),
    ]);
    const whole = await plan(Buffer.from('Hollinsford Academy Trust - Trust Board actions\n\nRef\tAction\tLead\tDue date\n1\tPublish the accessibility plan\tCEO\t31/12/2025\n'));
    expect(whole.problems.filter((p) => p.field === 'meeting date').map((p) => p.message)).toEqual([expect.stringMatching(/^I could not find the meeting date in "cumulative-log.txt" \(I look for headings/)]);
  });
});
