import { applyImport, newImportId } from '../../../src/app/imports/apply-import';
import { planImport } from '../../../src/app/imports/plan-import';
import { undoImport } from '../../../src/app/imports/undo-import';
import { englandAndWalesCalendar } from '../../../src/domain/business-days';
import { fixedClock } from '../../../src/domain/clock';
import { readDocument } from '../../../src/import/read-document';
import type { Store } from '../../../src/app/ports';
import { CLERK } from '../../support/meeting-fixture';
import { memoryStore } from '../../support/memory-store';

const calendar = englandAndWalesCalendar();
const now = new Date('2024-11-20T09:00:00Z');

/** An invented trust's cumulative tracker: references that are not whole numbers, so drafts are numbered by position. */
function tracker(rows: string[], title = 'Kestrel Valley NHS Trust\nBoard of Directors - action log\nMeeting date: 5 September 2024'): Buffer {
  return Buffer.from([title, '', 'Ref\tAction\tLead\tDue date\tStatus', ...rows, ''].join('\n'));
}

const V1 = [
  'KV/24/061\tProvide trend data on pressure ulcers\tChief Nurse\t31/10/2024\tOpen',
  'KV/24/062\tBring the revised capital plan\tCFO\t05/11/2024\tOpen',
  'KV/24/070\tCirculate the freedom to speak up report\tDirector of People\t30/09/2024\tOpen',
  'KV/24/071\tUpdate on roof remediation\tDirector of Estates\t30/11/2024\tOpen',
];

async function importDoc(store: Store, rows: string[], title?: string, at = now) {
  const content = tracker(rows, title);
  const plan = await planImport(await readDocument('log.txt', content), {}, { store, calendar, now: at, paperDeadlineDays: 7 });
  const id = newImportId();
  await applyImport(plan, CLERK, { store, now: at, calendar, paperDeadlineDays: 7 }, { id, content, options: {} });
  return { plan, id };
}

/** The register as reference → [text, lead, due], one entry per action (a duplicate would show as a repeated reference). */
async function register(store: Store): Promise<Array<[string, string, string, string | null]>> {
  const all = await store.actions.listMeeting({ boardCode: 'KVNTBD', meetingDate: '2024-09-05' });
  return all.map((a) => [a.ref, a.text, a.lead, a.due] as [string, string, string, string | null]).sort((a, b) => a[0].localeCompare(b[0]));
}

describe('a tracker imported again is matched to the register by the board\'s references, not by row position', () => {
  it('when the corrected tracker has its rows reordered, one changed and one added, then each action is corrected by its own reference and none is duplicated', async () => {
    const store = memoryStore([CLERK.id]);
    await importDoc(store, V1);
    const v2 = [V1[2]!.replace('30/09/2024', '14/10/2024'), V1[0]!, V1[1]!.replace('CFO', 'Chief Finance Officer'),
      'KV/24/072\tReport on the winter plan\tChief Operating Officer\t30/11/2024\tOpen'];
    const { plan } = await importDoc(store, v2);

    expect(plan.rows.map((r) => [r.action.ref, r.outcome])).toEqual([
      ['KV/24/070', 'changed'], ['KV/24/061', 'unchanged'], ['KV/24/062', 'changed'], ['KV/24/072', 'new'],
    ]);
    // The row taken out of the tracker is left in the register, and the preview says so.
    expect(plan.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/^An open action of these meetings is in the register but not in this document, and is left as it is: KVNTBD 05-Sep-2024 #KV\/24\/071\. .*chaser update REF --status complete/)]);
    expect(await register(store)).toEqual([
      ['KV/24/061', 'Provide trend data on pressure ulcers', 'Chief Nurse', '2024-10-31'],
      ['KV/24/062', 'Bring the revised capital plan', 'Chief Finance Officer', '2024-11-05'],
      ['KV/24/070', 'Circulate the freedom to speak up report', 'Director of People', '2024-10-14'],
      ['KV/24/071', 'Update on roof remediation', 'Director of Estates', '2024-11-30'],
      ['KV/24/072', 'Report on the winter plan', 'Chief Operating Officer', '2024-11-30'],
    ]);
    // The new action takes a number no action of the meeting had.
    const numbers = (await store.actions.listMeeting({ boardCode: 'KVNTBD', meetingDate: '2024-09-05' })).map((a) => a.number);
    expect(new Set(numbers).size).toBe(5);
  });

  it('when the reordered re-import is undone, then the register is as the first import left it', async () => {
    const store = memoryStore([CLERK.id]);
    await importDoc(store, V1);
    const before = await register(store);
    const { id } = await importDoc(store, [V1[3]!, V1[2]!.replace('Director of People', 'Chief People Officer'), V1[1]!, V1[0]!, 'KV/24/080\tNew item\tCFO\t31/12/2024\tOpen']);
    expect(await register(store)).not.toEqual(before);

    await undoImport(id, CLERK, { store, clock: fixedClock(now.toISOString()), calendar });
    expect(await register(store)).toEqual(before);
  });

  it('when a correction is undone, then the import before it can be undone too (newest first), and not while the correction stands', async () => {
    const store = memoryStore([CLERK.id]);
    const clock = fixedClock(now.toISOString());
    const first = await importDoc(store, V1);
    const second = await importDoc(store, [V1[0]!.replace('Chief Nurse', 'Director of Nursing'), ...V1.slice(1)], undefined, new Date('2024-11-21T09:00:00Z'));

    await expect(undoImport(first.id, CLERK, { store, clock, calendar })).rejects.toThrow(/cannot be undone: 1 of its actions has been updated since/);
    await undoImport(second.id, CLERK, { store, clock, calendar });
    const undone = await undoImport(first.id, CLERK, { store, clock, calendar });

    expect(undone.removed).toBe(4);
    expect(await register(store)).toEqual([]);
  });

  it('when the same document is imported twice in another row order, then nothing changes the second time', async () => {
    const store = memoryStore([CLERK.id]);
    await importDoc(store, V1);
    const { plan } = await importDoc(store, [...V1].reverse());
    expect(plan.rows.map((r) => r.outcome)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged']);
  });

  it('when another board with the same initials imports a meeting the register holds, then it is refused naming both boards, and nothing is written', async () => {
    const store = memoryStore([CLERK.id]);
    await importDoc(store, V1);
    const other = 'Kingsway Vale NHS Trust\nBoard of Directors - action log\nMeeting date: 5 September 2024';
    const content = tracker([V1[0]!.replace('Chief Nurse', 'Medical Director')], other);
    const plan = await planImport(await readDocument('other.txt', content), {}, { store, calendar, now, paperDeadlineDays: 7 });

    expect(plan.problems.map((p) => [p.field, p.message])).toEqual([['board', expect.stringContaining('"Kestrel Valley NHS Trust Board of Directors" under the short code KVNTBD, which "Kingsway Vale NHS Trust Board of Directors" shares')]]);
    await expect(applyImport(plan, CLERK, { store, now, calendar, paperDeadlineDays: 7 }, { id: newImportId(), content, options: {} })).rejects.toThrow();
    expect((await register(store))[0]).toEqual(['KV/24/061', 'Provide trend data on pressure ulcers', 'Chief Nurse', '2024-10-31']);
  });

  it('when a "correction" shares almost no words with the action it corrects, then the preview warns that it may be another board\'s tracker; a rewording does not', async () => {
    const store = memoryStore([CLERK.id]);
    await importDoc(store, V1);
    const rows = [V1[0]!.replace('Provide trend data on pressure ulcers', 'Publish the domestic abuse arrest rates by district'),
      V1[1]!.replace('Bring the revised capital plan', 'Bring the revised capital plan to the Board'), V1[2]!, V1[3]!];
    const plan = await planImport(await readDocument('log.txt', tracker(rows)), {}, { store, calendar, now, paperDeadlineDays: 7 });

    expect(plan.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/^Line 6: KVNTBD 05-Sep-2024 #KV\/24\/061 would be corrected from "Provide trend data on pressure ulcers" to "Publish the domestic abuse arrest rates by district", which shares almost none of its words/)]);
    expect(plan.rows.map((r) => r.outcome)).toEqual(['changed', 'changed', 'unchanged', 'unchanged']);
  });

  it('when another board with the same initials has only meetings in the calendar, then the import goes ahead with a warning naming both', async () => {
    const store = memoryStore([CLERK.id]);
    await importDoc(store, V1);
    const other = 'Kingsway Vale NHS Trust\nBoard of Directors - action log\nMeeting date: 3 October 2024';
    const content = tracker([V1[0]!], other);
    const plan = await planImport(await readDocument('other.txt', content), {}, { store, calendar, now, paperDeadlineDays: 7 });

    expect(plan.problems).toEqual([]);
    expect(plan.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/^"Kingsway Vale NHS Trust Board of Directors" shares the short code KVNTBD with "Kestrel Valley NHS Trust Board of Directors", whose meetings the calendar holds/)]);
  });
});


/** Invented committee minutes whose actions carry no references: "ACTION: owner" lines under each item. */
function minutes(items: Array<[string, string]>): Buffer {
  return Buffer.from(['Larkmoor Parish Council', 'Minutes of the meeting held on 3 March 2025', '',
    ...items.flatMap(([owner, task], i) => [`${i + 1}. Item`, '', `ACTION: ${owner} to ${task}.`, '']), ''].join('\n'));
}

describe('minutes without references imported again', () => {
  const FIRST: Array<[string, string]> = [['Clerk', 'book the hall by 31 March 2025'], ['Treasurer', 'circulate the accounts by 14 April 2025'], ['Chair', 'write to the county by 30 April 2025']];

  async function importMinutes(store: Store, items: Array<[string, string]>) {
    const content = minutes(items);
    const plan = await planImport(await readDocument('minutes.txt', content), {}, { store, calendar, now: new Date('2025-03-10T09:00:00Z'), paperDeadlineDays: 7 });
    await applyImport(plan, CLERK, { store, now: new Date('2025-03-10T09:00:00Z'), calendar, paperDeadlineDays: 7 }, { id: newImportId(), content, options: {} });
    return plan;
  }

  const held = async (store: Store) => (await store.actions.listMeeting({ boardCode: 'LPC', meetingDate: '2025-03-03' }))
    .map((a) => [a.ref, a.lead, a.text]).sort((a, b) => a[0]!.localeCompare(b[0]!));

  it('when an action is added above the others, then each earlier action keeps its own record and the new one is added under a number of its own', async () => {
    const store = memoryStore([CLERK.id]);
    await importMinutes(store, FIRST);
    const plan = await importMinutes(store, [FIRST[0]!, ['Vice-Chair', 'inspect the play area by 31 March 2025'], FIRST[1]!, FIRST[2]!]);

    expect(plan.rows.map((r) => [r.action.ref, r.outcome])).toEqual([['1', 'unchanged'], ['4', 'new'], ['2', 'unchanged'], ['3', 'unchanged']]);
    expect(await held(store)).toEqual([
      ['1', 'Clerk', 'Clerk to book the hall by 31 March 2025.'], ['2', 'Treasurer', 'Treasurer to circulate the accounts by 14 April 2025.'],
      ['3', 'Chair', 'Chair to write to the county by 30 April 2025.'], ['4', 'Vice-Chair', 'Vice-Chair to inspect the play area by 31 March 2025.'],
    ]);
  });

  it('when an action\'s words are corrected in place, then the action at that position is corrected, as before', async () => {
    const store = memoryStore([CLERK.id]);
    await importMinutes(store, FIRST);
    const plan = await importMinutes(store, [FIRST[0]!, ['Treasurer', 'circulate the audited accounts by 14 April 2025'], FIRST[2]!]);

    expect(plan.rows.map((r) => [r.action.ref, r.outcome])).toEqual([['1', 'unchanged'], ['2', 'changed'], ['3', 'unchanged']]);
  });

  it('when an action is added above and another\'s timing corrected in its words, then the corrected one is still the same action, not a new copy', async () => {
    const store = memoryStore([CLERK.id]);
    await importMinutes(store, FIRST);
    const plan = await importMinutes(store, [['Vice-Chair', 'inspect the play area by 31 March 2025'], FIRST[0]!, ['Treasurer', 'circulate the accounts by 30 April 2025'], FIRST[2]!]);

    expect(plan.rows.map((r) => [r.action.ref, r.outcome])).toEqual([['4', 'new'], ['1', 'unchanged'], ['2', 'changed'], ['3', 'unchanged']]);
    expect(plan.warnings).toEqual([]);
  });
});

