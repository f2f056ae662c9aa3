import { registerCsv } from '../../../src/export';
import { EMPTY, HYPERLINK, inputOf } from './export-fixture';

/** A small RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks; records end in CRLF. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"' && field === '') {
      const end = /^"((?:[^"]|"")*)"/.exec(text.slice(i));
      if (!end) throw new Error(`unterminated quote at ${i}`);
      field = end[1]!.replace(/""/g, '"');
      i += end[0].length;
      continue;
    }
    if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else if (c === '"' || c === '\n' || c === '\r') {
      throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    } else {
      field += c;
    }
    i++;
  }
  if (field !== '' || record.length > 0) throw new Error('last record does not end in CRLF');
  return records;
}

const HEADER = [
  'Reference', 'Board', 'Meeting date', 'No.', 'Action', 'Lead', 'Timing', 'Due', 'Status',
  'Days overdue (business)', 'Latest update', 'Updated by', 'Updated at',
];

describe('register (csv)', () => {
  const csv = registerCsv(inputOf());
  const records = parseCsv(csv.slice(1));

  it('starts with a UTF-8 BOM and ends every record with CRLF', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.endsWith('London residency criteria.,MPS,Ongoing,,Dark green,,Complete – 13th November 2021.,MPS lead,2022-05-06 11:00\r\n')).toBe(true);
    expect(records.every((r) => r.length === 13)).toBe(true);
  });

  it('parses back to the xlsx columns and one row per action in register order', () => {
    expect(records[0]).toEqual(HEADER);
    expect(records).toHaveLength(21);
    expect(records.slice(1).map((r) => r[0])).toEqual([
      ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `OB 10-Mar-2022 #${n}`),
      ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((n) => `OB 21-Apr-2022 #${n}`),
    ]);
    expect(records[1]).toEqual([
      'OB 10-Mar-2022 #1', 'MOPAC MPS Oversight Board', '2022-03-10', '1', 'Review handcuffing data and publish the findings.', 'MPS',
      'By 2022-04-01', '2022-04-01', 'Dark green', '', 'Published on 1 April 2022.', 'MPS lead', '2022-04-01 16:00',
    ]);
    expect(records[4]!.slice(8, 10)).toEqual(['Red', '14']);
    expect(records[8]).toEqual([
      'OB 10-Mar-2022 #8', 'MOPAC MPS Oversight Board', '2022-03-10', '8', 'Write to the Mayor about the pilot.', 'DMPC',
      'By 2022-05-06', '2022-05-06', 'Awaiting update', '1', '', '', '',
    ]);
  });

  it('keeps commas, quotes and line breaks inside quoted fields', () => {
    expect(records[7]![10]).toBe('\'+ two new members confirmed, "Youth panel" next.');
    expect(records[10]![10]).toBe('Milestones drafted.\nBoard review in June.');
    expect(csv).toContain(',"Milestones drafted.\nBoard review in June.",');
  });

  it('neutralises text that a spreadsheet would run as a formula, and only text', () => {
    expect(records[5]![4]).toBe(`'${HYPERLINK}`);
    expect(csv).toContain(',"\'=HYPERLINK(""http://example.com/x"",""Open the dashboard"")",');
    expect(records[12]![10]).toBe("'@channel roll-out slipped to July.");
    expect(records[14]![10]).toBe("'- 500 officers to be trained over 6 months.");
    expect(records.slice(1).map((r) => r[9]).filter(Boolean)).toEqual(['5', '14', '1', '4']);
  });

  it('for an empty register is the header line alone', () => {
    expect(registerCsv(EMPTY)).toBe(`\uFEFF${HEADER.join(',')}\r\n`);
  });
});
