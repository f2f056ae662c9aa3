import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import mammoth from 'mammoth';
import { withClosure } from '../../../src/domain/closure';
import { applyReport } from '../../../src/domain/status-update';
import { SEED_LETTER, cliOn } from '../../support/cli-harness';

const libreOffice = ['libreoffice', 'soffice'].find((cmd) => spawnSync('which', [cmd]).status === 0);

/** The document's text as LibreOffice reads it (headless conversion to plain text); mammoth when LibreOffice is absent (not under CI). */
async function textOf(file: string, dir: string): Promise<{ text: string; by: string }> {
  if (!libreOffice) {
    if (process.env.CI === 'true') throw new Error('LibreOffice is required under CI: .ci/run installs libreoffice-writer-nogui.');
    return { text: (await mammoth.extractRawText({ path: file })).value, by: 'mammoth' };
  }
  const run = spawnSync(libreOffice, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'txt:Text', '--outdir', dir, file], { timeout: 120_000 });
  expect(run.status).toBe(0);
  return { text: readFileSync(file.replace(/\.docx$/, '.txt'), 'utf8'), by: 'libreoffice' };
}

describe('chaser pack, against Azurite, on a fixed clock (Friday 27 May 2022)', () => {
  const chaser = cliOn({ CHASER_NOW: '2022-05-27T09:00:00+01:00' });
  const dir = mkdtempSync(join(tmpdir(), 'chaser-pack-'));
  beforeAll(async () => {
    await chaser('import', SEED_LETTER);
    await chaser('meetings', 'add', '2022-06-14', '--board', 'MOPAC MPS Oversight Board', '--title', 'Oversight Board');
    const store = chaser.store();
    const stored = (await store.actions.get({ boardCode: 'OB', meetingDate: '2022-04-21', number: 7 }))!;
    const lead = { id: 'cmdr@met.example', name: 'Commander Lead' };
    const { action, entry } = withClosure(applyReport(stored.action, { status: 'complete', text: 'Response on Child Q sent to the DMPC.', revisedDue: null }, lead, new Date('2022-05-20T10:00:00Z'), 'chat'), stored.action);
    await store.actions.record(stored, action, entry);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('when the pack is asked for as Markdown, then it is the board paper\'s content with the DCDG sentence and the proposals for closure', async () => {
    const run = await chaser('pack', '--meeting', '2022-06-14', '--format', 'md');
    expect(run.code).toBe(0);
    expect(run.out).toContain('# Matters arising: action log for the Oversight Board meeting of 14 June 2022');
    expect(run.out).toContain('**As of 27 May 2022**');
    expect(run.out).toContain('1 is complete (dark green; 1 proposed for closure, awaiting the board)');
    expect(run.out).toContain('- Proposed for closure, for the board to confirm: OB 21-Apr-2022 #7');
    expect(run.out).toContain('## Overdue');
  });

  it('when the pack is written as a .docx, then LibreOffice opens it and reads the title, the sentence and the proposals', async () => {
    const file = join(dir, 'pack.docx');
    const run = await chaser('pack', '--meeting', '2022-06-14', '--board', 'OB', '--format', 'docx', '--out', file);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/Wrote Matters arising: action log for the Oversight Board meeting of 14 June 2022 \(19 actions; pack due 27 May 2022\)/);
    expect(existsSync(file)).toBe(true);
    const { text } = await textOf(file, dir);
    expect(text).toContain('Matters arising: action log for the Oversight Board meeting of 14 June 2022');
    expect(text).toContain('proposed for closure, awaiting the board');
    expect(text).toContain('Proposed for closure, for the board to confirm: OB 21-Apr-2022 #7');
    expect(text).toContain('Response on Child Q sent to the DMPC.');
  });

  it.each([
    [['pack'], 2, /Give the meeting: --meeting YYYY-MM-DD/],
    [['pack', '--meeting', '2022-06-14', '--format', 'pdf'], 2, /--format must be docx or md/],
    [['pack', '--meeting', '2022-06-15', '--format', 'md'], 1, /No meeting on 15 June 2022 is in the calendar/],
    [['pack', '--meeting', '2022-06-14', '--as', 'cmdr@met.example', '--format', 'md'], 1, /Only the secretariat can build a meeting pack/],
  ])('when the command is wrong or not allowed (%j), then it says why', async (argv, code, message) => {
    const run = await chaser(...argv);
    expect(run.code).toBe(code);
    expect(run.err).toMatch(message);
  });
});
