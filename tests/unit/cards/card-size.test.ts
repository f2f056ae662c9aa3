import { actionDetailCard } from '../../../src/cards/answer-cards';
import { fullTextCard, fullTextOf } from '../../../src/cards/full-text-card';
import { importPreviewCard } from '../../../src/cards/import-preview-card';
import { messageBytes, TEAMS_MESSAGE_MAX_BYTES } from '../../../src/cards/message-size';
import type { AdaptiveCard } from '../../../src/cards/render';
import { ReminderItem, reminderCards } from '../../../src/cards/reminder-card';
import { ANSWER_VERBS } from '../../../src/cards/verbs';
import type { Action } from '../../../src/domain/action';
import type { ImportPlan } from '../../../src/app/imports/plan-import';
import { cardText } from '../../support/bot-harness';
import { anAction, anUpdate } from '../../support/builders';
import { TEAMS_LINKS, TODAY, VIEWER_MRI, calendar, nodes } from './card-fixtures';

const UPDATE_SENTENCE = 'The working group reviewed the data quality position across twelve command units and agreed next steps. ';

/** The register of 8 amber actions, each with a 2,500-character update, that rendered at about 34 KB on one card. */
function eightLongUpdates(): Action[] {
  return Array.from({ length: 8 }, (_, i) => anAction({
    number: i + 1,
    text: `Action ${i + 1}: MPS to provide a written update on the data quality workstream, covering sampling, assurance and publication timetables.`,
    status: 'amber',
    latest: { status: 'amber', text: UPDATE_SENTENCE.repeat(25).trim(), by: 'sec', byName: 'Secretariat', at: '2022-05-05T09:00:00.000Z', revisedDue: null },
  }));
}

function batch(actions: Action[]) {
  return reminderCards({
    items: actions.map((action): ReminderItem => ({ action, headline: 'coming up: due in 4 business days (Fri 13 May)', overdue: false })),
    refreshUserMris: [VIEWER_MRI],
    links: TEAMS_LINKS,
    title: (items, part, parts) => `${items.length} actions need your update${parts > 1 ? ` (${part} of ${parts})` : ''}`,
    subtitle: () => 'For MPS. Press Reply on an action to send its status and a line.',
    text: (items) => `Chaser: ${items.map((i) => `${i.action.number} (${i.headline})`).join('; ')}`,
  });
}

const executes = (card: AdaptiveCard, verb: string) => nodes(card).map((n) => n.node).filter((n) => n.type === 'Action.Execute' && n.verb === verb);

describe('reminder cards split by size', () => {
  const kinds: Array<[string, Action[]]> = [
    ['8 actions with 2,500-character updates (the register case)', eightLongUpdates()],
    ['30 actions with 4,000-character updates in Welsh with emoji', Array.from({ length: 30 }, (_, i) => anAction({ number: i + 1, text: `Gweithred ${i + 1}: ${'Mae’r grŵp yn adolygu ✅ '.repeat(60)}`, status: 'red', latest: { status: 'red', text: 'Wedi’i ohirio 📊 — '.repeat(220), by: 'x', byName: 'Arweinydd', at: '2022-05-05T09:00:00.000Z', revisedDue: null } }))],
    ['12 actions with 4,000-character action texts and no update', Array.from({ length: 12 }, (_, i) => anAction({ number: i + 1, text: `Action ${i + 1}: ${'MOPAC to review the custody records and report. '.repeat(85)}` }))],
  ];

  it.each(kinds)('when a lead has %s, then every message is at most 26,000 bytes and every action is on exactly one card, in order', (_name, actions) => {
    const messages = batch(actions);
    for (const m of messages) expect(messageBytes({ card: m.card, text: m.text })).toBeLessThanOrEqual(TEAMS_MESSAGE_MAX_BYTES);
    expect(messages.flatMap((m) => m.items.map((i) => i.action.number))).toEqual(actions.map((a) => a.number));
    for (const m of messages) {
      expect(executes(m.card, 'status.submit').map((b) => (b.data as { action: string }).action)).toHaveLength(m.items.length);
      if (messages.length > 1) expect(cardText(m.card)).toMatch(/\(\d+ of \d+\)/);
    }
  });

  it('when an update is too long for the card, then it is cut at a word with "…" and "Show full text" gives it whole', () => {
    const actions = eightLongUpdates();
    const [first] = batch(actions);
    const lastUpdates = cardText(first!.card).split('\n').filter((l) => l.startsWith('Last update: '));
    expect(lastUpdates.length).toBeGreaterThan(0);
    for (const line of lastUpdates) {
      expect(line.endsWith('…')).toBe(true);
      expect(UPDATE_SENTENCE.repeat(25)).toContain(line.slice('Last update: At risk (amber) — '.length, -1).trim());
      expect(line.slice(-2, -1)).toMatch(/[a-z]/);
    }
    const press = executes(first!.card, ANSWER_VERBS.fullText)[0]!.data as { action: string; part: 'action' };
    expect(press).toEqual({ action: 'OB_2022-04-21_001', part: 'action' });
    const full = fullTextOf(actions[0]!, [], press)!;
    expect(full.text).toContain(UPDATE_SENTENCE.repeat(25).trim());
  });

  it('when a lead has three short actions, then they share one card with no part number', () => {
    const messages = batch([anAction({ number: 1 }), anAction({ number: 2 }), anAction({ number: 3 })]);
    expect(messages).toHaveLength(1);
    expect(cardText(messages[0]!.card)).toContain('3 actions need your update\n');
    expect(executes(messages[0]!.card, ANSWER_VERBS.fullText)).toHaveLength(0);
  });
});

describe('show action with a long history', () => {
  const action = anAction({ number: 9, status: 'amber' });
  const history = Array.from({ length: 60 }, (_, i) => anUpdate({ at: new Date(Date.parse('2022-05-06T09:00:00Z') - i * 86_400_000).toISOString(), text: `Entry ${i + 1}: ${'Awaiting the data team’s linked extract for the pilot boroughs. '.repeat(40)}`, status: 'amber' }));

  it('when the history is longer than one message, then the card fits and "Show earlier entries" pages through every entry once', () => {
    const seen: string[] = [];
    let from = 0;
    for (let pages = 0; pages < 60 && from < history.length; pages++) {
      const card = actionDetailCard(action, history, null, TODAY, calendar, [VIEWER_MRI], from, TEAMS_LINKS);
      expect(messageBytes({ card })).toBeLessThanOrEqual(TEAMS_MESSAGE_MAX_BYTES);
      seen.push(...[...cardText(card).matchAll(/Entry (\d+):/g)].map((m) => m[1]!));
      // The card's refresh asks for the card again with the same verb; "Show earlier entries" carries historyFrom.
      const next = executes(card, ANSWER_VERBS.showAction).find((e) => (e.data as { historyFrom?: string }).historyFrom);
      if (!next) break;
      from = Number((next.data as { historyFrom: string }).historyFrom);
    }
    expect(seen).toEqual(history.map((_, i) => String(i + 1)));
  });

  it('when an entry is cut, then its "Show full text" names the entry and gives all of it', () => {
    const card = actionDetailCard(action, history, null, TODAY, calendar, [VIEWER_MRI]);
    const press = executes(card, ANSWER_VERBS.fullText).map((b) => b.data as { action: string; part: 'history'; at: string }).find((d) => d.part === 'history')!;
    expect(press.at).toBe(history[0]!.at);
    expect(fullTextOf(action, history, press)!.text).toContain(history[0]!.text);
  });
});

describe('the full text', () => {
  it.each([
    ['40,000 characters of English', 'The borough commanders agreed the revised sampling plan. '.repeat(700)],
    ['20,000 characters of 3-byte text', 'Cynnydd — “adolygu” ✅ '.repeat(900)],
  ])('when the text is %s, then it pages, each page fits, and the pages give back every word in order', (_name, text) => {
    const action = anAction({ number: 3 });
    const pages: string[] = [];
    let page = '0';
    for (let i = 0; i < 20; i++) {
      const card = fullTextCard(action, 'Update', text, { part: 'action', page });
      expect(messageBytes({ card })).toBeLessThanOrEqual(TEAMS_MESSAGE_MAX_BYTES);
      pages.push(nodes(card).map((n) => n.node).filter((n) => n.type === 'TextRun').slice(2).map((n) => n.text).join(' '));
      const next = executes(card, ANSWER_VERBS.fullText)[0];
      if (!next) break;
      page = (next.data as { page: string }).page;
    }
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.join(' ').split(/\s+/)).toEqual(text.trim().split(/\s+/));
  });
});

describe('the import preview', () => {
  function plan(rows: number, timing: string): ImportPlan {
    return {
      fileName: 'letter.docx', board: 'MOPAC MPS Oversight Board', meetingDate: '2022-04-21', meetingsFound: [], suggestions: [], problems: [], warnings: [], unmappedLeads: [],
      rows: Array.from({ length: rows }, (_, i) => ({ draft: { place: { sheet: 'Actions', row: i + 2 } } as never, action: anAction({ number: i + 1, timing: `${timing} ${i + 1}`, flags: i % 5 ? [] : ['before-meeting'] }), outcome: 'new' as const, changes: [], statusNotApplied: null })),
    };
  }

  it.each([
    ['60 rows with long timings', 60, 'By the end of the summer, subject to the outcome of the review and the data sharing agreement with the Home Office, no later than'],
    ['200 short rows', 200, 'By 13 May'],
  ])('when the document has %s, then the card fits and says how many rows are not shown', (_name, rows, timing) => {
    const card = importPreviewCard(plan(rows, timing), 'id-1');
    expect(messageBytes({ card })).toBeLessThanOrEqual(TEAMS_MESSAGE_MAX_BYTES);
    const shown = nodes(card).map((n) => n.node).filter((n) => n.type === 'Container' && n.style !== undefined && Array.isArray(n.items)).length;
    expect(shown).toBeGreaterThan(5);
    expect(cardText(card)).toContain(`and ${rows - shown} more rows, not shown`);
  });
});
