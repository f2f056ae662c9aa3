import type { Action } from '../../src/domain/action';
import type { ActionUpdate } from '../../src/domain/action-update';

/** An action of the 21 April 2022 Oversight Board, with overrides. */
export function anAction(overrides: Partial<Action> = {}): Action {
  return {
    boardCode: 'OB',
    board: 'MOPAC MPS Oversight Board',
    meetingDate: '2022-04-21',
    number: 5,
    ref: String(overrides.number ?? 5),
    text: 'MPS to advise DMPC/MOPAC when it can provide MOPAC with the outcome of linking the handcuffing data and stop and search data.',
    timing: 'By 13 May',
    due: '2022-05-13',
    resolution: 'exact',
    flags: [],
    milestones: [],
    superseded: [],
    lead: 'MPS',
    strand: null,
    status: 'awaiting_update',
    latest: null,
    createdAt: '2022-05-04T10:00:00.000Z',
    updatedAt: '2022-05-04T10:00:00.000Z',
    ...overrides,
  };
}

export function anUpdate(overrides: Partial<ActionUpdate> = {}): ActionUpdate {
  return {
    kind: 'status',
    at: '2022-05-10T09:30:00.000Z',
    by: 'user-1',
    byName: 'Commander Lead',
    source: 'chat',
    status: 'on_track',
    text: 'Linking work under way.',
    revisedDue: null,
    changes: [],
    ...overrides,
  };
}
