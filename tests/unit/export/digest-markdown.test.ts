import { digestMarkdown } from '../../../src/export';
import { ACTIONS, EMPTY, expectedTable, inputOf } from './export-fixture';

describe('digest (markdown)', () => {
  const input = inputOf();
  const md = digestMarkdown(input);
  const lines = md.split('\n');

  it('opens with the title, the date and the DCDG sentence as a line and bullets', () => {
    expect(lines.slice(0, 11)).toEqual([
      '# Action log: progress update',
      '',
      '**As of 9 May 2022**',
      '',
      'Of the 20 actions, 16 have been progressed:',
      '',
      '- 6 are complete (dark green)',
      '- 6 are in progress and on track (pale green)',
      '- 2 are amber',
      '- 2 are red',
      '- 4 are awaiting an update',
    ]);
  });

  it('has the sections in order, with the unreachable leads for chat', () => {
    expect(lines.filter((l) => l.startsWith('## '))).toEqual([
      '## Changes since the last digest', '## Overdue', '## Due in the next two weeks', '## Awaiting an update',
      '## Needs a date', '## Leads not reachable', '## Progress by action',
    ]);
    expect(md).toContain('- **OB 10-Mar-2022 #8** — DMPC — Write to the Mayor about the pilot. — 1 business day overdue (due 6 May 2022) — no update received');
    expect(md).toContain('- **OB 21-Apr-2022 #12** — MPS — Re-introduce the London residency criteria. — new action');
    expect(md).toContain('## Leads not reachable\n\n- **DMPC** — not reachable in Teams');
  });

  it('has one table per meeting and strand with a row per action, in order', () => {
    expect(lines.filter((l) => l.startsWith('### '))).toEqual([
      '### MOPAC MPS Oversight Board — 10 March 2022',
      '### MOPAC MPS Oversight Board — 21 April 2022',
      '### MOPAC MPS Oversight Board — 21 April 2022 — Trust and confidence',
    ]);
    const rows = lines.filter((l) => /^\| \d+ \|/.test(l));
    const expected = expectedTable(input).flatMap((g) => g.rows).map(([no, text, update, rag]) =>
      `| ${no} | ${text!.replace(/\s+/g, ' ')} | ${update!.replace(/\s+/g, ' ')} | ${rag} |`);
    expect(rows).toEqual(expected);
    expect(rows).toHaveLength(20);
    expect(rows[0]).toBe('| 1 | Review handcuffing data and publish the findings. | Published on 1 April 2022. | Dark green |');
    expect(rows[9]).toBe('| 2 | Set out the Outreach programme milestones. | Milestones drafted. Board review in June. | Pale green |');
    expect(md.match(/^\| No\. \| Action \| Update \| RAG \|$/gm)).toHaveLength(3);
  });

  it('escapes Markdown in people’s text so a pipe cannot break the table', () => {
    const odd = { ...ACTIONS[0]!, meetingDate: '2022-01-01', number: 1, text: 'Use *this* | not [that](http://x) <b>', latest: null, status: 'red' as const };
    const out = digestMarkdown(inputOf([odd]));
    expect(out).toContain('| 1 | Use \\*this\\* \\| not \\[that\\](http://x) \\<b\\> |  | Red |');
  });

  it('says plainly that there are no actions for an empty register', () => {
    expect(digestMarkdown(EMPTY)).toBe(
      '# Action log: progress update\n\n**As of 9 May 2022**\n\nThere are no actions in the register yet.\n\n_Prepared by Chaser on 9 May 2022 at 08:00._\n',
    );
  });
});

describe('the digest in Markdown with a protective marking', () => {
  it.each([['OFFICIAL', '**OFFICIAL**'], ['official_sensitive', '**OFFICIAL\\_SENSITIVE**']])('when the marking is %j, then the text opens and closes with %s', (marking, shown) => {
    const md = digestMarkdown({ ...inputOf(), marking });
    expect(md.startsWith(`${shown}\n\n# Action log: progress update`)).toBe(true);
    expect(md.endsWith(`._\n\n${shown}\n`)).toBe(true);
  });

  it('when no marking is set, then none is written', () => {
    expect(digestMarkdown(inputOf()).startsWith('# Action log: progress update')).toBe(true);
  });
});
