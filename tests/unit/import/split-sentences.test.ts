import { Piece, appendLine, splitSentences } from '../../../src/import/split-sentences';

const piece = (...lines: string[]): Piece => lines.reduce<Piece | null>((p, text, i) => appendLine(p, text, 10 + i), null)!;
const texts = (p: Piece) => splitSentences(p).map((s) => s.text);

describe('splitSentences (Intl.Segmenter with the board\'s abbreviations)', () => {
  it('when prose has several sentences, then each is one sentence, on the line it starts', () => {
    const sentences = splitSentences(piece('The Board noted the report. It was agreed that MPS would share', 'the data by 13 May. DMPC asked for an update!'));
    expect(sentences).toEqual([
      { text: 'The Board noted the report.', line: 10 },
      { text: 'It was agreed that MPS would share the data by 13 May.', line: 10 },
      { text: 'DMPC asked for an update!', line: 11 },
    ]);
  });

  it.each([
    ['e.g.', 'MOPAC to publish the figures, e.g. the stop and search data. The Board agreed.'],
    ['No.', 'It was agreed that No. 7 would close. The Board agreed.'],
    ['Mr.', 'Mr. Okafor to write to the Chair. The Board agreed.'],
    ['Cllr.', 'Cllr. Byrne would brief members in June. The Board agreed.'],
    ['para.', 'See para. 4 of the letter for the timing. The Board agreed.'],
    ['a decimal', 'Spending of 3.5 million was approved. The Board agreed.'],
  ])('when a sentence holds %s, then it is not broken there', (_kind, text) => {
    expect(texts(piece(text))).toEqual([text.slice(0, text.indexOf(' The Board agreed.')), 'The Board agreed.']);
  });

  it('when a sentence ends in a quotation or a bracket, then the mark stays with it', () => {
    expect(texts(piece('The Chair said "agreed." Then the Board moved on. (Item 5 was deferred.) Next item.')))
      .toEqual(['The Chair said "agreed."', 'Then the Board moved on.', '(Item 5 was deferred.)', 'Next item.']);
  });

  it('when the piece is blank or has no full stop, then it is one sentence or none', () => {
    expect(texts(piece('   '))).toEqual([]);
    expect(texts(piece('MPS to review the policy'))).toEqual(['MPS to review the policy']);
  });
});
