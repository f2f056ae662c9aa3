import { randomUUID } from 'crypto';
import type { Messenger } from '../../app/delivery/messenger';
import type { MeetingDeps } from '../../app/meetings/meeting-deps';
import { silentLogger } from '../../log';
import type { CliContext } from '../cli-context';

/** The meeting use cases' deps for a CLI run: the bot's store and settings, and Teams to tell the leads. */
export function cliMeetingDeps(ctx: CliContext): MeetingDeps {
  const { config } = ctx;
  // Teams (botbuilder) is loaded on the first message sent, not when the command starts.
  let real: Promise<Messenger> | null = null;
  const messenger: Messenger = {
    send: async (conversation, message) => {
      real ??= Promise.all([import('../../teams/adapter'), import('../../teams/proactive-messenger')]).then(([{ createAdapter }, { createProactiveMessenger }]) =>
        createProactiveMessenger(createAdapter(config), config.appId ?? '', silentLogger, { perSecond: config.sendPerSecond, budget: ctx.store.sendBudget, attempts: 4, backoffMs: 500 }));
      return (await real).send(conversation, message);
    },
  };
  return {
    store: ctx.store, clock: ctx.clock, calendar: ctx.calendar, log: silentLogger, paperDeadlineDays: config.paperDeadlineDays,
    tell: { messenger, instanceId: `cli-${randomUUID().slice(0, 8)}`, claimTimeoutMs: 10 * 60_000 },
  };
}
