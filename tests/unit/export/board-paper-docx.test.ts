import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { RAG_COLOURS } from '../../../src/domain/digest';
import { boardPaperDocx } from '../../../src/export';
import { ACTIONS, EMPTY, expectedTable, inputOf } from './export-fixture';

const libreOffice = ['libreoffice', 'soffice'].find((cmd) => spawnSync('which', [cmd]).status === 0);
/** CI installs LibreOffice (.ci/run), so there the conversion must run; elsewhere it runs when present. */
const conversionRequired = process.env.CI === 'true';
if (!libreOffice && !conversionRequired) {
  console.log('NOT RUN here: the LibreOffice docx → PDF conversion (neither `libreoffice` nor `soffice` is on PATH; CI installs it). The structural check of the docx package runs instead.');
}

const decode = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** Rows of the first table in mammoth's HTML: cells' paragraphs joined with a newline. */
function tableRows(html: string): string[][] {
  const table = /<table>([\s\S]*?)<\/table>/.exec(html)?.[1] ?? '';
  return [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((tr) =>
    [...(tr[1] ?? '').matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((td) =>
      [...(td[1] ?? '').matchAll(/<p>([\s\S]*?)<\/p>/g)].map((p) => decode((p[1] ?? '').replace(/<[^>]+>/g, ''))).join('\n')),
  );
}

/** Well-formedness by tag balance (no XML parser is a dependency): every open tag is closed in order. */
function balanced(xml: string): boolean {
  const stack: string[] = [];
  for (const m of xml.replace(/<\?[\s\S]*?\?>/g, '').matchAll(/<(\/?)([A-Za-z_][\w:.-]*)(?:\s[^>]*?)?(\/?)>/g)) {
    if (m[3]) continue;
    if (!m[1]) stack.push(m[2] ?? '');
    else if (stack.pop() !== m[2]) return false;
  }
  return stack.length === 0;
}

describe('board paper (docx)', () => {
  const input = inputOf();
  let bytes: Buffer;
  let html: string;
  let xml: string;

  beforeAll(async () => {
    bytes = await boardPaperDocx(input);
    html = (await mammoth.convertToHtml({ buffer: bytes })).value;
    xml = (await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string'));
  });

  it('opens as a paper to the board: board, week, title, "Report by", the date, the purpose, then the DCDG summary lines as bullets', async () => {
    expect(html.startsWith(
      '<p><strong>MOPAC MPS Oversight Board</strong></p><p>Week beginning 9 May 2022</p><h1>Action log: progress update</h1>' +
      '<p><strong>Report by: </strong>The Secretariat, from the leads’ updates recorded by Chaser</p><p><strong>As of 9 May 2022</strong></p>' +
      '<h2>1. Purpose of this paper</h2><p>To update the Board on progress with the actions it has agreed, as reported by their leads up to 9 May 2022, ' +
      'and to draw attention to those that are overdue, due soon or still awaiting an update.</p><h2>2. Summary</h2>',
    )).toBe(true);
    expect(html).toContain(
      '<p>Of the 20 actions, 16 have been progressed:</p><ul><li>6 are complete (dark green)</li>' +
        '<li>6 are in progress and on track (pale green)</li><li>2 are amber</li><li>2 are red</li><li>4 are awaiting an update</li></ul>',
    );
    const raw = (await mammoth.extractRawText({ buffer: bytes })).value;
    expect(raw).toContain('Of the 20 actions, 16 have been progressed:');
  });

  it('has the list sections in the DCDG order, overdue most overdue first', () => {
    expect([...html.matchAll(/<h2>(.*?)<\/h2>/g)].map((m) => m[1])).toEqual(['1. Purpose of this paper', '2. Summary', '3. Points for attention', '4. Progress by action']);
    expect([...html.matchAll(/<h3>(.*?)<\/h3>/g)].map((m) => m[1])).toEqual([
      'Changes since the last digest', 'Overdue', 'Due in the next two weeks', 'Awaiting an update', 'Needs a date',
    ]);
    const overdue = /<h3>Overdue<\/h3><ul>(.*?)<\/ul>/.exec(html)?.[1] ?? '';
    expect([...overdue.matchAll(/<strong>(.*?)<\/strong>/g)].map((m) => m[1])).toEqual([
      'OB 10-Mar-2022 #4', 'OB 10-Mar-2022 #3', 'OB 21-Apr-2022 #10', 'OB 10-Mar-2022 #8',
    ]);
    expect(overdue).toContain('<li><strong>OB 10-Mar-2022 #4</strong> — AC Ephgrave — Report back on the Safer Schools review. — 14 business days overdue (due 14 April 2022) — last update 4 May 2022: “Review paused; no analyst available.”</li>');
    expect(html).toContain('<li><strong>OB 10-Mar-2022 #3</strong> — MPS — Provide recruitment figures by borough. — pale green → amber, reported by MPS lead on 6 May 2022: “Data quality issues delaying the figures.”</li>');
  });

  it('reads back the table No. | Action | Update | RAG with a heading row per meeting and strand, rows in order', () => {
    const rows = tableRows(html);
    const expected = [['No.', 'Action', 'Update', 'RAG']];
    for (const g of expectedTable(input)) expected.push([g.heading], ...g.rows);
    expect(rows).toEqual(expected);
    expect(rows).toHaveLength(1 + 3 + 20);
    expect(rows[1]).toEqual(['MOPAC MPS Oversight Board — 10 March 2022']);
    expect(rows[2]).toEqual(['1', 'Review handcuffing data and publish the findings.', 'Published on 1 April 2022.', 'Dark green']);
    expect(rows[17]).toEqual(['MOPAC MPS Oversight Board — 21 April 2022 — Trust and confidence']);
    expect(rows[12]).toEqual(['2', 'Set out the Outreach programme milestones.', 'Milestones drafted.\nBoard review in June.', 'Pale green']);
    expect(rows[6]).toEqual(['5', '=HYPERLINK("http://example.com/x","Open the dashboard")', '', 'Awaiting update']);
  });

  it('is landscape A4 with a repeated header row, narrow No., wide Action/Update and a RAG column that holds "Awaiting update"', () => {
    expect(xml).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    expect(/<w:tr>(?:(?!<\/w:tr>)[\s\S])*<w:tblHeader\/>(?:(?!<\/w:tr>)[\s\S])*>No\.</.test(xml)).toBe(true);
    expect([...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]))).toEqual([700, 5800, 5870, 2200]);
  });

  it('shades each RAG cell with its colour and labels it in the reading text colour', () => {
    const cells = [...xml.matchAll(/<w:tc>((?:(?!<\/w:tc>)[\s\S])*)<\/w:tc>/g)].map((m) => m[1] ?? '');
    for (const colour of Object.values(RAG_COLOURS)) {
      const shaded = cells.filter((c) => c.includes(`w:fill="${colour.hex}"`));
      const rows = expectedTable(input).flatMap((g) => g.rows).filter((r) => r[3] === colour.label);
      expect([colour.label, shaded.length]).toEqual([colour.label, rows.length]);
      for (const c of shaded) {
        expect(c).toContain(`<w:t xml:space="preserve">${colour.label}</w:t>`);
        expect(c).toContain(`<w:color w:val="${colour.textHex}"/>`);
      }
    }
  });

  it('uses the title given', async () => {
    const own = await boardPaperDocx(inputOf(ACTIONS, 'Oversight Board: action log'));
    expect((await mammoth.convertToHtml({ buffer: own })).value).toContain('<p>Week beginning 9 May 2022</p><h1>Oversight Board: action log</h1>');
  });

  it('says plainly that there are no actions, with no sections or table, for an empty register', async () => {
    const empty = (await mammoth.convertToHtml({ buffer: await boardPaperDocx(EMPTY) })).value;
    expect(empty).toMatch(/^<p><strong>The Board<\/strong><\/p><p>Week beginning 9 May 2022<\/p><h1>Action log: progress update<\/h1>.*<h2>2\. Summary<\/h2><p>There are no actions in the register yet\.<\/p>$/);
    expect(empty).not.toMatch(/Points for attention|Progress by action|<table>/);
  });

  it('is a complete, well-formed package (the structural check that stands in for LibreOffice)', async () => {
    expect([balanced('<a><b/></a>'), balanced('<a><b></a></b>'), balanced('<a>')]).toEqual([true, false, false]);
    const zip = await JSZip.loadAsync(bytes);
    const names = Object.keys(zip.files);
    expect(names).toEqual(expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/_rels/document.xml.rels', 'word/styles.xml', 'word/numbering.xml']));
    const types = await zip.file('[Content_Types].xml')!.async('string');
    expect(types).toContain('ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml" PartName="/word/document.xml"');
    for (const name of names.filter((n) => n.endsWith('.xml') || n.endsWith('.rels'))) {
      expect([name, balanced(await zip.file(name)!.async('string'))]).toEqual([name, true]);
    }
  });

  // Its build time is measured by bench/export-bench.ts, not asserted here.
  it('builds the paper for 500 actions with every row', async () => {
    const many = Array.from({ length: 500 }, (_, i) => ({ ...ACTIONS[i % ACTIONS.length]!, number: i + 1, meetingDate: i < 250 ? '2022-03-10' : '2022-04-21' }));
    const out = await boardPaperDocx(inputOf(many));
    expect(tableRows((await mammoth.convertToHtml({ buffer: out })).value).filter((r) => r.length === 4)).toHaveLength(501);
  });

  const conversion = libreOffice || conversionRequired ? it : null;
  conversion?.('converts to PDF with LibreOffice headless', () => {
    if (!libreOffice) throw new Error('LibreOffice is required under CI: .ci/run installs libreoffice-writer-nogui.');
    const dir = mkdtempSync(join(tmpdir(), 'chaser-docx-'));
    try {
      writeFileSync(join(dir, 'paper.docx'), bytes);
      const profile = `-env:UserInstallation=file://${join(dir, 'profile')}`;
      const run = spawnSync(libreOffice!, [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'paper.docx')], { timeout: 120_000 });
      expect(run.status).toBe(0);
      expect(existsSync(join(dir, 'paper.pdf'))).toBe(true);
      expect(readFileSync(join(dir, 'paper.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});

describe('the board paper\'s front matter and protective marking', () => {
  async function partsOf(input: Parameters<typeof boardPaperDocx>[0]) {
    const bytes = await boardPaperDocx(input);
    const zip = await JSZip.loadAsync(bytes);
    const text = async (prefix: string) => (await Promise.all(Object.keys(zip.files).filter((n) => n.startsWith(prefix)).map((n) => zip.file(n)!.async('string')))).join('');
    return { html: (await mammoth.convertToHtml({ buffer: bytes })).value, headers: await text('word/header'), footers: await text('word/footer') };
  }

  it.each([
    ['OFFICIAL', 'OFFICIAL'],
    ['official-sensitive ', 'OFFICIAL-SENSITIVE'],
    ['OFFICIAL-SENSITIVE & PERSONAL <draft>', 'OFFICIAL-SENSITIVE &amp; PERSONAL &lt;DRAFT&gt;'],
  ])('when the marking is %j, then every page is headed and footed with %s', async (marking, shown) => {
    const { headers, footers } = await partsOf({ ...inputOf(), marking });
    expect(headers).toContain(`<w:t xml:space="preserve">${shown}</w:t>`);
    expect(footers).toContain(`<w:t xml:space="preserve">${shown}</w:t>`);
    expect(headers).toContain('<w:jc w:val="center"/>');
  });

  it('when no marking is set, then header and footer carry none', async () => {
    const { headers, footers } = await partsOf(inputOf());
    expect(headers).not.toMatch(/OFFICIAL/);
    expect(footers).not.toMatch(/OFFICIAL/);
    expect(footers).toContain('Prepared by Chaser on 9 May 2022 at 08:00');
  });

  it('when the secretariat gives the meeting, the author and the purpose, then the paper opens with them', async () => {
    const { html } = await partsOf({ ...inputOf(), front: { board: 'Police and Crime Committee', meeting: 'Meeting of 15 June 2022', reportBy: 'Jane Clerk, Head of Secretariat', purpose: 'To note progress & agree closures.' } });
    expect(html.startsWith('<p><strong>Police and Crime Committee</strong></p><p>Meeting of 15 June 2022</p><h1>Action log: progress update</h1><p><strong>Report by: </strong>Jane Clerk, Head of Secretariat</p>')).toBe(true);
    expect(html).toContain('<h2>1. Purpose of this paper</h2><p>To note progress &amp; agree closures.</p><h2>2. Summary</h2><p>Of the 20 actions, 16 have been progressed:</p>');
  });

  it('when actions of two boards are listed, then the front names both and the table is grouped by meeting', async () => {
    const two = [...ACTIONS, { ...ACTIONS[0]!, board: 'Police and Crime Board', boardCode: 'PCB', meetingDate: '2022-04-28', number: 1, strand: null }];
    const { html } = await partsOf(inputOf(two));
    expect(html.startsWith('<p><strong>MOPAC MPS Oversight Board and Police and Crime Board</strong></p>')).toBe(true);
    expect(tableRows(html).filter((r) => r.length === 1).map((r) => r[0])).toEqual([
      'MOPAC MPS Oversight Board — 10 March 2022', 'MOPAC MPS Oversight Board — 21 April 2022', 'MOPAC MPS Oversight Board — 21 April 2022 — Trust and confidence', 'Police and Crime Board — 28 April 2022',
    ]);
  });
});
