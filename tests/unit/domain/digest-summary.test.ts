import type { Status } from '../../../src/domain/action';
import { RAG_COLOURS, countRag, summaryLines, summarySentence } from '../../../src/domain/digest';

/** Counts from that many actions at each status, through `countRag`. */
function counts(complete: number, onTrack: number, amber: number, red: number, awaiting: number) {
  const statuses: Status[] = [
    ...Array<Status>(complete).fill('complete'),
    ...Array<Status>(onTrack).fill('on_track'),
    ...Array<Status>(amber).fill('amber'),
    ...Array<Status>(red).fill('red'),
    ...Array<Status>(awaiting).fill('awaiting_update'),
  ];
  return countRag(statuses.map((status) => ({ status })));
}

describe('countRag', () => {
  it('when actions have every status, then each is counted and progressed excludes awaiting update', () => {
    const statuses: Status[] = ['complete', 'complete', 'on_track', 'amber', 'red', 'red', 'red', 'awaiting_update'];
    expect(countRag(statuses.map((status) => ({ status })))).toEqual({
      total: 8, progressed: 7, complete: 2, onTrack: 1, amber: 1, red: 3, awaitingUpdate: 1,
    });
  });

  it('when there are no actions, then every count is 0', () => {
    expect(countRag([])).toEqual({ total: 0, progressed: 0, complete: 0, onTrack: 0, amber: 0, red: 0, awaitingUpdate: 0 });
  });
});

describe('digest summary', () => {
  it.each([
    ['none in the register', counts(0, 0, 0, 0, 0),
      ['There are no actions in the register yet.'],
      'There are no actions in the register yet.'],
    ['all complete', counts(3, 0, 0, 0, 0),
      ['Of the 3 actions, all have been progressed:', '3 are complete (dark green)', '0 are in progress and on track (pale green)', 'There are no actions that are amber or red'],
      'Of the 3 actions, all have been progressed: 3 are complete (dark green) and 0 are in progress and on track (pale green). There are no actions that are amber or red.'],
    ['all awaiting an update', counts(0, 0, 0, 0, 4),
      ['Of the 4 actions, none have been progressed.', '4 are awaiting an update'],
      'Of the 4 actions, none have been progressed.'],
    ['mixed, the issue example', counts(5, 6, 1, 0, 7),
      ['Of the 19 actions, 12 have been progressed:', '5 are complete (dark green)', '6 are in progress and on track (pale green)', '1 is amber', '0 are red', '7 are awaiting an update'],
      'Of the 19 actions, 12 have been progressed: 5 are complete (dark green), 6 are in progress and on track (pale green), 1 is amber and 0 are red.'],
    ["the DCDG paper's 23 actions", counts(13, 10, 0, 0, 0),
      ['Of the 23 actions, all have been progressed:', '13 are complete (dark green)', '10 are in progress and on track (pale green)', 'There are no actions that are amber or red'],
      'Of the 23 actions, all have been progressed: 13 are complete (dark green) and 10 are in progress and on track (pale green). There are no actions that are amber or red.'],
    ['one action, complete', counts(1, 0, 0, 0, 0),
      ['Of the 1 action, 1 has been progressed:', '1 is complete (dark green)', '0 are in progress and on track (pale green)', 'There are no actions that are amber or red'],
      'Of the 1 action, 1 has been progressed: 1 is complete (dark green) and 0 are in progress and on track (pale green). There are no actions that are amber or red.'],
    ['one action, awaiting an update', counts(0, 0, 0, 0, 1),
      ['Of the 1 action, none has been progressed.', '1 is awaiting an update'],
      'Of the 1 action, none has been progressed.'],
    ['one action, amber', counts(0, 0, 1, 0, 0),
      ['Of the 1 action, 1 has been progressed:', '0 are complete (dark green)', '0 are in progress and on track (pale green)', '1 is amber', '0 are red'],
      'Of the 1 action, 1 has been progressed: 0 are complete (dark green), 0 are in progress and on track (pale green), 1 is amber and 0 are red.'],
    ['one on track and one red of three', counts(0, 1, 0, 1, 1),
      ['Of the 3 actions, 2 have been progressed:', '0 are complete (dark green)', '1 is in progress and on track (pale green)', '0 are amber', '1 is red', '1 is awaiting an update'],
      'Of the 3 actions, 2 have been progressed: 0 are complete (dark green), 1 is in progress and on track (pale green), 0 are amber and 1 is red.'],
    ['one progressed of five, no amber or red', counts(0, 1, 0, 0, 4),
      ['Of the 5 actions, 1 has been progressed:', '0 are complete (dark green)', '1 is in progress and on track (pale green)', 'There are no actions that are amber or red', '4 are awaiting an update'],
      'Of the 5 actions, 1 has been progressed: 0 are complete (dark green) and 1 is in progress and on track (pale green). There are no actions that are amber or red.'],
    ['several amber and red', counts(2, 2, 3, 2, 0),
      ['Of the 9 actions, all have been progressed:', '2 are complete (dark green)', '2 are in progress and on track (pale green)', '3 are amber', '2 are red'],
      'Of the 9 actions, all have been progressed: 2 are complete (dark green), 2 are in progress and on track (pale green), 3 are amber and 2 are red.'],
  ])('when %s, then the lines and the sentence read as the DCDG writes them', (_case, c, lines, sentence) => {
    expect(summaryLines(c)).toEqual(lines);
    expect(summarySentence(c)).toBe(sentence);
  });
});

describe('RAG colours', () => {
  it.each([
    ['complete', 'Dark green', '00703C', 'Good'],
    ['on_track', 'Pale green', 'C6EFCE', 'Good'],
    ['amber', 'Amber', 'FFC000', 'Warning'],
    ['red', 'Red', 'C00000', 'Attention'],
    ['awaiting_update', 'Awaiting update', 'D9D9D9', 'Default'],
  ] as const)('when the status is %s, then the label is %s, shading %s and card colour %s', (status, label, hex, card) => {
    expect(RAG_COLOURS[status]).toMatchObject({ label, hex, cardColor: card });
  });
});
