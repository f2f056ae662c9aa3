import { actionReference } from '../../domain/action';
import type { Answer } from '../../app/questions/answer-question';
import type { Vocabulary } from '../../app/questions/vocabulary';
import { STATUS_WORDS, lastUpdateText } from '../../cards/action-view';
import type { CliContext } from '../cli-context';
import type { Command } from '../command';
import { UsageError } from '../cli-io';
import { formatTable } from '../format-table';
import { londonToday } from '../../domain/london-time';

/** `chaser ask "<question>" [--as <user>] [--json]`: the same engine as the bot. */
export const askCommand: Command = {
  name: 'ask',
  summary: 'Ask a question as in chat ("what is overdue?", "show action 5")',
  usage: 'chaser ask "<question>" [--as <user>] [--json]',
  options: { json: { type: 'boolean' }, as: { type: 'string' } },
  needsStore: true,
  async run({ values, positionals }, context) {
    const ctx = context as CliContext;
    const question = positionals.join(' ').trim();
    if (!question) throw new UsageError('What is the question? e.g. chaser ask "what is overdue?"');
    // The question reader (chrono-node, the vocabulary) is loaded only when a question is asked.
    const [{ askQuestion }, { Vocabulary }] = await Promise.all([import('../../app/questions/ask-question'), import('../../app/questions/vocabulary')]);
    const deps = { store: ctx.store, clock: ctx.clock, vocabulary: new Vocabulary(ctx.store, ctx.clock), leadsSeeAll: ctx.config.leadsSeeAll, openToTenant: ctx.config.openToTenant };
    if (await asksUnreachable(question, deps)) return unreachableAnswer(ctx, Boolean(values.json));
    const { interpretation, answer: answered } = await askQuestion(question, ctx.actor, deps);
    const answer: Answer = answered ?? { kind: 'list', interpretation, actions: [], today: '' };
    const actions = answer.kind === 'list' ? answer.actions : answer.kind === 'detail' ? [answer.action] : [];
    if (values.json) {
      ctx.io.out(JSON.stringify({
        intent: interpretation.intent, filters: interpretation.filters,
        actions: actions.map((a) => ({ board: a.board, meetingDate: a.meetingDate, number: a.number, lead: a.lead, due: a.due, status: a.status })),
        ...(answer.kind === 'refused' || answer.kind === 'not-found' ? { message: answer.message } : {}),
        ...(interpretation.intent === 'unknown' ? { suggestions: interpretation.suggestions } : {}),
      }, null, 2));
      return answer.kind === 'refused' ? 1 : 0;
    }
    if (answer.kind === 'refused' || answer.kind === 'not-found') {
      ctx.io.err(answer.message);
      return 1;
    }
    if (interpretation.intent === 'unknown') {
      ctx.io.out(`I did not understand "${question}". Try: ${interpretation.suggestions.map((s) => `"${s}"`).join(', ')}`);
      return 0;
    }
    if (answer.kind === 'detail') {
      printDetail(ctx, answer);
      return 0;
    }
    ctx.io.out(actions.length ? formatTable(['Reference', 'Lead', 'Due', 'Status', 'Last update'], actions.map((a) => [actionReference(a), a.lead, a.due ?? 'none', a.status, lastUpdateText(a)])) : 'Nothing matches.');
    return 0;
  },
};

/** "Which leads can't be reached?" (and its other wordings), read as chat reads it. */
async function asksUnreachable(question: string, deps: { vocabulary: Vocabulary; clock: CliContext['clock'] }): Promise<boolean> {
  const words = await deps.vocabulary.current();
  const { understand } = await import('../../domain/language');
  const u = understand(question, { today: londonToday(deps.clock), knownLeads: words.leads, knownBoardCodes: words.boardCodes, meetings: words.meetings, references: words.references, leadAliases: {} });
  return u.intent === 'question:unreachable-leads';
}

/** `{ intent, leads: [ { lead, people: [ { id, name, state } ] } ] }` with --json; the answer in words otherwise. */
async function unreachableAnswer(ctx: CliContext, json: boolean): Promise<number> {
  const { askUnreachableLeads } = await import('../../app/reach/ask-unreachable');
  const answer = await askUnreachableLeads(ctx.actor, { store: ctx.store, leadsSeeAll: ctx.config.leadsSeeAll, openToTenant: ctx.config.openToTenant });
  if (answer.kind === 'refused') {
    if (json) ctx.io.out(JSON.stringify({ intent: 'unreachable-leads', leads: [], message: answer.message }, null, 2));
    else ctx.io.err(answer.message);
    return 1;
  }
  if (json) {
    ctx.io.out(JSON.stringify({
      intent: 'unreachable-leads',
      leads: answer.leads.map((l) => ({ lead: l.lead, people: l.people.map((p) => ({ id: p.id, name: p.name, state: p.state, lastReceived: p.lastReceived, lastAnswered: p.lastAnswered })) })),
    }, null, 2));
  } else ctx.io.out(answer.text);
  return 0;
}

/** One action as `ask "show action …"` and `show` print it: reference, lead, due, status, text, then its history. */
export function printDetail(ctx: CliContext, answer: Extract<Answer, { kind: 'detail' }>): void {
  const was = answer.action.superseded.length ? ` (was ${answer.action.superseded.join(', ')})` : '';
  ctx.io.out(`${actionReference(answer.action)} · ${answer.action.lead} · due ${answer.action.due ?? 'not set'}${was} · ${STATUS_WORDS[answer.action.status]}\n${answer.action.text}`);
  if (answer.note) ctx.io.out(answer.note);
  for (const h of answer.history) {
    // A correction says what it changed: "lead: CFO → Chief Finance Officer".
    const changed = h.changes.length ? ` (${h.changes.map((c) => `${c.field}: ${c.from ?? '—'} → ${c.to ?? '—'}`).join('; ')})` : '';
    ctx.io.out(`  ${h.at} ${h.byName}: ${h.kind}${h.status ? ` ${h.status}` : ''}${h.text ? ` — ${h.text}` : ''}${changed}`);
  }
}
