import { readText } from '../../../src/import/read-text';
import { recogniseHeader } from '../../../src/import/header-columns';

/** A column proposing to close (or keep open) each action, beside the Status column. */
describe('a "Proposed to open/close" column beside a Status column', () => {
  it('when an academy trust\'s log proposes Close beside Status, then those actions are complete and proposed for closure; Open keeps the status', () => {
    const log = [
      'Hollinsford Academy Trust - Trust Board actions from 7 July 2025',
      '',
      'Ref\tAction\tOwner\tDue\tStatus\tProposed to open/close',
      '1\tApprove the revised scheme of delegation\tCEO\t31/08/2025\tComplete\tClose',
      '2\tReview the SEND provision across the trust\tDirector of Education\t31/12/2025\tIn progress\tOpen',
      '3\tUpdate the safeguarding policy\tDSL Lead\t30/09/2025\tIn progress\tProposed for closure',
      '4\tCommission a review of the central services charge\tCFO\t31/03/2026\tNot yet due\t',
    ].join('\n');
    const reading = readText('academy-log.txt', log);
    expect(reading.drafts.map((d) => [d.ref, d.status ?? null, d.proposedForClosure ?? false])).toEqual([
      ['1', 'complete', true],
      ['2', 'on_track', false],
      ['3', 'complete', true],
      ['4', null, false],
    ]);
    expect(reading.problems).toEqual([]);
  });

  it('when a charity\'s "Open/Close" column comes before its RAG and Status columns, then Close proposes closure and both status columns are read', () => {
    const log = [
      'Fernleigh Community Foundation - Board of Trustees actions from 3 June 2025',
      '',
      'No.\tAction\tLead\tDue date\tOpen/Close\tRAG\tStatus',
      '1\tRenew the insurance schedule\tTreasurer\t30/06/2025\tClose\tGreen\tIn progress',
      '2\tRecruit two trustees with finance skills\tChair\t30/09/2025\tOpen\tAmber\t',
      '3\tMove the bank account\tTreasurer\t30/09/2025\tOpen\t\tWithdrawn',
    ].join('\n');
    const reading = readText('charity-log.txt', log);
    expect(reading.drafts.map((d) => [d.number, d.status, d.proposedForClosure ?? false, d.superseded ?? false])).toEqual([
      [1, 'complete', true, false], [2, 'amber', false, false], [3, 'complete', false, true],
    ]);
  });

  it('when a "Proposed status" column is the only status column, then it is the status column as before', () => {
    const header = recogniseHeader(['Ref', 'Action', 'Lead', 'Due', 'Proposed status']);
    expect(header?.columns).toMatchObject({ status: 4 });
    expect(header?.columns).not.toHaveProperty('proposal');
  });
});
