import { detectMeeting } from '../../../src/import/detect-meeting';
import { readText } from '../../../src/import/read-text';

const lines = (text: string): string[] => text.split('\n');

/**
 * A governing body's own title ("Board of Directors", "the Trustees", "Board Meeting") under the
 * organisation's name: a secretariat files it as that organisation's board, as "MOPAC MPS Oversight Board"
 * and "Larkspur Community Trust Board of Trustees" name theirs.
 */
describe('board titles under the organisation\'s name', () => {
  it.each<[string, string, string | null]>([
    ['Northfield Community Health NHS Foundation Trust\nBoard of Directors – Cumulative Action Log (as at 1 November 2025)',
      'Northfield Community Health NHS Foundation Trust Board of Directors', null],
    ['Oakmere Community Trust\nMinutes of the meeting of the Trustees held on Thursday 16 October 2025', 'Oakmere Community Trust Board of Trustees', '2025-10-16'],
    ['# Brackenford Housing Association\n\n## Board Meeting – 25 September 2025', 'Brackenford Housing Association Board', '2025-09-25'],
    ['Harrowfield Community Healthcare NHS Trust\nTrust Board (Public) - Action Log', 'Harrowfield Community Healthcare NHS Trust Board', null],
    ['Hollinsford Academy Trust - Trust Board Action Log', 'Hollinsford Academy Trust Board', null],
    ['Fernleigh Community Foundation\n\nMeeting of the Directors held on 3 June 2025', 'Fernleigh Community Foundation Board of Directors', '2025-06-03'],
  ])('when a document opens %p, then the board is %p and the meeting %p', (text, board, meetingDate) => {
    expect(detectMeeting(lines(text), null)).toEqual({ board, meetingDate });
  });

  it.each<[string, string, string | null]>([
    ['Minutes of the meeting of the Trustees held on 3 June 2025', 'Board of Trustees', '2025-06-03'],
    ['Board of Directors – Cumulative Action Log', 'Board of Directors', null],
  ])('when no organisation is named above %p, then the board is %p', (text, board, meetingDate) => {
    expect(detectMeeting(lines(text), null)).toEqual({ board, meetingDate });
  });

  it.each<[string, string, string | null]>([
    ['Southmere Mental Health NHS Foundation Trust\nQuality and Safety Committee\nAction log following the meeting on 16 October 2024',
      'Southmere Mental Health NHS Foundation Trust Quality and Safety Committee', '2024-10-16'],
    ['Kestrel Valley Community Healthcare NHS Trust\n\nQuality and Safety Committee - Action Log',
      'Kestrel Valley Community Healthcare NHS Trust Quality and Safety Committee', null],
    ['Office of the Police and Crime Commissioner for Eastmarsh\nAccountability Board - Action Log\nMeeting date: 3 March 2025',
      'Office of the Police and Crime Commissioner for Eastmarsh Accountability Board', '2025-03-03'],
    ['Millbrook Town Council\nFinance and General Purposes Committee\nMinutes of the meeting held on 13 January 2025',
      'Millbrook Town Council Finance and General Purposes Committee', '2025-01-13'],
    ['St Oswin\'s Multi Academy Trust - Audit and Risk Committee', 'St Oswin\'s Multi Academy Trust Audit and Risk Committee', null],
    ['Harbourlight Foundation (Registered Charity No. 1102345)\nBoard of Trustees\nMinutes of the meeting held on 2 April 2025',
      'Harbourlight Foundation Board of Trustees', '2025-04-02'],
    ['Cranleigh Fire and Rescue Service\nPeople Committee - actions of 9 May 2025', 'Cranleigh Fire and Rescue Service People Committee', '2025-05-09'],
  ])('when a committee\'s title %p sits under its organisation, then the board is %p (two organisations\' committees of one name are two boards)', (text, board, meetingDate) => {
    expect(detectMeeting(lines(text), null)).toEqual({ board, meetingDate });
  });

  it.each<[string, string, string | null]>([
    ['NHS Fenwold Integrated Care Board\nQuality Committee\nAction Log\nMeeting held on 6 March 2025', 'NHS Fenwold Integrated Care Board Quality Committee', '2025-03-06'],
    ['NHS Ashby and Tarn Integrated Care Board\nPeople Committee - 9 May 2025', 'NHS Ashby and Tarn Integrated Care Board People Committee', '2025-05-09'],
    ['Cwm Aber University Health Board\nAudit Committee - actions of 2 April 2025', 'Cwm Aber University Health Board Audit Committee', '2025-04-02'],
    ['# Lowmoor Otter Rescue (Registered Charity No. 1187654)\n\n## Minutes of the Trustees\' Meeting – 11 March 2025', 'Lowmoor Otter Rescue Board of Trustees', '2025-03-11'],
    ['**Bramblegate Hospice Care**\n**Board of Trustees – Action Log**', 'Bramblegate Hospice Care Board of Trustees', null],
    ['Elmfield Lane Primary School\nMinutes of the Full Governing Board meeting held on Tuesday 1st July 2025 at 6pm', 'Elmfield Lane Primary School Governing Board', '2025-07-01'],
    ['Tolworth Teaching Hospitals NHS Foundation Trust\nPublic Board of Directors - Action Log', 'Tolworth Teaching Hospitals NHS Foundation Trust Board of Directors', null],
    ['Tolworth Teaching Hospitals NHS Foundation Trust\nBoard of Directors (Private) - Action Log', 'Tolworth Teaching Hospitals NHS Foundation Trust Board of Directors', null],
    ['Office of the Police, Fire and Crime Commissioner for Ravensmoor\nAccountability Board\nAction Sheet - 25 January 2024',
      'Office of the Police, Fire and Crime Commissioner for Ravensmoor Accountability Board', '2024-01-25'],
    ['Lantern Bay Food Pantry, Inc.\nBoard of Directors - Action Items\nMeeting Date: 9 April 2024', 'Lantern Bay Food Pantry, Inc. Board of Directors', '2024-04-09'],
    ['LITTLE WENDOVER PARISH COUNCIL\nMinutes of the Parish Council Meeting held on Monday 3rd June 2024 in the Village Hall', 'Little Wendover Parish Council', '2024-06-03'],
    ['Little Wendover Parish Council\nMinutes of the Full Council Meeting held on 3 June 2024', 'Little Wendover Parish Council', '2024-06-03'],
    ['Tarnby District Council\nCabinet – Action Tracker\nMeeting of 12 December 2023', 'Tarnby District Council Cabinet', '2023-12-12'],
    ['Tarnby District Council\nCouncil – Action Log\nMeeting of 12 December 2023', 'Tarnby District Council', '2023-12-12'],
    ['Kingsmere University\nSenate\nMinutes of the meeting held on 5 March 2024', 'Kingsmere University Senate', '2024-03-05'],
    ['Fellside Academies Trust\nLocal Governing Body - Hillcrest Primary\nMinutes of meeting held 19 September 2024', 'Fellside Academies Trust Local Governing Body - Hillcrest Primary', '2024-09-19'],
    ['Eastmoor Office of the Police and Crime Commissioner\n\n# Police and Crime Panel\n## Minutes of 4 June 2024', 'Eastmoor Office of the Police and Crime Commissioner Police and Crime Panel', '2024-06-04'],
  ])('when the organisation above is named as organisations name themselves (%p), then the board is %p', (text, board, meetingDate) => {
    expect(detectMeeting(lines(text), null)).toEqual({ board, meetingDate });
  });

  it.each<[string, string]>([
    ['Present: Gwen Ashcroft, Peter Nkemelu\nBoard of Trustees - minutes of 3 June 2025', 'Board of Trustees'],
    ['Draft Minutes\nBoard of Trustees', 'Board of Trustees'],
    ['Public Session\nBoard of Directors', 'Board of Directors'],
  ])('when the line above %p is not an organisation\'s name, then the board is the title alone, %p', (text, board) => {
    expect(detectMeeting(lines(text), null).board).toBe(board);
  });

  it.each<[string, string]>([
    ['Westmoor County Council\nWestmoor Police and Crime Panel - action sheet', 'Westmoor Police and Crime Panel'],
    ['Riverside NHS Trust\nMOPAC MPS Oversight Board - actions', 'MOPAC MPS Oversight Board'],
    ['Quality and Safety Committee - Action Log', 'Quality and Safety Committee'],
  ])('when a committee\'s title %p names its organisation already, or none is above, then it is kept as %p', (text, board) => {
    expect(detectMeeting(lines(text), null).board).toBe(board);
  });

  it('when a bare "Board Meeting" heading sits under a fuller board name, then the fuller name wins', () => {
    expect(detectMeeting(lines('# Ashcombe Scrutiny Board\n## Board Meeting - 25 September 2025\n\n### 6. Treasury\nRef\tAction'), 4))
      .toEqual({ board: 'Ashcombe Scrutiny Board', meetingDate: '2025-09-25' });
  });

  it('when a housing association\'s markdown minutes are read, then the actions are filed under its board and meeting', () => {
    const reading = readText('housing-minutes.md', [
      '# Brackenford Housing Association', '', '## Board Meeting – 25 September 2025', '',
      '1. Damp and mould', '', 'The board reviewed the open cases.', '', '**ACTION: Director of Property** to report the backlog by 31 October 2025.',
    ].join('\n'));
    expect([reading.board, reading.meetingDate]).toEqual(['Brackenford Housing Association Board', '2025-09-25']);
  });
});
