import { parseStatus } from '../../../src/import/parse-status';
import { parseNumberCell } from '../../../src/import/parse-number-cell';
import { parseDateCell } from '../../../src/import/parse-date-cell';
import { fieldOfHeader, recogniseHeader } from '../../../src/import/header-columns';
import { leadBeforeTo } from '../../../src/import/find-lead';
import { normaliseText } from '../../../src/import/normalise-text';

describe('status cells', () => {
  it.each([
    ['Complete', 'complete'], ['completed', 'complete'], ['Done', 'complete'], ['CLOSED', 'complete'],
    ['Dark green', 'complete'], ['DG', 'complete'], ['Blue', 'complete'], ['Complete (dark green)', 'complete'],
    ['On track', 'on_track'], ['Green', 'on_track'], ['g', 'on_track'], ['Pale Green', 'on_track'], ['PG', 'on_track'],
    ['In progress', 'on_track'], ['on_track', 'on_track'],
    ['Amber', 'amber'], ['A', 'amber'], ['At risk', 'amber'],
    ['Red', 'red'], ['R', 'red'], ['Off track', 'red'],
  ])('when a register says %s, then the status is %s', (cell, status) => {
    expect(parseStatus(cell)).toEqual({ kind: 'status', status });
  });

  it.each([['Not started'], [''], ['Awaiting update'], [null]])('when a register says %p, then there is no status yet', (cell) => {
    // "Not started" is kept as the update text besides (tests/unit/import/audit-status-words.test.ts).
    expect(parseStatus(cell)).toMatchObject({ kind: 'status', status: undefined });
  });

  it('when a status is unknown, then it is reported as written', () => {
    expect(parseStatus('Purple ')).toEqual({ kind: 'unknown', text: 'Purple' });
  });
});

describe('number cells', () => {
  it.each<[string | number, number]>([['5', 5], ['5.0', 5], [5, 5], ['Action 5', 5], ['5.', 5], ['#12', 12], [' 19 ', 19]])(
    'when the number cell is %p, then the number is %i',
    (cell, n) => expect(parseNumberCell(cell)).toEqual({ kind: 'number', number: n }),
  );

  it.each<[string | number]>([['5a'], ['1.2'], [0], [-3], [2.5], ['0']])('when the number cell is %p, then it is not a number', (cell) => {
    expect(parseNumberCell(cell).kind).toBe('invalid');
  });
});

describe('date cells', () => {
  it.each<[string | Date | number, string]>([
    ['2022-05-13', '2022-05-13'], ['13/05/2022', '2022-05-13'], ['13 May 2022', '2022-05-13'], ['Friday 13th May 2022', '2022-05-13'],
    ['13-May-2022', '2022-05-13'], [new Date(Date.UTC(2022, 4, 13)), '2022-05-13'], [new Date(Date.UTC(2022, 4, 12, 23, 59, 59, 999)), '2022-05-13'],
    [44694, '2022-05-13'],
  ])('when the cell is %p, then the date is %s', (cell, date) => {
    expect(parseDateCell(cell)).toEqual({ kind: 'date', date });
  });

  it('when the cell looks like a date that does not exist, then it is invalid with the month-end as the example', () => {
    expect(parseDateCell('31/06/2022')).toEqual({ kind: 'invalid', text: '31/06/2022', example: '30/06/2022' });
    expect(parseDateCell('29 February 2023')).toEqual({ kind: 'invalid', text: '29 February 2023', example: '28/02/2023' });
  });

  it('when the cell holds words, then it is text (a timing), and TBC or a dash is blank', () => {
    expect(parseDateCell('End May')).toEqual({ kind: 'text', text: 'End May' });
    expect(parseDateCell('TBC')).toEqual({ kind: 'blank' });
    expect(parseDateCell('-')).toEqual({ kind: 'blank' });
  });
});

describe('header cells', () => {
  it.each([
    ['No.', 'number'], ['Number', 'number'], ['Ref', 'number'], ['#', 'number'], ['Action agreed', 'action'], ['Description', 'action'],
    ['Timescale', 'timing'], ['Deadline', 'timing'], ['When', 'timing'], ['Due', 'due'], ['Due date (dd/mm/yyyy)', 'due'],
    ['Owner', 'lead'], ['Responsible', 'lead'], ['RAG', 'status'], ['Progress', 'update'], ['Theme', 'strand'],
    ['Meeting', 'meeting'], ['Meeting date', 'meetingDate'], ['ACTION', 'action'],
  ])('when a header says %s, then it is the %s column', (text, field) => {
    expect(fieldOfHeader(text)).toBe(field);
  });

  it('when a row has no action column, or no number and only one other known column, or is mostly other words, then it is not a header', () => {
    expect(recogniseHeader(['Action', 'Lead'])).toBeNull();
    expect(recogniseHeader(['No.', 'Lead', 'Timing'])).toBeNull();
    expect(recogniseHeader(['No.', 'Action', 'Budget', 'Cost', 'Region'])).toBeNull();
    expect(recogniseHeader(['No.', 'Action', 'Timing', 'Lead'])?.columns).toEqual({ number: 0, action: 1, timing: 2, lead: 3 });
  });
});

describe('leads written before "to"', () => {
  it.each<[string, string | null]>([
    ['MPS to share the data.', 'MPS'], ['The MPS to advise MOPAC.', 'MPS'], ['MOPAC to put the report on the agenda.', 'MOPAC'],
    ['DMPC to write to the Commissioner.', 'DMPC'], ['AC Ephgrave to brief the DMPC.', 'AC Ephgrave'],
    ['DMPC/MOPAC to agree the scope.', 'DMPC/MOPAC'], ['Secretariat to circulate the paper.', 'Secretariat'],
    ['Report to be circulated.', null], ['The Use of Force Report to include data.', null], ['share the data with MOPAC.', null],
    ['Treasurer to circulate the draft accounts.', 'Treasurer'], ['The Clerk to write to the Parish Council.', 'Clerk'],
    ['Trustees to approve the reserves policy.', 'Trustees'], ['Vice-Chair to meet the auditors.', 'Vice-Chair'],
    ['Chairman to sign the minutes.', 'Chairman'], ['Officers to bring back options.', 'Officers'], ['Members to note the update.', null],
    // A role's initials with its small words, as committees write them.
    ['DoF to circulate the forecast.', 'DoF'], ['HoS to confirm the rota.', 'HoS'], ['ADoN to share the audit.', 'ADoN'],
    ['McDonald to call the contractor.', null], ['Dr to see the patient.', null],
  ])('when the action reads %p, then the lead is %p', (text, lead) => {
    expect(leadBeforeTo(text)).toBe(lead);
  });
});

describe('normalising text', () => {
  it('when text has smart quotes, dashes, odd spaces, invisible characters, bold markers and CR line ends, then it is plain', () => {
    expect(normaliseText('\u201cA\u201d \u2018b\u2019 \u2013 c\u2014d\u00a0e\u202ff\u200bg\u00ad **h**\r\ni\rj\u2026')).toBe('"A" \'b\' - c-d e fg h\ni\nj...');
  });
});

describe('date cells written d-mmm-yy', () => {
  it.each([['13-Nov-23', '2023-11-13'], ['09 JAN 24', '2024-01-09'], ['1-Sept-24', '2024-09-01']])('when a date cell says %p, then the date is %s', (cell, date) => {
    expect(parseDateCell(cell)).toEqual({ kind: 'date', date });
  });

  it('when a d-mmm-yy cell names a day the month lacks, then it is invalid with the month-end as the example', () => {
    expect(parseDateCell('31-Jun-24')).toEqual({ kind: 'invalid', text: '31-Jun-24', example: '30/06/2024' });
  });

  it('when a cell says a month and a two-digit year only (Jan-24), then it is text for the timing reader', () => {
    expect(parseDateCell('Jan-24')).toEqual({ kind: 'text', text: 'Jan-24' });
  });
});
