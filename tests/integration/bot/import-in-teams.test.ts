import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as path from 'path';
import type { RunningChaser } from '../../../src/chaser';
import { fixedClock } from '../../../src/domain/clock';
import { ALEX, Person, activityFrom, cardText, pressButton, send, startTestChaser, visibleText } from '../../support/bot-harness';
import { LETTER_FILE, SEEDS_DIR } from '../../support/import-seed';
import { committeeMinutesPdf } from '../../support/pdf-bytes';

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
    files = http.createServer((req, res) => res.end(req.url?.endsWith('.pdf') ? committeeMinutesPdf() : letter));
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
    expect(text).toMatch(/By 13 April[\s\S]*13 April 2022 \(as written\)\s+awaiting update[\s\S]*before-meeting/);
    // Each row says its reference, where it was read and the meeting it is filed under.
    expect(text).toMatch(/\b5\s+Line \d+ · meeting of 21 April 2022/);
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

  it('when the secretariat attaches minutes as a PDF, then the preview reads them and a problem names the page and line', async () => {
    const attachment = {
      contentType: 'application/vnd.microsoft.teams.file.download.info', name: 'ARC minutes March 2025.pdf',
      content: { downloadUrl: filesUrl.replace(/letter\.txt$/, 'minutes.pdf'), fileType: 'pdf' },
    };

    const [preview] = (await send(chaser, activityFrom(ALEX, { text: 'import', attachments: [attachment] }))).replies;

    const text = visibleText(preview!);
    expect(text).toContain('Audit and Risk Committee — meeting of 3 March 2025');
    expect(text).toContain('4 actions read');
    expect(text).toMatch(/Page 1, line 8: action ARC 2 has no lead/);
  });

  describe('a table pasted in the chat under a "Meeting:" heading', () => {
    const heading = 'Meeting: MOPAC MPS Oversight Board, 9 June 2022';
    const rows = [['No.', 'Action', 'Timing', 'Lead'], ['1', 'MPS to share the custody data.', 'By 30 June', 'MPS'], ['2', 'MOPAC to publish the minutes.', 'End June', 'MOPAC']];
    const cells = (row: string[], tag: string): string => row.map((c) => `<${tag}>${c}</${tag}>`).join('');

    it.each([
      ['typed as text, a tab between cells', { text: `import\n${heading}\n\n${rows.map((r) => r.join('\t')).join('\n')}\n` }],
      ['pasted from Word (HTML with a table)', {
        text: `import ${heading} No. Action Timing Lead`,
        attachments: [{ contentType: 'text/html', content: `<div><div><p>import</p><p>${heading}</p><table><tbody><tr>${cells(rows[0]!, 'th')}</tr>${rows.slice(1).map((r) => `<tr>${cells(r, 'td')}</tr>`).join('')}</tbody></table></div></div>` }],
      }],
      ['pasted as lines in divs (HTML, the heading in one div)', {
        text: `import ${heading}`,
        attachments: [{ contentType: 'text/html', content: `<div>import</div><div>${heading}</div><div>Actions agreed</div><table>${rows.map((r) => `<tr>${cells(r, 'td')}</tr>`).join('')}</table>` }],
      }],
    ])('when it is %s, then the preview files it under the board "MOPAC MPS Oversight Board" and its meeting of 9 June 2022', async (_how, message) => {
      const [preview] = (await send(chaser, activityFrom(ALEX, message))).replies;

      const text = visibleText(preview!);
      expect(text).toContain('MOPAC MPS Oversight Board — meeting of 9 June 2022');
      expect(text).not.toContain('Meeting: MOPAC');
      expect(text).toContain('2 actions read');
    });
  });

  it('when a pasted table names neither its board nor its meeting, then the card asks for them, reads the table again with them, and imports under that meeting', async () => {
    const pasted = 'import\nNo.\tAction\tTiming\tLead\n1\tTreasurer to renew the insurance.\t3 months\tTreasurer\n2\tClerk to publish the minutes.\tBy 30 June\tClerk\n';
    const [preview] = (await send(chaser, activityFrom(ALEX, { text: pasted }))).replies;
    const card = (preview!.attachments as Array<{ content: Record<string, unknown> }>)[0]!.content;
    const inputs = JSON.stringify(card.body).match(/"type":"Input\.(?:Text|Date)","id":"\w+"/g);
    expect(inputs).toEqual(['"type":"Input.Text","id":"board"', '"type":"Input.Date","id":"meetingDate"']);
    expect(cardText(card)).toMatch(/could not find the meeting date in "pasted text\.txt" .* Give it in the Meeting date box below and press Read again\./);
    expect(cardText(card)).not.toContain('--meeting-date');
    const reread = buttons(preview!).find((b) => b.title === 'Read again')!;
    expect(buttons(preview!).map((b) => b.title)).toEqual(['Read again', 'Cancel']);

    // A date that is not one is refused, and the held document stays for another try.
    const wrong = await pressButton(chaser, ALEX, 'import.reread', { ...reread.data, board: 'Riverside Trust Board of Trustees', meetingDate: '2024-02-30' });
    expect(wrong.body.value).toMatch(/The meeting date must be a real date as YYYY-MM-DD/);
    expect((await pressButton(chaser, STRANGER, 'import.reread', { ...reread.data, meetingDate: '2024-03-14' })).body.value).toMatch(/^Only the secretariat/);

    const again = await pressButton(chaser, ALEX, 'import.reread', { ...reread.data, board: 'Riverside Trust Board of Trustees', meetingDate: '2024-03-14' });
    const second = again.body.value as { actions: Array<{ title: string; verb: string; data: Record<string, string> }> };
    expect(cardText(second)).toMatch(/^Riverside Trust Board of Trustees — meeting of 14 March 2024/);
    expect(cardText(second)).toMatch(/\b1\s+Line 2 · meeting of 14 March 2024[\s\S]*3 months[\s\S]*14 June 2024/);
    const importButton = second.actions.find((a) => a.title === 'Import 2 actions')!;
    expect(importButton.data).toMatchObject({ board: 'Riverside Trust Board of Trustees', meetingDate: '2024-03-14' });

    await pressButton(chaser, ALEX, importButton.verb, importButton.data);
    const stored = (await chaser.store.actions.listAll()).filter((a) => a.meetingDate === '2024-03-14');
    expect(stored.map((a) => [a.board, a.lead, a.due])).toEqual([['Riverside Trust Board of Trustees', 'Treasurer', '2024-06-14'], ['Riverside Trust Board of Trustees', 'Clerk', '2024-06-30']]);
  });

  it('when "import" comes with nothing to read, then it says what to send', async () => {
    const [reply] = (await send(chaser, activityFrom(ALEX, { text: 'import' }))).replies;
    expect(reply!.text).toMatch(/^Send "import" with the action table pasted below it/);
  });
});
