import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as path from 'path';
import type { RunningChaser } from '../../../src/chaser';
import { fixedClock } from '../../../src/domain/clock';
import { ALEX, Person, activityFrom, cardText, pressButton, send, startTestChaser, visibleText } from '../../support/bot-harness';
import { LETTER_FILE, SEEDS_DIR } from '../../support/import-seed';

const STRANGER: Person = { id: 'user-x', aadObjectId: 'aad-x', name: 'Someone Else' };
const letter = fs.readFileSync(path.join(SEEDS_DIR, LETTER_FILE));

function buttons(reply: Record<string, unknown>): Array<{ title: string; data: { id: string; mode?: string } }> {
  const card = (reply.attachments as Array<{ content: { actions?: Array<{ title: string; data: { id: string; mode?: string } }> } }>)[0]!.content;
  return card.actions ?? [];
}

describe('importing in Teams (secretariat, personal chat)', () => {
  let chaser: RunningChaser;
  let files: http.Server;
  let filesUrl = '';

  beforeAll(async () => {
    chaser = await startTestChaser({ clock: fixedClock('2022-05-04T10:00:00Z'), env: { CHASER_ADMINS: ALEX.aadObjectId } });
    files = http.createServer((_req, res) => res.end(letter));
    await new Promise<void>((r) => files.listen(0, '127.0.0.1', r));
    filesUrl = `http://127.0.0.1:${(files.address() as AddressInfo).port}/letter.txt`;
  });
  afterAll(async () => {
    await chaser.stop();
    await new Promise((r) => files.close(r));
  });

  it('when someone outside the secretariat sends "import", then it is refused', async () => {
    const [reply] = (await send(chaser, activityFrom(STRANGER, { text: `import\n${letter.toString()}` }))).replies;
    expect(reply!.text).toMatch(/^Only the secretariat can import actions/);
  });

  it('when the secretariat attaches the letter, then a preview comes back and nothing is written until they confirm', async () => {
    const attachment = { contentType: 'application/vnd.microsoft.teams.file.download.info', name: 'Oversight Board letter.txt', content: { downloadUrl: filesUrl, fileType: 'txt' } };
    const [preview] = (await send(chaser, activityFrom(ALEX, { text: 'import', attachments: [attachment] }))).replies;
    const text = visibleText(preview!);
    expect(text).toContain('MOPAC MPS Oversight Board — meeting of 21 April 2022');
    expect(text).toContain('19 actions read, 19 new or changed');
    expect(text).toMatch(/By 13 April[\s\S]*13 April 2022 \(as written\)[\s\S]*before-meeting/);
    expect(await chaser.store.actions.listAll()).toEqual([]);

    const importButton = buttons(preview!).find((b) => b.title === 'Import 19 actions')!;
    const done = await pressButton(chaser, ALEX, 'import.confirm', importButton.data);
    expect(cardText(done.body.value)).toContain('Imported from Oversight Board letter.txt: 19 new, 0 corrected, 0 unchanged.\nNobody answers yet for MPS, MOPAC: map them with: chaser leads set LEAD USER-EMAIL.');
    expect(await chaser.store.actions.listAll()).toHaveLength(19);
    const again = await pressButton(chaser, ALEX, 'import.confirm', importButton.data);
    expect(again.body.value).toMatch(/already been used or cancelled/);

    // "Undo this import": refused to anyone outside the secretariat, then takes all 19 back.
    const undo = (done.body.value as { actions: Array<{ title: string; verb: string; data: { id: string } }> }).actions.find((a) => a.title === 'Undo this import')!;
    expect(undo.data.id).toBe(importButton.data.id);
    expect((await pressButton(chaser, STRANGER, undo.verb, undo.data)).body.value).toMatch(/^Only the secretariat can undo an import/);
    expect(await chaser.store.actions.listAll()).toHaveLength(19);
    const undone = await pressButton(chaser, ALEX, undo.verb, undo.data);
    expect(undone.body.value).toBe(`Undone: the import of Oversight Board letter.txt (${undo.data.id}). 19 actions removed, 0 restored to what they were before.`);
    expect(await chaser.store.actions.listAll()).toEqual([]);
    expect((await pressButton(chaser, ALEX, undo.verb, undo.data)).body.value).toMatch(/was already undone by Alex/);
  });

  it('when a pasted table has a bad row, then the preview says which and offers the valid rows only', async () => {
    const pasted = 'import\nMOPAC MPS Oversight Board\nActions from 12 May 2022 Meeting\n\nNo.\tAction\tTiming\tLead\n1\tMPS to share the data.\tBy 31 June\tMPS\n2\tMPS to send the report.\tBy 20 May\tMPS\n';
    const [preview] = (await send(chaser, activityFrom(ALEX, { text: pasted }))).replies;
    expect(cardText((preview!.attachments as unknown[])[0])).toMatch(/To fix before importing[\s\S]*"31 June" is not a date/);
    const titles = buttons(preview!).map((b) => b.title);
    expect(titles).toEqual(['Import the 1 valid row', 'Cancel']);
    const cancel = buttons(preview!).find((b) => b.title === 'Cancel')!;
    expect((await pressButton(chaser, ALEX, 'import.cancel', cancel.data)).body.value).toBe('Cancelled: nothing was imported.');
    expect((await chaser.store.actions.listMeeting({ boardCode: 'OB', meetingDate: '2022-05-12' }))).toEqual([]);
  });

  it('when "import" comes with nothing to read, then it says what to send', async () => {
    const [reply] = (await send(chaser, activityFrom(ALEX, { text: 'import' }))).replies;
    expect(reply!.text).toMatch(/^Send "import" with the action table pasted below it/);
  });
});
