import { randomUUID } from 'crypto';
import type { MeetingDeps } from '../../app/meetings/meeting-deps';
import { silentLogger } from '../../log';
import { createAdapter } from '../../teams/adapter';
import { createProactiveMessenger } from '../../teams/proactive-messenger';
import type { CliContext } from '../cli-context';

/** The meeting use cases' deps for a CLI run: the bot's store and settings, and Teams to tell the leads. */
export function cliMeetingDeps(ctx: CliContext): MeetingDeps {
  const { config } = ctx;
  const messenger = createProactiveMessenger(createAdapter(config), config.appId ?? '', silentLogger, { perSecond: config.sendPerSecond, attempts: 4, backoffMs: 500 });
  return {
    store: ctx.store, clock: ctx.clock, calendar: ctx.calendar, log: silentLogger, paperDeadlineDays: config.paperDeadlineDays,
    tell: { messenger, instanceId: `cli-${randomUUID().slice(0, 8)}`, claimTimeoutMs: 10 * 60_000 },
  };
}
