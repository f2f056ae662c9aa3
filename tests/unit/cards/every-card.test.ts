import { CardFactory, MessageFactory } from 'botbuilder';
import { messageActivity, messageBytes, TEAMS_MESSAGE_MAX_BYTES } from '../../../src/cards/message-size';
import { ALL_CARD_VERBS } from '../../../src/cards/verbs';
import { REGISTER_TAB } from '../../../src/cards/register-links';
import { TEAMS_APP_ID, TEXT_KINDS, everyCard, nodes } from './card-fixtures';

describe.each(TEXT_KINDS)('every card Chaser sends, with $name', (kind) => {
  const cards = everyCard(kind);

  it('when rendered, then no template expression is left unbound (no "${" outside people\'s own text)', () => {
    const own = kind.words.includes('${');
    for (const { name, card } of cards) {
      const json = JSON.stringify(card);
      const leftover = own ? json.split('${secret}').join('').split('${$root.title}').join('') : json;
      expect({ name, unbound: leftover.includes('${') }).toEqual({ name, unbound: false });
    }
  });

  it('when rendered, then every Action.Execute verb (buttons, row presses, refresh) is one the bot routes', () => {
    for (const { name, card } of cards) {
      for (const { node } of nodes(card).filter(({ node: n }) => n.type === 'Action.Execute')) {
        expect({ name, verb: node.verb, known: ALL_CARD_VERBS.includes(String(node.verb)) }).toEqual({ name, verb: node.verb, known: true });
      }
    }
  });

  it('when a card carries an Action.OpenUrl, then it is "Open in the register" and opens the app\'s tab: the register at a key the card names, or the dashboard', () => {
    const linked = new Set<string>();
    for (const { name, card } of cards) {
      const keys: string[] = JSON.stringify(card).match(/OB_\d{4}-\d{2}-\d{2}_\d{3}/g) ?? [];
      for (const { node } of nodes(card).filter(({ node: n }) => n.type === 'Action.OpenUrl')) {
        linked.add(name);
        const url = new URL(String(node.url));
        const [, entityId] = /^\/l\/entity\/[^/]+\/([^/]+)$/.exec(url.pathname) ?? [];
        const subEntityId = url.searchParams.get('context') ? (JSON.parse(url.searchParams.get('context')!) as { subEntityId: string }).subEntityId : null;
        expect({ name, title: node.title, host: url.host, app: url.pathname.split('/')[3], target: entityId === REGISTER_TAB ? keys.includes(subEntityId ?? '') : entityId })
          .toEqual({ name, title: 'Open in the register', host: 'teams.microsoft.com', app: TEAMS_APP_ID, target: entityId === REGISTER_TAB ? true : 'dashboard' });
      }
    }
    // The fixture gives the links to the reminder, action detail and digest cards (not to the empty register's digest).
    const given = cards.map((c) => c.name).filter((n) => /^(reminder|expanded reply|recorded update|refresh results|show action|digest for)/.test(n));
    expect([...linked].sort()).toEqual(given.sort());
  });

  it('when sent, then the whole activity is at most 26,000 bytes', () => {
    for (const { name, card, text } of cards) expect({ name, fits: messageBytes({ card, text }) <= TEAMS_MESSAGE_MAX_BYTES }).toEqual({ name, fits: true });
  });

  it('when people\'s text is shown, then it sits only in TextRuns (never read as Markdown) and reads exactly as written', () => {
    const probe = kind.words.slice(0, 20);
    let seen = 0;
    for (const { name, card } of cards) {
      for (const { node } of nodes(card)) {
        for (const key of ['text', 'title', 'value'] as const) {
          const value = node[key];
          if (typeof value !== 'string' || !value.includes(probe)) continue;
          seen++;
          const where = node.type === 'TextRun';
          expect({ name, type: node.type, key, inTextRun: where }).toEqual({ name, type: node.type, key, inTextRun: true });
        }
      }
    }
    expect(seen).toBeGreaterThan(cards.length);
    if (kind.words.includes('${secret}')) expect(cards.some(({ card }) => JSON.stringify(card).includes('${secret}'))).toBe(true);
  });

  it('when a card marks a RAG or a warning, then no text is coloured amber or green (the colour is on a container beside the word)', () => {
    for (const { name, card } of cards) {
      const coloured = nodes(card).filter(({ node }) => (node.type === 'TextBlock' || node.type === 'TextRun') && node.color !== undefined && node.color !== 'Default');
      expect({ name, coloured: coloured.map(({ node }) => `${String(node.color)}: ${String(node.text)}`) }).toEqual({ name, coloured: [] });
    }
  });
});

describe('the size of a message', () => {
  it('when measured, then it is the activity botbuilder sends (MessageFactory.attachment of CardFactory.adaptiveCard) plus the envelope', () => {
    const card = { type: 'AdaptiveCard' as const, version: '1.5', body: [{ type: 'TextBlock', text: 'Größe — “quoted” ✅' }] };
    const sent = MessageFactory.attachment(CardFactory.adaptiveCard(card), 'Chaser: 5 (due tomorrow)');
    expect(messageActivity({ card, text: 'Chaser: 5 (due tomorrow)' })).toEqual(JSON.parse(JSON.stringify(sent)));
    expect(messageBytes({ card, text: 'Chaser: 5 (due tomorrow)' })).toBe(Buffer.byteLength(JSON.stringify(sent), 'utf8') + 1_500);
  });
});
