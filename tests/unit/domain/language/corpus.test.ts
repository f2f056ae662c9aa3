import { INTENTS } from '../../../../src/domain/language';
import { corpusContext, heldBackCorpus, trainingCorpus } from '../../../support/language/corpus';
import { entityProblems, evaluate } from '../../../support/language/evaluate';
import { understand } from '../../../../src/domain/language';

const training = trainingCorpus();
const heldBack = heldBackCorpus();
const context = corpusContext();

describe('the language corpus', () => {
  it('when the corpus is counted, then it has at least 500 phrasings of which at least 150 are held back', () => {
    expect(training.length + heldBack.length).toBeGreaterThanOrEqual(500);
    expect(training.length).toBeGreaterThanOrEqual(350);
    expect(heldBack.length).toBeGreaterThanOrEqual(150);
  });

  it('when a held-back phrasing is looked for among the training ones, then none is there (the model never saw them)', () => {
    const seen = new Set(training.map((r) => r.text.toLowerCase().trim()));
    expect(heldBack.filter((r) => seen.has(r.text.toLowerCase().trim())).map((r) => r.text)).toEqual([]);
  });

  it('when every expected intent is read, then each is one Chaser knows and every reply and question kind is covered', () => {
    const used = new Set([...training, ...heldBack].map((r) => r.intent));
    expect([...used].filter((i) => !(INTENTS as readonly string[]).includes(i))).toEqual([]);
    for (const kind of ['status-update', 'implied-outcome', 'undo', 'reopen', 'chase', 'question:awaiting-update', 'question:search', 'chit-chat']) {
      expect(heldBack.some((r) => r.intent === kind)).toBe(true);
    }
  });
});

describe('the classifier on the held-back phrasings (issue #16 goals)', () => {
  const ev = evaluate(heldBack, context);

  it('when the held-back phrasings are classified, then at least 95% get the intent meant', () => {
    const accuracy = ev.intentCorrect / ev.total;
    if (accuracy < 0.95) throw new Error(`accuracy ${accuracy}; misses:\n${ev.misses.map((m) => `${m.text} → ${m.got}, meant ${m.expected}`).join('\n')}`);
    expect(accuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('when held-back replies are classified, then at most 1% are read as questions', () => {
    expect(ev.replies).toBeGreaterThan(50);
    expect(ev.repliesAsQuestions / ev.replies).toBeLessThanOrEqual(0.01);
  });

  it('when held-back status updates name an action, then none is read as naming another action or meeting', () => {
    expect(ev.updatesOnWrongAction).toBe(0);
  });
});

describe('entities across the whole corpus', () => {
  it.each([['training', training], ['held-back', heldBack]] as const)(
    'when the %s phrasings are read, then every expected action, meeting, lead, status, revised date and subject is found',
    (_name, rows) => {
      const wrong = rows
        .map((r) => ({ text: r.text, problems: entityProblems(understand(r.text, context), r.expect, context) }))
        .filter((r) => r.problems.length);
      expect(wrong).toEqual([]);
    },
  );
});
