/**
 * An action is named by the board's own reference wherever `chaser list` shows it: `chaser update` and
 * `chaser chase` take "42/20", "BOD 24/18(b)" or "FC 14-Mar-2024 #1" as the board wrote them, and a
 * reference that is a number names the action with that reference, not the action at that position.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cliOn } from '../../support/cli-harness';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'chaser-refs-'));
function write(name: string, text: string): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, text);
  return file;
}

const MINUTES = [
  'Finance Committee', '', 'Minutes of the meeting held on 14 March 2024', '',
  '1. Finance', 'Trustees asked for the volunteer numbers by site.', 'ACTION: CD', '',
  '2. Safeguarding', 'Action 1: RM to update the training record by 30 April.', '',
].join('\n');

const TRACKER = [
  'Trust Board action log - actions from 7 March 2024', '',
  'Ref\tAction\tLead\tDue date', 'BOD 24/18(b)\tBring the estates plan\tDirector of Estates\t30/04/2024',
  '42/20\tShare the audit letter\tCompany Secretary\t31/05/2024', '',
].join('\n');

describe('naming actions by the board\'s own references on the command line', () => {
  it('when minutes hold an unnumbered ACTION line and "Action 1", then "#1" updates Action 1 (RM\'s), not the first action', async () => {
    const chaser = cliOn();
    expect((await chaser('import', write('minutes.txt', MINUTES), '--board', 'Finance Committee')).code).toBe(0);
    const listed = (await chaser('list')).out;
    expect(listed).toMatch(/FC 14-Mar-2024 #1\b/);
    const run = await chaser('update', 'FC 14-Mar-2024 #1', '--status', 'amber', '--text', 'slipping');
    expect(run.out).toMatch(/^Recorded for FC 14-Mar-2024 #1: At risk/);
    const actions = await chaser.store().actions.listAll();
    expect(actions.find((a) => a.ref === '1')).toMatchObject({ lead: 'RM', status: 'amber' });
    expect(actions.find((a) => a.lead === 'CD')!.status).toBe('awaiting_update');
  });

  it.each([['BOD 24/18(b)'], ['TB 07-Mar-2024 #BOD 24/18(b)'], ['tb 07-mar-2024 #BOD 24/18(b)']])('when the secretariat updates %p, then that action is updated', async (typed) => {
    const chaser = cliOn();
    expect((await chaser('import', write('tracker.txt', TRACKER), '--board', 'Trust Board')).code).toBe(0);
    const run = await chaser('update', typed, '--status', 'complete', '--text', 'Plan approved.');
    expect(run.out).toMatch(/^Recorded for TB 07-Mar-2024 #BOD 24\/18\(b\): Complete/);
    const actions = await chaser.store().actions.listAll();
    expect(actions.find((a) => a.ref === 'BOD 24/18(b)')!.status).toBe('complete');
    expect(actions.find((a) => a.ref === '42/20')!.status).toBe('awaiting_update');
  });

  it('when a tracker lists its references out of order, then chaser list shows them in the board\'s natural order', async () => {
    const chaser = cliOn();
    const tracker = ['Trust Board action log - actions from 7 March 2024', '', 'Ref\tAction\tLead\tDue date',
      'BOD 24/32\tBring the estates plan\tDirector of Estates\t30/04/2024', 'BOD 24/9\tShare the audit letter\tCompany Secretary\t31/05/2024',
      'BOD 24/18(b)\tRefresh the risk register\tChief Executive\t31/05/2024', ''].join('\n');
    await chaser('import', write('unsorted.txt', tracker), '--board', 'Trust Board');
    const listed = (await chaser('list')).out;
    const order = ['#BOD 24/9', '#BOD 24/18(b)', '#BOD 24/32'].map((ref) => listed.indexOf(ref));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it.each([
    ['show action 42/20', /^TB 07-Mar-2024 #42\/20 · Company Secretary/],
    ['show action TB 07-Mar-2024 #42/20', /^TB 07-Mar-2024 #42\/20 · Company Secretary/],
    ['what about BOD 24/18(b)?', /^TB 07-Mar-2024 #BOD 24\/18\(b\) · Director of Estates/],
    ['show action 2', /^I cannot find action 2\b/],
  ])('when someone asks %p, then the answer is the action the board referenced so, never the one at that position', async (question, answer) => {
    const chaser = cliOn();
    await chaser('import', write('tracker.txt', TRACKER), '--board', 'Trust Board');
    const run = await chaser('ask', question);
    expect(`${run.out}${run.err}`).toMatch(answer);
  });

  it('when the action is complete (so chat\'s list of open references does not hold it), then "show action 42/20" still finds it', async () => {
    const chaser = cliOn();
    await chaser('import', write('tracker.txt', TRACKER), '--board', 'Trust Board');
    await chaser('update', '42/20', '--status', 'complete', '--text', 'Letter shared.');
    expect((await chaser('ask', 'show action 42/20')).out).toMatch(/^TB 07-Mar-2024 #42\/20 · Company Secretary · due 2024-05-31 · Complete/);
  });

  it('when two boards use the same reference in meetings on the same day, then an update by that reference records nothing and names both; the board code settles it', async () => {
    const chaser = cliOn();
    const log = (board: string) => [`${board} - actions from 26 November 2024`, '', 'Ref\tAction\tLead\tDue date', `C/24/64\tReview the ${board} risk register\tRegistrar\t31/01/2025`, ''].join('\n');
    await chaser('import', write('council.txt', log('University Council')), '--board', 'University Council');
    await chaser('import', write('committee.txt', log('Estates Committee')), '--board', 'Estates Committee');
    const refused = await chaser('update', 'C/24/64', '--status', 'amber', '--text', 'slipping');
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/^There is an action C\/24\/64 in 2 meetings: .*UC 26-Nov-2024 #C\/24\/64.*EC 26-Nov-2024 #C\/24\/64|^There is an action C\/24\/64 in 2 meetings: .*EC 26-Nov-2024 #C\/24\/64.*UC 26-Nov-2024 #C\/24\/64/);
    expect((await chaser.store().actions.listAll()).every((a) => a.status === 'awaiting_update')).toBe(true);
    expect((await chaser('ask', 'show action EC C/24/64')).out).toMatch(/^EC 26-Nov-2024 #C\/24\/64 · Registrar/);
    expect((await chaser('update', 'EC 26-Nov-2024 #C/24/64', '--status', 'amber')).out).toMatch(/^Recorded for EC 26-Nov-2024 #C\/24\/64: At risk/);
  });

  it.each([['42/20', /^TB 07-Mar-2024 #42\/20 · Company Secretary · due 2024-05-31/], ['BOD 24/18(b)', /^TB 07-Mar-2024 #BOD 24\/18\(b\) · Director of Estates/], ['TB 07-Mar-2024 #42/20', /^TB 07-Mar-2024 #42\/20 ·/], ['bod 24/18(b)', /^TB 07-Mar-2024 #BOD 24\/18\(b\) · Director of Estates/]])('when the secretariat runs "chaser show %s", then that action and its history are printed', async (typed, shown) => {
    const chaser = cliOn();
    await chaser('import', write('tracker.txt', TRACKER), '--board', 'Trust Board');
    const run = await chaser('show', typed);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(shown);
    expect(run.out).toMatch(/created — Imported from "tracker\.txt", line \d\./);
  });

  it('when a corrected tracker moved an action\'s date and lead, then "chaser show" says what the correction changed', async () => {
    const chaser = cliOn();
    await chaser('import', write('tracker.txt', TRACKER), '--board', 'Trust Board');
    await chaser('import', write('tracker.txt', TRACKER.replace('Director of Estates\t30/04/2024', 'Chief Operating Officer\t30/04/2024')), '--board', 'Trust Board');
    const run = await chaser('show', 'BOD 24/18(b)');
    expect(run.out).toMatch(/edited — Corrected by a new import of the document\. \(lead: Director of Estates → Chief Operating Officer\)/);
  });

  it('when "chaser show" names no action, then it says so and exits 1', async () => {
    const chaser = cliOn();
    await chaser('import', write('tracker.txt', TRACKER), '--board', 'Trust Board');
    const run = await chaser('show', '99/99');
    expect([run.code, run.err]).toEqual([1, expect.stringMatching(/^I cannot find action 99\/99\b/)]);
  });

  it('when a reference matches no action, then it says so and nothing changes', async () => {
    const chaser = cliOn();
    await chaser('import', write('tracker.txt', TRACKER), '--board', 'Trust Board');
    const run = await chaser('update', '99/99', '--status', 'complete');
    expect(run.code).not.toBe(0);
    expect(run.err).toContain('There is no action 99/99 in the register');
    expect((await chaser.store().actions.listAll()).every((a) => a.status === 'awaiting_update')).toBe(true);
  });
});
