import { actionDetailCard, answerListCard, soonestDueFirst } from '../../../src/cards/answer-cards';
import { timingText } from '../../../src/cards/action-view';
import { clipAtWord } from '../../../src/cards/clip-text';
import { neutraliseForReply } from '../../../src/cards/plain-reply';
import { REFRESH_USERS_MAX, refreshUserIds } from '../../../src/cards/refresh-users';
import { reminderCard } from '../../../src/cards/reminder-card';
import { cardText } from '../../support/bot-harness';
import { anAction } from '../../support/builders';
import { TODAY, calendar } from './card-fixtures';

describe('cutting text at a word', () => {
  const texts = [
    'MPS to provide a written update on the data quality workstream, covering sampling and assurance.',
    'Mae’r grŵp wedi adolygu’r data — “cynnydd” ✅ 📊 a’r camau nesaf ar gyfer y bwrdeistrefi peilot.',
    'short',
    'Supercalifragilisticexpialidocious-and-then-some-more-without-spaces',
  ];

  it.each(texts)('when "%s" is cut at every length, then the cut falls between words, ends in "…", never exceeds the length and is a prefix of the text', (text) => {
    const words = text.split(' ');
    for (let max = 2; max <= text.length + 2; max++) {
      const { text: shown, clipped } = clipAtWord(text, max);
      expect(Array.from(shown).length).toBeLessThanOrEqual(Math.max(max, 2));
      if (!clipped) {
        expect(shown).toBe(text);
        continue;
      }
      expect(shown.endsWith('…')).toBe(true);
      const kept = shown.slice(0, -1);
      expect(text.startsWith(kept)).toBe(true);
      const firstWordFits = Array.from(words[0]!).length < max;
      if (firstWordFits) expect({ max, next: /[\s,;:.\-–—]/.test(text.charAt(kept.length)) }).toEqual({ max, next: true });
    }
  });

  it('when any text (emoji, accents, lone surrogates, odd whitespace, long or short) is cut, then it is cut exactly as folding and splitting the whole text would', () => {
    // The reading before the fast paths: fold the whitespace, then split the whole text into code points.
    const wholeSplit = (text: string, max: number) => {
      const flat = text.replace(/\s+/g, ' ').trim();
      const chars = Array.from(flat);
      if (chars.length <= max) return { text: flat, clipped: false };
      const head = chars.slice(0, Math.max(1, max - 1)).join('');
      const kept = chars[max - 1] !== ' ' && head.lastIndexOf(' ') > 0 ? head.slice(0, head.lastIndexOf(' ')) : head;
      return { text: `${kept.replace(/[\s,;:.\-–—]+$/u, '')}…`, clipped: true };
    };
    const pieces = ['📊', 'a', 'é', ' ', 'word', '—', '🧨🔥', 'x\ud800', ',', '  ', 'plain', 'text', ' ', '\n', '\t', '\u00a0', 'more'];
    for (let seed = 1; seed < 400; seed++) {
      const text = Array.from({ length: 5 + (seed % 60) }, (_, i) => pieces[(seed * 7 + i * i) % pieces.length]).join('');
      for (const max of [1, 2, 3, 5, 8, 13, 40]) expect(clipAtWord(text, max)).toEqual(wholeSplit(text, max));
    }
  });

  it('when text has runs of spaces and new lines, then they fold to one space', () => {
    expect(clipAtWord('  MPS  to\n\nshare   data ', 100)).toEqual({ text: 'MPS to share data', clipped: false });
  });
});

describe('refresh.userIds', () => {
  it('when given MRIs, Entra object ids and UPNs, then only the MRIs are kept, once each, in order', () => {
    expect(refreshUserIds(['29:1abc', '6f1c2d3e-aaaa-bbbb-cccc-0123456789ab', 'cmdr.smith@met.police.uk', '29:1abc', '8:orgid:6f1c2d3e', '', '29:2def'])).toEqual(['29:1abc', '8:orgid:6f1c2d3e', '29:2def']);
  });

  it('when more than 60 people may see a card, then the first 60 are kept', () => {
    const many = Array.from({ length: 75 }, (_, i) => `29:user-${i}`);
    expect(refreshUserIds(many)).toEqual(many.slice(0, REFRESH_USERS_MAX));
    expect(REFRESH_USERS_MAX).toBe(60);
    const card = reminderCard({ title: 'T', subtitle: 'S', items: [{ action: anAction(), headline: 'due tomorrow', overdue: false }], refreshUserMris: many });
    expect((card.refresh as { userIds: string[] }).userIds).toHaveLength(60);
  });
});

describe('list order and timings', () => {
  it('when a list is headed "Soonest due first", then undated actions come last and ties keep their order', () => {
    const actions = [anAction({ number: 1, due: null }), anAction({ number: 2, due: '2022-06-01' }), anAction({ number: 3, due: '2022-05-13' }), anAction({ number: 4, due: null }), anAction({ number: 5, due: '2022-05-13' })];
    expect(soonestDueFirst(actions).map((a) => a.number)).toEqual([3, 5, 2, 1, 4]);
    const card = answerListCard({ title: '5 open actions', subtitle: 'Soonest due first.', actions, page: 0, question: 'my actions', today: TODAY, calendar, order: 'soonest-due' });
    const refs = cardText(card).split('\n').filter((l) => l.startsWith('OB 21-Apr-2022 #')).map((l) => l.split(' · ')[0]);
    expect(refs).toEqual(['OB 21-Apr-2022 #3', 'OB 21-Apr-2022 #5', 'OB 21-Apr-2022 #2', 'OB 21-Apr-2022 #1', 'OB 21-Apr-2022 #4']);
  });

  it('when a timing names several dates, then the card shows the dated milestones, not the words', () => {
    expect(timingText(anAction({ timing: 'Interim report by 13 May; final report by end of June', due: '2022-05-13', milestones: ['2022-06-30'], flags: ['milestones'] }))).toBe('Milestones: 13 May 2022, 30 June 2022');
    expect(timingText(anAction({ timing: 'Q1, Q2 and Q3 2022-23', due: '2022-06-30', milestones: ['2022-09-30', '2022-12-31'], flags: ['milestones'] }))).toBe('Milestones: 30 June 2022, 30 September 2022, 31 December 2022');
    expect(timingText(anAction({ timing: 'By 13 May' }))).toBe('By 13 May');
    expect(timingText(anAction({ timing: '' }))).toBe('—');
    const card = reminderCard({ title: 'T', subtitle: 'S', items: [{ action: anAction({ timing: 'By 13 May and 30 June', milestones: ['2022-06-30'], flags: ['milestones'] }), headline: 'due soon', overdue: false }], refreshUserMris: [] });
    expect(cardText(card)).toContain('Timing: Milestones: 13 May 2022, 30 June 2022');
  });
});

describe('people\'s text in a plain reply', () => {
  it.each([
    ['[click here](https://evil.example)', '\\[click here\\](https://evil.example)'],
    ['<at>Jane</at> **URGENT**', '&lt;at&gt;Jane&lt;/at&gt; \\*\\*URGENT\\*\\*'],
    ['- a list\n1. numbered\n# heading', '\\- a list\n1\\. numbered\n\\# heading'],
    ['snake_case `code` a|b ~strike~ & co', 'snake\\_case \\`code\\` a\\|b \\~strike\\~ &amp; co'],
    ['MPS-led review, 10 May', 'MPS-led review, 10 May'],
  ])('when someone wrote %j, then the reply shows it literally', (text, expected) => {
    expect(neutraliseForReply(text)).toBe(expected);
  });
});

describe('shared and private views', () => {
  const items = [{ action: anAction(), headline: 'due tomorrow', overdue: false }];

  it.each([
    ['the lead and the secretariat in a personal chat', ['29:1-lead', '29:1-clerk'], ['29:1-lead', '29:1-clerk']],
    ['a group chat of three, one of them known only by Entra object id', ['29:1-a', '6f1c2d3e-aaaa-bbbb-cccc-0123456789ab', '29:1-c'], ['29:1-a', '29:1-c']],
  ])('when a card is shared with %s, then it carries refresh for their MRIs only', (_name, mris, expected) => {
    const card = reminderCard({ title: 'T', subtitle: 'S', items, refreshUserMris: mris });
    expect((card.refresh as { userIds: string[] }).userIds).toEqual(expected);
  });

  it.each([
    ['a press of "Show" in a channel', []],
    ['a press in a group chat where nobody has an MRI', ['cmdr.smith@met.police.uk', '6f1c2d3e-aaaa-bbbb-cccc-0123456789ab']],
  ])('when the card answers %s, then it carries no refresh (teams-ai would replace the message for everyone)', (_name, mris) => {
    expect(reminderCard({ title: 'T', subtitle: 'S', items, refreshUserMris: mris }).refresh).toBeUndefined();
    expect(actionDetailCard(anAction(), [], null, TODAY, calendar, mris).refresh).toBeUndefined();
    expect(answerListCard({ title: 'T', subtitle: '', actions: [anAction()], page: 1, question: 'q', today: TODAY, calendar }).refresh).toBeUndefined();
  });
});

describe('the secretariat\'s "Chase now"', () => {
  const executes = (card: object) => JSON.stringify(card).match(/"verb":"action\.chase"/g) ?? [];

  it('when the action detail card is shown, then its refresh asks for the detail card again, so each viewer sees what they may do', () => {
    const card = actionDetailCard(anAction(), [], null, TODAY, calendar, ['29:1-clerk']);
    expect(card.refresh).toEqual({ action: { type: 'Action.Execute', title: 'Refresh', verb: 'action.show', data: { action: 'OB_2022-04-21_005' } }, userIds: ['29:1-clerk'] });
  });

  it('when the detail card offers a chase, then "Chase now" opens a line for the lead (500 characters at most) and "Send the chase"', () => {
    const card = actionDetailCard(anAction(), [], null, TODAY, calendar, [], 0, null, { offer: true, notice: null });
    expect(card.actions).toEqual([expect.objectContaining({
      type: 'Action.ShowCard', title: 'Chase now',
      card: expect.objectContaining({
        body: expect.arrayContaining([expect.objectContaining({ type: 'Input.Text', id: 'chaseNote_OB_2022-04-21_005', maxLength: 500 })]),
        actions: [{ type: 'Action.Execute', title: 'Send the chase', verb: 'action.chase', style: 'positive', data: { action: 'OB_2022-04-21_005', view: 'detail' } }],
      }),
    })]);
    expect(executes(actionDetailCard(anAction(), [], null, TODAY, calendar, []))).toHaveLength(0);
  });

  it('when the secretariat\'s list has late and not-yet-due actions, then only the late ones carry "Chase now"', () => {
    const actions = [anAction({ number: 1, due: '2022-05-06' }), anAction({ number: 2, due: '2022-05-20' }), anAction({ number: 3, due: '2022-05-02', status: 'complete' })];
    const view = { title: 'T', subtitle: '', actions, page: 0, question: 'what is open', today: TODAY, calendar };
    expect(JSON.stringify(answerListCard({ ...view, chase: true }))).toContain('"data":{"action":"OB_2022-04-21_001","view":"list"}');
    expect(executes(answerListCard({ ...view, chase: true }))).toHaveLength(1);
    expect(executes(answerListCard(view))).toHaveLength(0);
  });
});
