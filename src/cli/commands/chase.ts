import { randomUUID } from 'crypto';
import { silentLogger } from '../../log';
import type { CliContext } from '../cli-context';
import { UsageError } from '../cli-io';
import type { Command } from '../command';

/** `chaser chase <ref> [--note "…"]`: the lead gets the reminder card now (secretariat; once a London day). */
export const chaseCommand: Command = {
  name: 'chase',
  summary: 'Send the lead the reminder card for one action now, with an optional line',
  usage: 'chaser chase <ref> [--note "..."]   (ref: 19, "OB 21-Apr-2022 #19" or OB_2022-04-21_019; once a day per action)',
  options: { note: { type: 'string' }, json: { type: 'boolean' }, as: { type: 'string' } },
  needsStore: true,
  async run({ values, positionals }, context) {
    const ctx = context as CliContext;
    const { parseReference } = await import('../parse-reference');
    const selector = parseReference(positionals.join(' '));
    if (!selector) throw new UsageError(`Which action? Give its number or reference, e.g. 19 or "OB 21-Apr-2022 #19" (got "${positionals.join(' ')}").`);
    const { config } = ctx;
    // Teams (botbuilder) and the chase use case load only when a chase runs: the CLI starts fast.
    const [{ chaseNow }, { createAdapter }, { createProactiveMessenger }, { registerLinksFor }] = await Promise.all([
      import('../../app/reach/chase-now'), import('../../teams/adapter'), import('../../teams/proactive-messenger'), import('../../cards/register-links'),
    ]);
    const messenger = createProactiveMessenger(createAdapter(config), config.appId ?? '', silentLogger, { perSecond: config.sendPerSecond, budget: ctx.store.sendBudget, attempts: 4, backoffMs: 500 });
    const result = await chaseNow({ action: selector, note: typeof values.note === 'string' ? values.note : null, source: 'cli' }, ctx.actor, {
      store: ctx.store, clock: ctx.clock, log: silentLogger, messenger, instanceId: `cli-${randomUUID().slice(0, 8)}`, claimTimeoutMs: 10 * 60_000,
      // Locally the bot (and its tab) listens on PORT of this machine.
      links: registerLinksFor(config, () => `http://127.0.0.1:${config.port}`),
    });
    if (values.json) ctx.io.out(JSON.stringify({ outcome: result.kind, message: result.message, ...('at' in result ? { at: result.at } : {}), ...(result.kind === 'chased' ? { sentTo: result.sentTo, missed: result.missed } : {}) }, null, 2));
    else if (result.kind === 'chased') ctx.io.out(result.message);
    else ctx.io.err(result.message);
    return result.kind === 'chased' ? 0 : 1;
  },
};
