import { withReachNotes } from '../../../src/app/reach/reach-notes';
import type { ReachReport } from '../../../src/app/reach/reach-before-sweep';

const EMPTY: ReachReport = { mappings: { verified: [], nobody: [], left: [], unavailable: null }, installs: { installed: [], alreadyInstalled: [], notInstalled: [] } };

describe('the reach pass in the secretariat\'s notice', () => {
  it('when there was no reach pass, then the unreachable leads are as found', () => {
    const leads = [{ lead: 'MPS', reason: 'nobody is mapped to MPS' }];
    expect(withReachNotes(leads, null)).toBe(leads);
  });

  it('when people were installed for or could not be, then the unreachable lead\'s reason says so', () => {
    const reach: ReachReport = { ...EMPTY, installs: {
      installed: [{ id: 'a', name: 'Commander Smith', leads: ['MPS'] }],
      alreadyInstalled: [],
      notInstalled: [{ id: 'b', name: 'Inspector Ade', leads: ['the MPS', 'Border Force'], reason: 'not in the app catalogue' }],
    } };
    const out = withReachNotes([{ lead: 'MPS', reason: 'none of the users mapped to MPS has Chaser installed yet' }], reach);
    expect(out).toEqual([{ lead: 'MPS', reason: 'none of the users mapped to MPS has Chaser installed yet. Chaser was installed for Commander Smith just now; their reminders follow when Teams opens the chat. Chaser could not be installed for Inspector Ade: not in the app catalogue' }]);
  });

  it('when Chaser was installed for someone but could not open the chat, then the unreachable lead\'s reason says why', () => {
    const reach: ReachReport = { ...EMPTY, chats: { opened: [], notOpened: [{ id: 'a', name: 'Commander Smith', leads: ['MPS'], reason: 'Teams did not open the chat (403: Forbidden)' }] } };
    expect(withReachNotes([{ lead: 'MPS', reason: 'none of the users mapped to MPS has Chaser installed yet' }], reach)).toEqual([{
      lead: 'MPS',
      reason: 'none of the users mapped to MPS has Chaser installed yet. Chaser could not open a chat with Commander Smith yet (Teams did not open the chat (403: Forbidden)); it will when Teams tells it of the chat',
    }]);
  });

  it('when a reachable lead has a leaver or an address nobody has, then it is added for the secretariat', () => {
    const reach: ReachReport = { ...EMPTY, mappings: { verified: [], unavailable: null, left: [{ lead: 'Fire Brigade', id: 'x', name: 'Chief Lee' }], nobody: [{ lead: 'Probation', id: 'typo@probation.example' }] } };
    expect(withReachNotes([], reach).map((u) => [u.lead, u.reason])).toEqual([
      ['Fire Brigade', expect.stringContaining('Chief Lee has left')],
      ['Probation', expect.stringContaining('nobody in the directory has typo@probation.example')],
    ]);
  });
});
