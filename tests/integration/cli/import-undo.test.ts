/**
 * `chaser import --list` and `--undo`: every import is recorded with its id, and one can be taken back
 * while nobody has updated its actions. Against Azurite, through the CLI as the secretariat uses it.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { SEED_LETTER, SEED_RECORD, cliOn } from '../../support/cli-harness';

interface Imported { importId: string; result: { created: number; changed: number; unchanged: number } }
interface Listed { id: string; fileName: string; state: string; result: { created: number } | null; undone: { byName: string } | null }

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'chaser-undo-'));
const importJson = async (chaser: ReturnType<typeof cliOn>, file: string): Promise<Imported> => JSON.parse((await chaser('import', file, '--json')).out) as Imported;
const actionCount = async (chaser: ReturnType<typeof cliOn>): Promise<number> => (await chaser.store().actions.listAll()).length;

describe('chaser import --undo', () => {
  it('when an import is undone, then its actions and their index rows are gone, the journal says undone, and a second undo is refused', async () => {
    const chaser = cliOn();
    const record = await importJson(chaser, SEED_RECORD);
    const letter = await importJson(chaser, SEED_LETTER);
    expect(letter.importId).toMatch(/^[0-9a-f]{8}$/);
    expect(await actionCount(chaser)).toBe(19 + record.result.created);

    const undone = await chaser('import', '--undo', letter.importId);
    expect(undone.code).toBe(0);
    expect(undone.out).toContain(`Undone: the import of 003_545be05e818f38bf.txt (${letter.importId}). 19 actions removed`);
    const store = chaser.store();
    expect(await actionCount(chaser)).toBe(record.result.created);
    // No index row names a removed action: questions and "show action 19" no longer find them.
    expect((await store.actions.listOpen()).every((a) => a.meetingDate !== '2022-04-21')).toBe(true);
    expect(await store.actions.findByNumber(19)).toEqual([]);
    expect(await store.actions.findByRef('19')).toEqual([]);

    const listed = JSON.parse((await chaser('import', '--list', '--json')).out) as Listed[];
    expect(listed.map((l) => [l.id, l.state])).toEqual(expect.arrayContaining([[letter.importId, 'undone'], [record.importId, 'done']]));
    expect(listed.find((l) => l.id === letter.importId)!.undone!.byName).toContain('tester');

    const again = await chaser('import', '--undo', letter.importId);
    expect(again.code).not.toBe(0);
    expect(again.err).toContain('was already undone by tester');
    // The document can be imported again after an undo.
    expect((await importJson(chaser, SEED_LETTER)).result.created).toBe(19);
  });

  it('when a lead has updated one of its actions, then the undo is refused naming that action, and nothing changes', async () => {
    const chaser = cliOn();
    const letter = await importJson(chaser, SEED_LETTER);
    expect((await chaser('update', '5', '--status', 'amber', '--text', 'waiting on the data')).code).toBe(0);
    const refused = await chaser('import', '--undo', letter.importId);
    expect(refused.code).not.toBe(0);
    expect(refused.err).toMatch(/cannot be undone: 1 of its actions has been updated since: OB 21-Apr-2022 #5 \(updated by .+ at 2022-05-09/);
    expect(await actionCount(chaser)).toBe(19);
    const listed = JSON.parse((await chaser('import', '--list', '--json')).out) as Listed[];
    expect(listed[0]!.state).toBe('done');
  });

  it('when a correcting import is undone, then the corrected action gets its earlier timing and due date back, with the undo in its history', async () => {
    const chaser = cliOn();
    await importJson(chaser, SEED_LETTER);
    const corrected = path.join(tmp, 'corrected.txt');
    fs.writeFileSync(corrected, fs.readFileSync(SEED_LETTER, 'utf8').replace('Child Q report\tBy 13 May', 'Child Q report\tBy 20 May'));
    const second = await importJson(chaser, corrected);
    expect(second.result).toEqual({ created: 0, changed: 1, unchanged: 18 });
    const id = { boardCode: 'OB', meetingDate: '2022-04-21', number: 7 };
    expect((await chaser.store().actions.get(id))!.action.due).toBe('2022-05-20');

    const undone = await chaser('import', '--undo', second.importId);
    expect(undone.out).toContain('0 actions removed, 1 restored');
    const action = (await chaser.store().actions.get(id))!.action;
    expect([action.timing, action.due]).toEqual(['By 13 May', '2022-05-13']);
    const [latest] = await chaser.store().actions.history(id);
    expect(latest!.text).toBe(`The import of "corrected.txt" (${second.importId}) was undone.`);
    expect(latest!.changes).toEqual(expect.arrayContaining([{ field: 'timing', from: 'By 20 May', to: 'By 13 May' }]));
    expect(await actionCount(chaser)).toBe(19);
  });

  it('when someone outside the secretariat or an unknown id asks, then it is refused with a sentence and nothing changes', async () => {
    const chaser = cliOn();
    const letter = await importJson(chaser, SEED_LETTER);
    const stranger = await chaser('import', '--undo', letter.importId, '--as', 'someone@example.org');
    expect(stranger.code).not.toBe(0);
    expect(stranger.err).toContain('Only the secretariat can undo an import');
    const unknown = await chaser('import', '--undo', 'feedbeef');
    expect(unknown.err).toContain('There is no import "feedbeef"');
    expect(await actionCount(chaser)).toBe(19);
    expect((await chaser('import', '--list')).out).toMatch(new RegExp(`${letter.importId}\\s+2022-05-09 07:59\\s+tester`));
  });
});
