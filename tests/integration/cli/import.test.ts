import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { SEED_LETTER, SEED_RECORD, cliOn } from '../../support/cli-harness';
import { committeeMinutesPdf } from '../../support/pdf-bytes';

const LETTER_DUES = [
  '2022-06-01', '2023-01-01', '2022-06-01', '2023-01-01', '2022-05-13', '2023-01-01', '2022-05-13', '2022-04-25',
  '2022-05-15', '2022-05-13', '2022-05-13', '2022-06-16', null, '2022-07-31', '2022-05-06', '2022-04-30', '2022-05-31',
  '2022-04-30', '2022-04-13',
];

interface JsonPlan {
  board: string;
  meetingDate: string;
  actions: { number: number; lead: string; due: string | null; resolution: string; flags: string[]; milestones: string[]; outcome: string; changes: { field: string }[] }[];
  problems: string[];
  result?: { created: number; changed: number; unchanged: number };
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'chaser-cli-'));
function write(name: string, text: string): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, text);
  return file;
}

describe('chaser import, end to end against Azurite', () => {
  it('when the seed letter is imported, then all 19 actions are read with the right due dates and leads', async () => {
    const chaser = cliOn();
    const run = await chaser('import', SEED_LETTER, '--json');
    expect(run.code).toBe(0);
    const plan = JSON.parse(run.out) as JsonPlan;
    expect(plan.board).toBe('MOPAC MPS Oversight Board');
    expect(plan.meetingDate).toBe('2022-04-21');
    expect(plan.actions.map((a) => a.due)).toEqual(LETTER_DUES);
    expect(plan.actions.filter((a) => a.lead === 'MOPAC').map((a) => a.number)).toEqual([12, 18]);
    expect(plan.actions[11]!.milestones).toEqual(['2022-07-21']);
    expect(plan.actions[12]!.flags).toEqual(['needs-date']);
    expect(plan.actions[18]!.flags).toEqual(['before-meeting']);
    expect(plan.result).toEqual({ created: 19, changed: 0, unchanged: 0 });
    expect((await chaser('list', '--json')).out).toContain('OB');
  });

  it('when the same document is imported again, then nothing changes', async () => {
    const chaser = cliOn();
    await chaser('import', SEED_LETTER);
    const again = JSON.parse((await chaser('import', SEED_LETTER, '--json')).out) as JsonPlan;
    expect(again.result).toEqual({ created: 0, changed: 0, unchanged: 19 });
  });

  it('when a corrected document is imported, then text, timing and due follow it and the history records the edit', async () => {
    const chaser = cliOn();
    await chaser('import', SEED_LETTER);
    const corrected = fs.readFileSync(SEED_LETTER, 'utf8').replace('Child Q report\tBy 13 May', 'Child Q report\tBy 20 May');
    expect(corrected).not.toEqual(fs.readFileSync(SEED_LETTER, 'utf8'));
    const plan = JSON.parse((await chaser('import', write('corrected.txt', corrected), '--json')).out) as JsonPlan;
    expect(plan.result).toEqual({ created: 0, changed: 1, unchanged: 18 });
    const changed = plan.actions.find((a) => a.outcome === 'changed')!;
    expect(changed.number).toBe(7);
    expect(changed.due).toBe('2022-05-20');
    expect(changed.changes.map((c) => c.field)).toEqual(['timing', 'due']);
    const history = await chaser.store().actions.history({ boardCode: 'OB', meetingDate: '2022-04-21', number: 7 });
    expect(history.map((h) => h.kind)).toEqual(['edited', 'created']);
    expect(history[0]!.changes).toEqual([
      { field: 'timing', from: 'By 13 May', to: 'By 20 May' },
      { field: 'due', from: '2022-05-13', to: '2022-05-20' },
    ]);
  });

  it('when the meeting record is imported, then the timing inside the text is found and the rest need a date', async () => {
    const plan = JSON.parse((await cliOn()('import', SEED_RECORD, '--json', '--dry-run')).out) as JsonPlan;
    expect(plan.board).toBe('Performance and Risk Oversight Board');
    expect(plan.meetingDate).toBe('2023-08-31');
    expect(plan.actions.map((a) => [a.number, a.lead, a.due, a.flags])).toEqual([
      [1, 'MPS', '2023-09-14', ['from-text']],
      [2, 'MPS', null, ['needs-date']],
      [3, 'MPS', null, ['needs-date']],
    ]);
  });

  it('when --dry-run is given, then the preview is printed and nothing is written', async () => {
    const chaser = cliOn();
    const run = await chaser('import', SEED_LETTER, '--dry-run');
    expect(run.out).toMatch(/From\s+Ref\s+Meeting\s+Lead\s+Timing as written\s+Due\s+Read\s+Status\s+Flags/);
    expect(run.out).toMatch(/Line 76\s+19\s+2022-04-21\s+MPS\s+By 13 April\s+2022-04-13\s+exact\s+awaiting update\s+before-meeting/);
    expect(run.out).toContain('Dry run: nothing was written.');
    expect((await chaser('list')).out).toContain('The register is empty');
  });

  it('when a tracker gives statuses, then the preview shows the status each action will have, and a re-import the document\'s status beside the register\'s', async () => {
    const chaser = cliOn();
    const file = write('statuses.txt', ['Larkmoor Housing Trust Board', 'Actions from 21 April 2022 Meeting', '', 'Ref\tAction\tLead\tDue date\tProgress',
      'LH/1\tShare the damp survey.\tDirector of Property\t13/05/2022\tComplete', 'LH/2\tReport the arrears.\tFinance Director\t27/05/2022\tIn progress',
      'LH/3\tReview the rent policy.\tChief Executive\t30/06/2022\t', ''].join('\n'));
    const preview = await chaser('import', file, '--dry-run');
    expect(preview.out).toMatch(/LH\/1\s+2022-04-21\s+Director of Property\s+—\s+2022-05-13\s+exact\s+complete/);
    expect(preview.out).toMatch(/LH\/2\s.*exact\s+on track/);
    expect(preview.out).toMatch(/LH\/3\s.*exact\s+awaiting update/);
    const json = JSON.parse((await chaser('import', file, '--json')).out) as { actions: Array<{ ref: string; status: string; documentStatus: string | null }> };
    expect(json.actions.map((a) => [a.ref, a.status, a.documentStatus])).toEqual([['LH/1', 'complete', 'complete'], ['LH/2', 'on_track', 'on_track'], ['LH/3', 'awaiting_update', null]]);

    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('Review the rent policy.\tChief Executive\t30/06/2022\t', 'Review the rent policy.\tChief Executive\t30/06/2022\tComplete'));
    expect((await chaser('import', file, '--dry-run')).out).toMatch(/LH\/3\s.*exact\s+awaiting update \(document: complete\)/);
  });

  it('when the meeting date cannot be found, then it says so and asks for --meeting-date; with it, the import works', async () => {
    const chaser = cliOn();
    const file = write('no-date.txt', 'MOPAC MPS Oversight Board\n\nNo.\tAction\tTiming\tLead\n1\tMPS to share the data.\tBy 13 May\tMPS\n');
    const refused = await chaser('import', file);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/could not find the meeting date in "no-date.txt".*--meeting-date/s);
    expect((await chaser('list')).out).toContain('The register is empty');
    const ok = await chaser('import', file, '--meeting-date', '2022-04-21', '--json');
    expect((JSON.parse(ok.out) as JsonPlan).actions[0]!.due).toBe('2022-05-13');
  });

  it('when one row has a date that does not exist, then nothing is written unless --valid-only', async () => {
    const chaser = cliOn();
    const file = write('bad-date.txt', 'MOPAC MPS Oversight Board\nActions from 21 April 2022 Meeting\n\nNo.\tAction\tTiming\tLead\n1\tMPS to share the data.\tBy 31 June\tMPS\n2\tMPS to send the report.\tBy 13 May\tMPS\n');
    const refused = await chaser('import', file);
    expect(refused.code).toBe(1);
    // Each problem names the file, the line (or table / sheet and row) and what was expected.
    expect(refused.err).toContain('  - bad-date.txt: Line 5: action 1: the timing "By 31 June" names a date that does not exist: "31 June" is not a date (June has 30 days)');
    expect((await chaser('list')).out).toContain('The register is empty');
    const partial = await chaser('import', file, '--valid-only', '--json');
    expect((JSON.parse(partial.out) as JsonPlan).result).toEqual({ created: 1, changed: 0, unchanged: 0 });
  });

  it.each([
    ['a row with no lead', 'No.,Action,Lead,Due date\n1,Circulate the review,,30/06/2024\n2,Share the figures,MPS,30/06/2024\n', 'rows.csv'],
    ['a row with a due date that does not exist', 'No.,Action,Lead,Due date\n1,Circulate the review,CFO,31/06/2024\n2,Share the figures,MPS,30/06/2024\n', 'dates.csv'],
  ])('when a register has %s, then --valid-only imports only the other rows', async (_kind, rows, name) => {
    const chaser = cliOn();
    const file = write(name, `Finance Committee - actions from 14 March 2024\n${rows}`);
    const partial = await chaser('import', file, '--valid-only', '--json');
    expect((JSON.parse(partial.out) as JsonPlan).result).toEqual({ created: 1, changed: 0, unchanged: 0 });
    expect((await chaser.store().actions.listAll()).map((a) => [a.text, a.lead])).toEqual([['Share the figures', 'MPS']]);
  });

  it('when a folder is given instead of a file, then it says so in a sentence and nothing is written', async () => {
    const chaser = cliOn();
    const run = await chaser('import', tmp);
    expect([run.code, run.err]).toEqual([1, `"${tmp}" is a folder; import the files in it one at a time (chaser import FILE).`]);
  });

  it.each([
    [['import'], /Which file\?/],
    [['import', 'x.txt', '--meeting-date', '31/06/2022'], /--meeting-date must be a real date as YYYY-MM-DD/],
    [['import', 'x.txt', '--bogus'], /Unknown option '--bogus'/],
    [['timing', 'By 13 May'], /--meeting must be the meeting date/],
    [['frobnicate'], /Unknown command "frobnicate"/],
  ])('when the command line is %j, then exit 2 with a message saying what was expected', async (argv, message) => {
    const run = await cliOn()(...argv);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(message);
  });

  it('when the file does not exist, then the message names it', async () => {
    const run = await cliOn()('import', '/nowhere/minutes.docx');
    expect(run.code).toBe(1);
    expect(run.err).toBe('There is no file "/nowhere/minutes.docx" (check the path).');
  });

  it('when someone outside the secretariat imports with --as, then it is refused and nothing is written', async () => {
    const chaser = cliOn();
    const run = await chaser('import', SEED_LETTER, '--as', 'someone@met.example');
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/Only the secretariat can import actions, and someone@met.example is not in it/);
    expect((await chaser('list')).out).toContain('The register is empty');
  });
});

describe('a paper whose table has no header or Lead column (the DCDG progress paper)', () => {
  const paper = `${__dirname}/../../../demo/seeds/004_498ffe9d3da1726d.txt`;

  it('when imported without a lead, then it is refused and told to give one with --lead', async () => {
    const run = await cliOn()('import', paper);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/the table has no Lead column[^\n]*or give one lead for all with --lead/);
  });

  it('when imported with --lead, then it goes in with its RAG statuses, and the doubtful points are shown as warnings', async () => {
    const chaser = cliOn();
    const run = await chaser('import', paper, '--lead', 'MPS', '--json');
    expect(run.code).toBe(0);
    const plan = JSON.parse(run.out) as { actions: { lead: string }[]; problems: string[]; warnings: string[]; result: { created: number } };
    expect(plan.problems).toEqual([]);
    expect(plan.warnings).toEqual([expect.stringMatching(/no header row/), expect.stringMatching(/action 16 is missing/)]);
    expect(new Set(plan.actions.map((a) => a.lead))).toEqual(new Set(['MPS']));
    expect(plan.result.created).toBe(plan.actions.length);
    const statuses = (await chaser.store().actions.listAll()).map((a) => a.status);
    expect(statuses.filter((s) => s === 'amber').length).toBeGreaterThan(0);
    expect(statuses.filter((s) => s === 'on_track').length).toBeGreaterThan(0);
  });
});

describe('chaser timing', () => {
  it('when asked with --json, then due, resolution, flags and milestones come back', async () => {
    const run = await cliOn()('timing', '-16 June Quarterly Public Review meeting -21 July Disproportionality Board meeting', '--meeting', '2022-04-21', '--json');
    expect(JSON.parse(run.out)).toEqual({ due: '2022-06-16', resolution: 'exact', flags: ['milestones'], milestones: ['2022-07-21'], superseded: [] });
  });
});

describe('chaser leads', () => {
  it('when a lead is mapped, then the list shows it and the import no longer calls it unmapped', async () => {
    const chaser = cliOn();
    expect((await chaser('leads', 'set', 'MPS', 'cmdr@met.example', 'Jane Smith=jane@met.example')).code).toBe(0);
    const listed = await chaser('leads', 'list', '--json');
    expect(JSON.parse(listed.out).leads[0].users).toEqual([{ id: 'cmdr@met.example', name: 'cmdr@met.example' }, { id: 'jane@met.example', name: 'Jane Smith' }]);
    const plan = JSON.parse((await chaser('import', SEED_LETTER, '--json')).out) as { unmappedLeads: string[] };
    expect(plan.unmappedLeads).toEqual(['MOPAC']);
  });

  it('when --json is asked of a tracker with its own references, then each action carries its ref, meeting and where it was read', async () => {
    const run = await cliOn()('import', `${__dirname}/../../fixtures/import/decimal-minute-refs-01.05.txt`, '--meeting-date', '2012-05-16', '--dry-run', '--json');
    const plan = JSON.parse(run.out) as { actions: Array<{ ref: string; meetingDate: string; source: { place: string } }> };
    expect(plan.actions.map((a) => a.ref)).toEqual(['01.05', '02.05', '05.05', '06.05', '4.01', '3.01']);
    expect(plan.actions.every((a) => a.meetingDate === '2012-05-16')).toBe(true);
    expect(plan.actions[0]!.source.place).toMatch(/^(Line|Row) \d+$/);
  });

  it('when a PDF is imported with --json, then each action says the page and line it was read from, and the problem names them too', async () => {
    const pdf = path.join(tmp, 'arc minutes.pdf');
    fs.writeFileSync(pdf, committeeMinutesPdf());

    const plan = JSON.parse((await cliOn()('import', pdf, '--dry-run', '--json')).out) as {
      board: string; actions: Array<{ ref: string; source: { place: string; page: number; line: number } }>; problems: string[];
    };

    expect(plan.board).toBe('Audit and Risk Committee');
    expect(plan.actions.map((a) => [a.ref, a.source])).toEqual([
      ['1', { place: 'Page 1, line 3', page: 1, line: 3 }],
      ['ARC 1', { place: 'Page 1, line 6', page: 1, line: 6 }],
      ['ARC 2', { place: 'Page 1, line 8', page: 1, line: 8 }],
      ['ARC 3', { place: 'Page 2, line 1', page: 2, line: 1 }],
    ]);
    expect(plan.problems).toEqual([expect.stringMatching(/^Page 1, line 8: action ARC 2 has no lead/)]);
  });
});
