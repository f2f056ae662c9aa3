import { englandAndWalesCalendar } from '../../../src/domain/business-days';
import { explainTiming, findTimingInText } from '../../../src/domain/timing';

const calendar = englandAndWalesCalendar();
const R = '2022-04-21';
/** A later meeting of the seed board. */
const AUGUST = '2023-08-31';

describe('findTimingInText', () => {
  it.each([
    ['MPS to share with MOPAC as soon as possible the data on the use of handcuffs during a stop and search, including age and ethnicity.', AUGUST, 'as soon as possible', '2023-09-14', 'inferred'],
    ['MPS to write to MOPAC by 9 January.', AUGUST, 'by 9 January', '2024-01-09', 'exact'],
    ['MPS to report back immediately on the review.', AUGUST, 'immediately', '2023-09-04', 'inferred'],
    ['MPS to send the draft plan by the end of June.', AUGUST, 'by the end of June', '2024-06-30', 'exact'],
    ['MOPAC to circulate the paper within two weeks.', AUGUST, 'within two weeks', '2023-09-14', 'exact'],
    ['MPS to provide the figures by 30/06/2022.', R, 'by 30/06/2022', '2022-06-30', 'exact'],
    ['MPS to confirm no later than 13 May whether the pilot continues.', R, 'no later than 13 May', '2022-05-13', 'exact'],
    ['MPS to brief members by the June board.', R, 'by the June', '2022-06-01', 'inferred'],
    ['MPS to reply by Friday 13 October 2023.', AUGUST, 'by Friday 13 October 2023', '2023-10-13', 'exact'],
    ['MPS to share the data ASAP.', AUGUST, 'ASAP', '2023-09-14', 'inferred'],
    ['MPS to publish the\u00a0results by\u00a0end\u2013May.', R, 'by\u00a0end\u2013May', '2022-05-31', 'exact'],
  ])('when the text is %j at a meeting on %s, then it finds %j due %s %s', (text, meeting, phrase, due, resolution) => {
    expect(findTimingInText(text, meeting, calendar)).toEqual({ phrase, reading: { due, resolution, flags: ['from-text'], milestones: [], superseded: [] } });
  });

  it.each([
    ['MPS to advise MOPAC whether it reviewed every incident of the use of taser on a child.'],
    ['MOPAC to correct the minutes of the 28 April 2023 meeting.'],
    ['MPS to review the guidance published in January 2021.'],
    ['MPS may share the data with the panel.'],
    ['MPS to explain the rise in 3 months of stop and search.'],
    ['MPS to look again at the summer 2022 figures.'],
    [''],
  ])('when the text is %j, then there is no timing in it', (text) => {
    expect(findTimingInText(text, AUGUST, calendar)).toBeNull();
  });

  it('when the text names two deadlines, then the earliest is due and the other a milestone', () => {
    expect(findTimingInText('MPS to send an interim report by 13 May and a final report by 30 June.', R, calendar)).toEqual({
      phrase: 'by 13 May; by 30 June',
      reading: { due: '2022-05-13', resolution: 'exact', flags: ['milestones', 'from-text'], milestones: ['2022-06-30'], superseded: [] },
    });
  });

  it('when the text names a deadline that is not a date, then it is found but needs a date', () => {
    expect(findTimingInText('MPS to report by 31 June.', R, calendar)).toEqual({
      phrase: 'by 31 June',
      reading: { due: null, resolution: 'none', flags: ['needs-date', 'from-text'], milestones: [], superseded: [] },
    });
  });
});

describe('explainTiming', () => {
  it.each([
    ['31 June', '"31 June" is not a date (June has 30 days)'],
    ['By 31st June 2022', '"31st June 2022" is not a date (June has 30 days)'],
    ['30/02/2022', '"30/02/2022" is not a date (February 2022 has 28 days)'],
    ['By 30 February', '"30 February" is not a date (February has at most 29 days)'],
    ['2022-13-01', '"2022-13-01" is not a date (there is no month 13)'],
    ['0 May 2022', '"0 May 2022" is not a date (there is no day 0)'],
    ['Q3 2022-24', '"Q3 2022-24" is not a financial year (2022 is followed by 2023)'],
    ['Ongoing', 'no date or period in "Ongoing"'],
    ['  ', 'the timing is empty'],
  ])('when the timing is %j, then there is no due date because %s', (timing, problem) => {
    expect(explainTiming(timing, R, calendar)).toEqual({
      reading: { due: null, resolution: 'none', flags: ['needs-date'], milestones: [], superseded: [] },
      problem,
      invalidDate: !problem.startsWith('no date') && problem !== 'the timing is empty',
    });
  });

  it('when the timing reads, then there is no problem', () => {
    expect(explainTiming('By 13 May', R, calendar)).toEqual({
      reading: { due: '2022-05-13', resolution: 'exact', flags: [], milestones: [], superseded: [] },
      problem: null,
      invalidDate: false,
    });
  });
});

describe('explainTiming tells an impossible date from a missing one', () => {
  it.each([
    ['By 31 June 2022', true],
    ['30/02/2022', true],
    ['Ongoing', false],
    ['', false],
  ])('when the timing is %j, then invalidDate is %s', (timing, invalid) => {
    expect(explainTiming(timing, '2022-04-21', calendar).invalidDate).toBe(invalid);
  });
});

/** A Thursday meeting in October 2023. */
const OCTOBER = '2023-10-12';
/** A committee meeting in May 2023. */
const MAY = '2023-05-10';

describe('findTimingInText finds a timing wherever it stands', () => {
  it.each([
    ['MPS to present the findings to the Ethics Panel mid January.', OCTOBER, 'mid January', '2024-01-15', 'exact'],
    ['MOPAC to brief the Deputy Mayor early December', OCTOBER, 'early December', '2023-12-07', 'inferred'],
    ['MPS to send the list next week.', OCTOBER, 'next week', '2023-10-20', 'inferred'],
    ['MPS to share the draft with the panel on Friday.', OCTOBER, 'Friday', '2023-10-13', 'inferred'],
    ['MPS to bring the revised plan to the December Board.', OCTOBER, 'December', '2023-12-01', 'inferred'],
    ['MPS to present the figures to the board in Q3 23/24.', OCTOBER, 'Q3 23/24', '2023-12-31', 'exact'],
    ['Finance to bring the revised savings plan by 30 June.', MAY, 'by 30 June', '2023-06-30', 'exact'],
  ])('when the text is %j at a meeting on %s, then it finds %j due %s %s', (text, meeting, phrase, due, resolution) => {
    expect(findTimingInText(text, meeting, calendar)).toEqual({
      phrase, reading: { due, resolution, flags: ['from-text'], milestones: [], superseded: [] },
    });
  });

  it.each([
    ['MPS to report the figures for the year to 31 March 2023.'], // already past: a period, not a deadline
    ['MPS to circulate the report of 30 November.'],
    ['MPS to update on progress since January.'],
    ['MPS to review the data published in March 2024.'],
    ['MPS to write to the chair about the 13 May incident.'],
    ['MPS to present the Q3 23/24 figures to the board.'],
    ['The DMPC asked for an update on the plan, which was discussed in June.'],
  ])('when the text is %j, then the date in it is no deadline', (text) => {
    expect(findTimingInText(text, OCTOBER, calendar)).toBeNull();
  });

  it('when the text revises its deadline, then the revised date is due and the first kept as superseded', () => {
    expect(findTimingInText('MPS to report by 30 June (extended to 31 July).', MAY, calendar)).toEqual({
      phrase: 'by 30 June; 31 July',
      reading: { due: '2023-07-31', resolution: 'exact', flags: ['revised', 'from-text'], milestones: [], superseded: ['2023-06-30'] },
    });
  });

  it('when the text ends with an original and a revised date, then the original comes along as superseded', () => {
    expect(findTimingInText('DoI to report volunteer options. Original: 30/11/23 Revised: 31/01/24', MAY, calendar)).toEqual({
      phrase: '30/11/23; 31/01/24',
      reading: { due: '2024-01-31', resolution: 'exact', flags: ['revised', 'from-text'], milestones: [], superseded: ['2023-11-30'] },
    });
  });

  it('when the text ends with two dates and no words between them, then the last is due and the reading ambiguous', () => {
    expect(findTimingInText('DoSCE to give assurance on training compliance 13.09.2023 08.11.2023', MAY, calendar)).toEqual({
      phrase: '13.09.2023; 08.11.2023',
      reading: { due: '2023-11-08', resolution: 'exact', flags: ['ambiguous', 'from-text'], milestones: [], superseded: ['2023-09-13'] },
    });
  });

  it('when a narrative sentence ends with a date, then it is no deadline', () => {
    expect(findTimingInText('I discussed this issue with the Chief Inspector on 25 November.', OCTOBER, calendar)).toBeNull();
    expect(findTimingInText('Starting this month, we will give the training to all probationers.', OCTOBER, calendar)).toBeNull();
    expect(findTimingInText('The increase was discussed at the meeting I had with the Commander on 26 April.', OCTOBER, calendar)).toBeNull();
  });

  it('when a sentence ends with the meeting day itself, then it is no deadline', () => {
    expect(findTimingInText('Thank you for the productive Oversight Board meeting on 12 October 2023.', OCTOBER, calendar)).toBeNull();
  });
});
