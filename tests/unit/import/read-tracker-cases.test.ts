import { readFixture, dueOf } from './fixtures';

/** The import cases' "Tables as trackers write them", one test per row (the documents are in tests/fixtures/import). */
describe('tables as trackers write them', () => {
  it('when a workbook has Due date and Revised due date columns, then the revised date wins and the original is kept', async () => {
    const reading = await readFixture('revised-due-date-column-ignored.xlsx');

    expect(reading.drafts.map((d) => [d.ref, d.due, d.originalDue])).toEqual([['1', '2022-07-29', '2022-05-13'], ['2', '2022-05-31', undefined]]);
    expect(reading.problems).toEqual([]);
  });

  it('when the heading says the list was "compiled 4 July 2012", then that is not taken as the meeting date', async () => {
    const reading = await readFixture('compiled-date-taken-as-meeting-date.txt');

    expect(reading.meetingDate).toBeNull();
    expect(reading.drafts).toHaveLength(5);
  });

  it('when a tracker has TARGET DATE and NEW DATE columns, then with the meeting of 16 May 2012 the new date wins and the target is kept', async () => {
    const reading = await readFixture('compiled-date-taken-as-meeting-date.txt');

    expect(reading.drafts.map((d) => dueOf(d, '2012-05-16'))).toEqual(['2012-08-14', '2012-09-30', '2012-07-17', '2012-11-13', '2012-09-11']);
    expect(reading.drafts.map((d) => d.originalTiming)).toEqual(['June', undefined, undefined, undefined, '17 July']);
    expect(reading.drafts.map((d) => d.item)).toEqual(['Action tracker', 'Inpatient survey', 'Business delivery', 'Corp Perf', 'Major trauma']);
  });

  it('when the references are minute numbers such as 01.05 and 4.01, then each is kept as written and the actions are numbered by position', async () => {
    const reading = await readFixture('decimal-minute-refs-01.05.txt');

    expect(reading.meetingDate).toBeNull();
    expect(reading.drafts.map((d) => [d.number, d.ref])).toEqual([[1, '01.05'], [2, '02.05'], [3, '05.05'], [4, '06.05'], [5, '4.01'], [6, '3.01']]);
    expect(reading.drafts.map((d) => dueOf(d, '2012-05-16'))).toEqual(['2012-08-14', '2012-09-30', '2012-07-17', '2012-08-14', '2012-11-13', '2012-09-11']);
    expect(reading.problems.filter((p) => p.severity !== 'warning')).toEqual([]);
  });

  it('when a Word table has rows spanning it ("May 2022", "April 2022"), then they are sections, not actions or errors, and a month alone is said in the preview', async () => {
    const reading = await readFixture('section-rows-in-table.docx');

    expect(reading.meetingDate).toBe('2022-05-26');
    expect(reading.drafts.map((d) => [d.ref, d.section, d.meetingDate, d.meetingMonth])).toEqual([
      ['1', 'May 2022', undefined, undefined],
      ['2', 'May 2022', undefined, undefined],
      ['3', 'April 2022', undefined, '2022-04'],
    ]);
    expect(reading.problems.map((p) => [p.severity, p.message])).toEqual([
      ['warning', expect.stringMatching(/^Table 1, row 3: the section "May 2022" gives the month of its actions' meeting but not the day, so the document's meeting \(26 May 2022\) is taken as their meeting/)],
      ['warning', expect.stringMatching(/^Table 1, row 6: the section "April 2022" gives the month of its actions' meeting but not the day, so the document's meeting \(26 May 2022\) is used for them/)],
    ]);
  });

  it('when a Lead cell is merged down over rows 1 to 3 of a Word table, then each of the three actions has that lead', async () => {
    const reading = await readFixture('docx-vertical-merge-lead-rowspan.docx');

    expect(reading.drafts.map((d) => [d.ref, d.lead])).toEqual([
      ['1', 'Director of Estates'], ['2', 'Director of Estates'], ['3', 'Director of Estates'], ['4', 'Chief People Officer'],
    ]);
    expect(reading.drafts[0]!.place).toEqual({ table: 1, row: 2 });
    expect(reading.problems).toEqual([]);
  });

  it('when the columns are Ref / Recommendation / Responsible Officer / Due date, then it is an action table with its board and meeting', async () => {
    const reading = await readFixture('header-recommendation-column.csv');

    expect([reading.board, reading.meetingDate]).toEqual(['Governance Committee', '2024-09-23']);
    expect(reading.drafts.map((d) => [d.lead, d.due])).toEqual([['Head of Resilience', '2024-12-31'], ['Revenues Manager', '2024-10-31']]);
  });

  it('when the statuses are Not yet due, Ongoing, a narrative and Proposed for closure, then all four import and the narrative is kept with a warning', async () => {
    const reading = await readFixture('status-words-not-yet-due-ongoing.txt');

    expect(reading.drafts.map((d) => [d.status, d.update, d.proposedForClosure])).toEqual([
      [undefined, undefined, undefined],
      ['on_track', undefined, undefined],
      [undefined, 'Verbal update to be provided', undefined],
      ['complete', undefined, true],
    ]);
    expect(reading.problems.map((p) => [p.severity, p.field])).toEqual([['warning', 'status']]);
    expect(reading.problems[0]!.message).toMatch(/^Line 7: the "Status" column has "Verbal update to be provided", which is not a status Chaser knows, so it is kept as the update text/);
  });

  it('when minutes mark actions with ACTION: owner lines and bold Action: lines, then four actions in document order with their leads', async () => {
    const reading = await readFixture('unnumbered-action-owner-lines.md');

    expect([reading.board, reading.meetingDate]).toEqual(['Overview and Scrutiny Committee', '2013-01-22']);
    expect(reading.drafts.map((d) => [d.number, d.lead, d.timing, d.text])).toEqual([
      [1, 'Councillor Rowe', '', 'The Chair agreed to write to the Cabinet Member asking why the board minutes could not be shared before April.'],
      [2, 'Scrutiny Officer', '', 'The budget scrutiny timetable to be circulated to members by the end of February.'],
      [3, 'Treasurer', '', 'Treasurer to circulate a revised reserves policy by the end of April.'],
      [4, 'RM', '', 'RM to chase the volunteers and confirm completion by 30 April.'],
    ]);
    expect(reading.suggestions).toEqual([]);
    expect(reading.problems).toEqual([]);
  });

  it('when an update is longer than one Azure Tables property, then the reading warns naming the row, the field and the limit', async () => {
    const reading = await readFixture('update-over-32k-chars-azure-64kib.xlsx');

    expect(reading.drafts).toHaveLength(2);
    expect(reading.drafts[1]!.update!.length).toBeGreaterThan(32_000); // kept whole: the writer splits or refuses
    expect(reading.problems.map((p) => [p.severity, p.field, p.place])).toEqual([['warning', 'update', { row: 4 }]]);
    expect(reading.problems[0]!.message).toMatch(/^Row 4: the update of action 2 is 41,\d{3} characters, more than the 32,000 characters one Azure Tables field holds/);
  });

  it('when a Due date column holds 13-Nov-23, Jan-24, 31-Mar-2024 and 09-JAN-2024, then the whole dates are dates and the month alone is left to the timing reader', async () => {
    const reading = await readFixture('hyphen-dates-d-mmm-yy.csv');

    expect(reading.meetingDate).toBe('2023-10-12');
    expect(reading.drafts.map((d) => [d.due, d.timing])).toEqual([['2023-11-13', ''], [undefined, 'Jan-24'], ['2024-03-31', ''], ['2024-01-09', '']]);
    expect(reading.problems).toEqual([]);
  });
});
