import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cliOn } from '../support/cli-harness';

/**
 * Hostile files through `chaser import`, end to end: every error names the row and the column (or the
 * field and its limit), and nothing is written while any row has an error.
 */
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'chaser-hostile-'));
function write(name: string, text: string): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, text);
  return file;
}

const HEADING = 'Finance Committee - actions from the meeting of 12 May 2022\nRef,Action,Lead,Due\n';

describe('hostile import files through the CLI', () => {
  it.each([
    ['a lead of 1,025 bytes', `1,Publish the plan,${'L'.repeat(1025)},30/06/2022\n`, /Row 3: action 1: the lead is 1,025 characters long; the limit is 200/],
    ['a lead of 201 characters with accents', `1,Publish the plan,${'é'.repeat(201)},30/06/2022\n`, /Row 3: action 1: the lead is 201 characters long; the limit is 200/],
    ['a lead with a control character', `1,Publish the plan,"MP\u0007S",30/06/2022\n`, /Row 3: action 1: the lead holds control characters/],
    ['a reference of 65 letters', `${'R'.repeat(65)},Publish the plan,MPS,30/06/2022\n`, /Row 3: the "Ref" column has "R+\.\.\.", which is not an action number/],
  ])('when a row has %s, then the import is refused naming the row and the limit, and nothing is written', async (_label, rows, message) => {
    const chaser = cliOn();
    const run = await chaser('import', write('finance.csv', HEADING + rows));
    expect(run.code).toBe(1);
    expect(run.err).toMatch(message);
    expect(await chaser.store().actions.listAll()).toHaveLength(0);
  });

  it('when one row of three is too long and only the valid rows are asked for, then the other two are imported and the long one is not', async () => {
    const chaser = cliOn();
    const rows = `1,Publish the plan,MPS,30/06/2022\n2,Brief the chair,${'x'.repeat(300)},30/06/2022\n3,Close the audit,MOPAC,31/07/2022\n`;
    const run = await chaser('import', write('finance.csv', HEADING + rows), '--valid-only');
    expect(run.code).toBe(0);
    expect((await chaser.store().actions.listAll()).map((a) => a.number).sort()).toEqual([1, 3]);
  });

  it('when the --lead option is over the limit, then every row says so and nothing is written', async () => {
    const chaser = cliOn();
    const run = await chaser('import', write('no-lead.csv', 'Finance Committee - actions from the meeting of 12 May 2022\nRef,Action,Due\n1,Publish the plan,30/06/2022\n'), '--lead', 'M'.repeat(250));
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/Row 3: action 1: the lead is 250 characters long; the limit is 200/);
    expect(await chaser.store().actions.listAll()).toHaveLength(0);
  });

  it('when the --board option is over the limit, then the import is refused naming the limit', async () => {
    const chaser = cliOn();
    const run = await chaser('import', write('finance.csv', HEADING + '1,Publish the plan,MPS,30/06/2022\n'), '--board', 'B'.repeat(201));
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/Row 3: action 1: the board name is 201 characters long; the limit is 200/);
    expect(await chaser.store().actions.listAll()).toHaveLength(0);
  });

  it.each([
    ['an Excel day number in Due', '1,Publish the plan,MPS,44694\n', 'warning', /Row 3: the "Due" column has "44694"/],
    ['TRUE as the lead', '1,Publish the plan,TRUE,30/06/2022\n', 'error', /Row 3: the "Lead" column has "TRUE"/],
    ['#REF! in Due', '1,Publish the plan,MPS,#REF!\n', 'error', /Row 3: the "Due" column has "#REF!"/],
    ['1/1/99999 in Due', '1,Publish the plan,MPS,1/1/99999\n', 'error', /Row 3: the "Due" column has "1\/1\/99999", which is not a date/],
    ['one cell more than the header', '1,Publish the plan,MPS,30/06/2022,End May\n', 'warning', /Row 3: the row has one more cell than the 4 headings \("End May" not read/],
    ['an unclosed quote', '1,"Publish the plan,MPS,30/06/2022\n2,Brief the chair,MOPAC,31/07/2022\n', 'error', /Row 3/],
  ])('when a CSV has %s, then the CLI says so naming row and column', async (_label, rows, severity, message) => {
    const chaser = cliOn();
    const run = await chaser('import', write('finance.csv', HEADING + rows), '--dry-run');
    const said = `${run.out}\n${run.err}`;
    expect(said).toMatch(message);
    if (severity === 'error') expect(run.code).toBe(1);
    expect(await chaser.store().actions.listAll()).toHaveLength(0);
  });
});
