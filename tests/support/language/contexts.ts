import type { MeetingRef, UnderstandingContext } from '../../../src/domain/language';

const ob = (meetingDate: string): MeetingRef => ({ boardCode: 'OB', meetingDate });

/**
 * The register of issue #16's examples, as of Monday 9 May 2022: Oversight Board meetings in
 * November, January and April, and one in June that has not happened yet.
 */
export function boardContext(overrides: Partial<UnderstandingContext> = {}): UnderstandingContext {
  return {
    today: '2022-05-09',
    knownLeads: ['MPS', 'MOPAC', 'DMPC'],
    leadAliases: { 'the Met': 'MPS' },
    knownBoardCodes: ['OB'],
    meetings: [ob('2021-11-18'), ob('2022-01-20'), ob('2022-04-21'), ob('2022-06-16')],
    references: ['42/20', '01.05'],
    ...overrides,
  };
}

const fb = (meetingDate: string): MeetingRef => ({ boardCode: 'FB', meetingDate });

/** An invented register of another kind: a fire board, its leads and references, as of Wednesday 4 October 2023. */
export function fireBoardContext(overrides: Partial<UnderstandingContext> = {}): UnderstandingContext {
  return {
    today: '2023-10-04',
    knownLeads: ['LFB', 'Borough Commander Patel', 'Housing'],
    leadAliases: { 'the Brigade': 'LFB', 'Patel': 'Borough Commander Patel' },
    knownBoardCodes: ['FB'],
    meetings: [fb('2023-02-14'), fb('2023-06-27'), fb('2023-09-12'), fb('2023-12-05')],
    references: ['FB/23/07', '3.2a'],
    ...overrides,
  };
}
