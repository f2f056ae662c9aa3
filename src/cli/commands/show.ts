import type { CliContext } from '../cli-context';
import type { Command } from '../command';
import { UsageError } from '../cli-io';

/**
 * `chaser show <reference> [--as <user>]`: one action and its history, named as `chaser list` shows it or
 * as the board wrote it ("42/20", "BOD 24/18(b)", "HPCP 02-Oct-2025 #42/20", "5"). The same answer as
 * `chaser ask "show action …"`, with the same rights (a lead sees their own actions).
 */
export const showCommand: Command = {
  name: 'show',
  summary: 'Show one action and its history ("42/20", "OB 21-Apr-2022 #5")',
  usage: 'chaser show <reference> [--as <user>]',
  options: { as: { type: 'string' } },
  needsStore: true,
  async run({ positionals }, context) {
    const ctx = context as CliContext;
    const typed = positionals.join(' ').trim();
    const [{ parseReference }, { answerQuestion }, { printDetail }] = await Promise.all([
      import('../parse-reference'), import('../../app/questions/answer-question'), import('./ask'),
    ]);
    const selector = parseReference(typed);
    if (!selector) throw new UsageError(`Which action? Give its reference as chaser list shows it, e.g. "OB 21-Apr-2022 #5" or 42/20 (got "${typed}").`);
    const answer = await answerQuestion({ intent: 'show-action', filters: { action: selector }, suggestions: [] }, ctx.actor, {
      store: ctx.store, clock: ctx.clock, leadsSeeAll: ctx.config.leadsSeeAll, openToTenant: ctx.config.openToTenant,
    });
    if (answer.kind === 'detail') {
      printDetail(ctx, answer);
      return 0;
    }
    ctx.io.err(answer.kind === 'refused' || answer.kind === 'not-found' ? answer.message : `I cannot find action ${typed}.`);
    return 1;
  },
};
