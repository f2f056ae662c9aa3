import * as chrono from 'chrono-node';
import { findDates, mayNameADate } from '../../../src/domain/chat/chat-dates';
import { heldBackCorpus, trainingCorpus } from '../../support/language/corpus';
import { seededRandom } from '../../../src/domain/seeded-random';

/** What findDates asks chrono, for the same text. */
const chronoFinds = (text: string) => chrono.en.GB.parse(text, { instant: new Date('2025-06-09T12:00:00Z'), timezone: 'UTC' }, { forwardDate: true });

/** Words chrono knows, words that look like them, and ordinary words: put together at random, they make texts chrono reads oddly. */
const WORDS = [
  'what', 'is', 'overdue', 'open', 'for', 'MOPAC', 'red', 'which', 'actions', 'are', 'ones', 'lasts', 'the', 'second', 'a', 'an', 'd', 'm', 's', 'h', 'w', 'y', 'mo',
  'within', 'in', 'this', 'last', 'past', 'next', 'after', 'ago', 'later', 'few', 'several', 'couple', 'of', 'half', 'one', 'two', 'twelve', 'first', 'firstjune',
  'june', 'Sept', 'mon.', 'thurs', 'weekend', 'fortnight', 'noon', 'tonight', 'now', 'know', 'end', 'month', 'eom', 'qtr', 'yr', 'hrs', '+', '-', '5', 'x2',
  'update', 'status', 'summary', 'decision', 'blocked', 'done', 'slipping', 'MPS', 'DMPC', 'strip', 'search', 'due', 'by', 'before', 'until', 'o\'clock', 'am', 'pm',
];

describe('asking chrono only when a text may name a date', () => {
  it('when a question names no date, then chrono is not asked', () => {
    for (const q of ['what is overdue?', 'what is open for MOPAC', 'what is red', 'which actions are red', 'anything late for MPS', 'help', 'my actions']) expect(mayNameADate(q)).toBe(false);
    expect(findDates('what is open for mopac', '2025-06-09')).toEqual([]);
  });

  it('when chrono would find a date (even an odd one), then it is asked: in every phrasing of the corpus and in random word soup', () => {
    const texts = [...trainingCorpus(), ...heldBackCorpus()].map((r) => r.text);
    const random = seededRandom(11);
    for (let i = 0; i < 20_000; i++) {
      const n = 1 + Math.floor(random() * 5);
      texts.push(Array.from({ length: n }, () => WORDS[Math.floor(random() * WORDS.length)]!).join(random() < 0.8 ? ' ' : ''));
    }
    const missed = texts.filter((t) => !mayNameADate(t) && chronoFinds(t).length > 0);
    expect(missed).toEqual([]);
    // Not a gate that lets everything through.
    expect(texts.filter((t) => !mayNameADate(t)).length).toBeGreaterThan(1000);
  });
});
