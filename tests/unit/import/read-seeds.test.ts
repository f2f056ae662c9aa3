import { readDocument } from '../../../src/import/read-document';
import { LETTER, NOTE_2018, NOTE_2021, PROGRESS, RECORD, seedBytes } from './seeds';

describe('reading the seed documents', () => {
  it('when the follow-up letter is read, then its annex gives the 19 actions with timings and leads exactly as written', async () => {
    const reading = await readDocument(LETTER, seedBytes(LETTER));

    expect(reading.board).toBe('MOPAC MPS Oversight Board');
    expect(reading.meetingDate).toBe('2022-04-21'); // not the letter's own date, 04/05/2022
    expect(reading.drafts.map((d) => d.number)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
    const leads = new Map(reading.drafts.map((d) => [d.number, d.lead]));
    for (const [n, lead] of leads) expect([n, lead]).toEqual([n, n === 12 || n === 18 ? 'MOPAC' : 'MPS']);
    const timing = (n: number): string | undefined => reading.drafts.find((d) => d.number === n)?.timing;
    expect(timing(12)).toBe('-16 June Quarterly Public Review meeting -21 July Disproportionality Board meeting');
    expect(timing(1)).toBe('For discussion at the June DMPC-AC Met Operations meeting.');
    expect(timing(2)).toBe('January 2023 Oversight Board report');
    expect(timing(5)).toBe('By 13 May');
    expect(timing(8)).toBe('Immediately');
    expect(timing(9)).toBe('By mid-May');
    expect(timing(13)).toBe('For discussion at next DMPC-Cmdr Jane Connors meeting');
    expect(timing(16)).toBe('End April');
    expect(timing(17)).toBe('By end May 2022');
    expect(timing(19)).toBe('By 13 April');
    expect(reading.drafts[7]!.text).toBe("MPS to send MOPAC the Safer Schools Officer report 'as is'.");
    expect(reading.drafts[3]!.text).toContain('arising from PIOSS reviews - incidents identified'); // en dash read as '-'
    expect(reading.drafts[12]!.place).toEqual({ line: 70 }); // after the blank line inside the table
    expect(reading.problems).toEqual([]);
    expect(reading.suggestions).toEqual([]);
  });

  it('when the meeting record is read, then its three "Action N:" lines are the drafts, led by the MPS, with no timing column', async () => {
    const reading = await readDocument(RECORD, seedBytes(RECORD));

    expect(reading.board).toBe('Performance and Risk Oversight Board');
    expect(reading.meetingDate).toBe('2023-08-31'); // not the 28 April 2023 minutes agreed in para 1.1
    expect(reading.drafts.map((d) => [d.number, d.lead, d.timing])).toEqual([
      [1, 'MPS', ''],
      [2, 'MPS', ''],
      [3, 'MPS', ''],
    ]);
    expect(reading.drafts[0]!.text).toBe(
      'MPS to share with MOPAC as soon as possible the data on the use of handcuffs during a stop and search, including age and ethnicity.',
    );
    expect(reading.drafts[0]!.place).toEqual({ line: 46 });
    expect(reading.problems).toEqual([]);
  });

  it('when the meeting record is read, then no suggestion repeats an action (paragraphs 4.3, 4.5 and 4.6 already hold Action lines)', async () => {
    const reading = await readDocument(RECORD, seedBytes(RECORD));

    const texts = reading.suggestions.map((s) => s.text).join('\n');
    expect(texts).not.toMatch(/undertook to share this data/);
    expect(texts).not.toMatch(/would advise MOPAC whether/);
    expect(reading.suggestions).toEqual([]);
  });

  it('when an Action line is taken out of the record, then the undertaking in its paragraph becomes a suggestion', async () => {
    const text = seedBytes(RECORD).toString('utf8').replace(/ {2}- \*\*Action 1:\*\*[^\n]*\n/, '');

    const reading = await readDocument('record.md', Buffer.from(text));

    expect(reading.drafts.map((d) => d.number)).toEqual([2, 3]);
    expect(reading.suggestions).toEqual([
      {
        text: 'The MPS undertook to share this data with MOPAC as soon as possible, noting that there may be issues with linking this data.',
        lead: 'MPS',
        place: { line: 45 },
      },
    ]);
  });

  it('when the 2021 meeting note is read, then its decisions in prose are suggestions, never drafts', async () => {
    const reading = await readDocument(NOTE_2021, seedBytes(NOTE_2021));

    expect(reading.drafts).toEqual([]);
    expect(reading.board).toBe('MOPAC MPS Oversight Board');
    expect(reading.meetingDate).toBe('2021-03-12');
    expect(reading.suggestions.map((s) => [s.text, s.lead])).toEqual([
      ['It was agreed that the MPS would keep the DMPC updated on this.', 'MPS'],
      ['It was agreed that more detail on this would be provided for the next Oversight Board meeting.', null],
      [
        'HMICFRS Stop and Search Review: The MPS would provide for the next update to Oversight Board advice on how they were implementing the recommendations from the HMICFRS 2021 report on stop and search.',
        'MPS',
      ],
      [
        'It was agreed that the next update on the use of force would cover the learning that that the MPS derives from the analysis of the data, and how supervisors ensure force is used proportionately.',
        null,
      ],
    ]);
    expect(reading.suggestions[0]!.place).toEqual({ line: 29 }); // the sentence wraps over lines 29-30
  });

  it('when the 2018 meeting note is read, then it gives suggestions but no drafts', async () => {
    const reading = await readDocument(NOTE_2018, seedBytes(NOTE_2018));

    expect(reading.drafts).toEqual([]);
    expect(reading.board).toBe('Extraordinary Oversight Board');
    expect(reading.meetingDate).toBe('2018-02-05');
    expect(reading.suggestions.map((s) => s.place.line)).toEqual([23, 35]);
    expect(reading.suggestions[0]!.text).toMatch(/^The Deputy Mayor asked that a final assessment of its use/);
    expect(reading.suggestions[1]!.text).toMatch(/would provide formal advice in due course\.$/);
  });

  it('when the DCDG progress paper is read, then its headerless table gives updates and RAG, with the lost header, missing leads and number 16 reported', async () => {
    const reading = await readDocument(PROGRESS, seedBytes(PROGRESS));

    expect([reading.board, reading.meetingDate]).toEqual(['MOPAC MPS Oversight Board', '2021-06-15']);
    expect(reading.drafts.map((d) => d.number)).toEqual([...Array.from({ length: 15 }, (_, i) => i + 1), 17, 18, 19, 20, 21, 22, 23]);
    const status = (n: number) => reading.drafts.find((d) => d.number === n)?.status;
    expect([status(1), status(4), status(5), status(23)]).toEqual(['on_track', 'amber', 'amber', 'on_track']); // 5's RAG is a Greek capital alpha
    expect(reading.drafts[0]!.update).toMatch(/^The initial 6 month pilot has been extended.* White Other which only 18% of Londoners identify as\.$/);
    expect(reading.drafts[22 - 1]!.text).toMatch(/^MOPAC, the MPS and the GLA will review how data sharing between organisations is working/);
    expect(reading.problems.map((p) => [p.place.line, p.field])).toEqual([
      [41, 'header'],
      [41, 'lead'],
      [63, 'number'],
    ]);
    expect(reading.problems[2]!.message).toMatch(/^Line 63: action 17 follows action 15, so action 16 is missing/);
  });
});
