import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import type { DigestJson } from '../../../src/export';
import { SEED_LETTER, cliOn } from '../../support/cli-harness';
import { WEEK_ONE, recordReplies } from './digest-fixture';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'chaser-digest-'));
const ROW_19 = [
  '19',
  'MPS to provide a written update on the implementation of the two recommendations from the handcuffing review not covered in the paper - regarding the auto-population of the use of force form from the stop and search form; and the inclusion of the use of force in CONNECT scope.',
  'Auto-population is blocked by the CONNECT release schedule.',
  'Red',
];

const decode = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** Rows of the first table in mammoth's HTML, each cell's paragraphs joined with a newline. */
function tableRows(html: string): string[][] {
  const table = /<table>([\s\S]*?)<\/table>/.exec(html)?.[1] ?? '';
  return [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((tr) =>
    [...(tr[1] ?? '').matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((td) =>
      [...(td[1] ?? '').matchAll(/<p>([\s\S]*?)<\/p>/g)].map((p) => decode((p[1] ?? '').replace(/<[^>]+>/g, ''))).join('\n')));
}

describe('chaser digest, end to end against Azurite', () => {
  // The letter goes in on 4 May; the leads reply on 5 and 6 May; the digest is asked for as of Monday 9 May.
  const chaser = cliOn({ CHASER_NOW: '2022-05-04T11:00:00+01:00', CHASER_ADMINS: 'aad-alex' });
  beforeAll(async () => {
    expect((await chaser('import', SEED_LETTER)).code).toBe(0);
    await recordReplies(chaser.store(), WEEK_ONE);
  });

  it('when asked for json, then the numbers are the DCDG paper\'s', async () => {
    const run = await chaser('digest', '--as-of', '2022-05-09', '--format', 'json');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.out) as DigestJson;
    expect(json).toMatchObject({ asOf: '2022-05-09', total: 19, progressed: 7, complete: 3, onTrack: 2, amber: 1, red: 1, awaitingUpdate: 12 });
    expect(json.overdue.map((o) => [o.number, o.businessDaysOverdue, o.rag])).toEqual([[19, 15, 'Red'], [8, 9, 'Amber'], [15, 1, 'Awaiting update']]);
    expect(json.dueSoon.map((o) => o.number)).toEqual([5, 10, 11, 9]);
    expect(json.changes.map((c) => [c.kind, c.number])).toEqual([5, 7, 8, 10, 16, 18, 19].map((n) => ['update', n])); // the letter's first load: its updates, not 19 'new'
    expect(json.sentence).toBe('Of the 19 actions, 7 have been progressed: 3 are complete (dark green; 3 proposed for closure, awaiting the board), 2 are in progress and on track (pale green), 1 is amber and 1 is red.');
  });

  it('when asked for the docx with --out, then the board paper\'s table reads back with every action', async () => {
    const out = path.join(tmp, 'paper.docx');
    const run = await chaser('digest', '--as-of', '2022-05-09', '--format', 'docx', '--out', out);
    expect(run.out).toMatch(new RegExp(`^Wrote the board paper as of 2022-05-09 \\(19 actions, \\d+ KB\\) to ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    const rows = tableRows((await mammoth.convertToHtml({ buffer: fs.readFileSync(out) })).value);
    expect(rows[0]).toEqual(['No.', 'Action', 'Update', 'RAG']);
    expect(rows[1]).toEqual(['MOPAC MPS Oversight Board — 21 April 2022']);
    expect(rows.slice(2).map((r) => r[0])).toEqual(Array.from({ length: 19 }, (_, i) => String(i + 1)));
    expect(rows[20]).toEqual(ROW_19);
    expect(rows[6]).toEqual(['5', expect.stringMatching(/^MPS to advise DMPC\/MOPAC/), 'Linking work under way; outcome expected by the end of May.', 'Pale green']);
  });

  it('when asked for the docx, then the paper carries the RAG doughnut and the trend from the register\'s history (imported in the week of 2 May)', async () => {
    const out = path.join(tmp, 'paper-figures.docx');
    expect((await chaser('digest', '--as-of', '2022-05-09', '--format', 'docx', '--out', out)).code).toBe(0);
    const zip = await JSZip.loadAsync(fs.readFileSync(out));
    expect(Object.keys(zip.files).filter((n) => n.startsWith('word/media/') && n.endsWith('.png'))).toHaveLength(2);
    const alt = [...(await zip.file('word/document.xml')!.async('string')).matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) => m[1]);
    // The replies came on 5 and 6 May: by the end of the week of 2 May the register stood as it does now.
    expect(alt).toEqual([
      'RAG of 19 actions: 3 complete, 2 on track, 1 amber, 1 red, 12 awaiting update',
      expect.stringMatching(/^RAG week by week over 2 weeks, from the week of 2 May 2022 \(19 actions: 3 complete, .*\) to the week of 9 May 2022 \(19 actions: 3 complete, 2 on track, 1 amber, 1 red, 12 awaiting update\)\.$/),
    ]);
  });

  it('when asked for xlsx without --out, then digest-<date>.xlsx is written where the user is, and reads back', async () => {
    const cwd = process.cwd();
    process.chdir(tmp);
    try {
      const run = await chaser('digest', '--as-of', '2022-05-09', '--format', 'xlsx');
      expect(run.out).toContain(`to ${path.join(fs.realpathSync(tmp), 'digest-2022-05-09.xlsx')}`);
    } finally {
      process.chdir(cwd);
    }
    const wb = new ExcelJS.Workbook();
    const bytes = fs.readFileSync(path.join(tmp, 'digest-2022-05-09.xlsx'));
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const ws = wb.getWorksheet('Register')!;
    expect(ws.rowCount).toBe(20);
    const row19 = ws.getRow(20).values as ExcelJS.CellValue[];
    expect([row19[1], row19[4], row19[6], row19[9], row19[10], row19[11]]).toEqual(['OB 21-Apr-2022 #19', 19, 'MPS', 'Red', 15, ROW_19[2]]);
    expect(wb.getWorksheet('Summary')!.getCell('A3').value).toBe('Of the 19 actions, 7 have been progressed: 3 are complete (dark green; 3 proposed for closure, awaiting the board), 2 are in progress and on track (pale green), 1 is amber and 1 is red.');
  });

  it('when asked with no format, then the Markdown digest comes to the terminal; csv and a lead scope work too', async () => {
    const md = await chaser('digest', '--as-of', '2022-05-09');
    expect(md.out).toContain('# Action log: progress update\n\n**As of 9 May 2022**');
    expect(md.out).toContain(`| 19 | ${ROW_19[1]} | ${ROW_19[2]} | Red |`);
    const csv = await chaser('digest', '--as-of', '2022-05-09', '--format', 'csv', '--lead', 'MOPAC');
    expect(csv.out.split('\r\n').filter(Boolean)).toHaveLength(3);
    const scoped = JSON.parse((await chaser('digest', '--as-of', '2022-05-09', '--format', 'json', '--lead', 'mopac')).out) as DigestJson;
    expect([scoped.title, scoped.total, scoped.complete]).toEqual(['Action log: progress update for mopac', 2, 1]);
  });

  it('when the weekly job is run from the CLI as a dry run, then it lists who would get it', async () => {
    const run = await chaser('digest', 'send', '--dry-run', '--as-of', '2022-05-09');
    expect(run.out).toBe('Weekly digest as of 2022-05-09 (week:2022-05-09), dry run:\n  aad-alex [aad-alex] (all): would send');
    expect(run.code).toBe(0);
  });

  it('when the command line is wrong, then it says what was expected', async () => {
    expect((await chaser('digest', '--format', 'pdf')).err).toMatch(/--format must be one of md, docx, xlsx, csv, json \(got "pdf"\)/);
    expect((await chaser('digest', '--as-of', '2022-02-30')).code).toBe(2);
  });

  it('when the register is empty, then the digest says so plainly', async () => {
    const run = await cliOn()('digest');
    expect(run.code).toBe(0);
    expect(run.out).toContain('There are no actions in the register yet.');
  });
});
