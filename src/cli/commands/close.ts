import { closeProposedActions } from '../../app/meetings/close-proposed-actions';
import { actionReference } from '../../domain/action';
import { meetingName } from '../../domain/meeting';
import type { CliContext } from '../cli-context';
import { UsageError } from '../cli-io';
import type { Command } from '../command';

/** `chaser close --meeting 2022-06-14 [--board OB]`: after the meeting, close the actions its pack proposed for closure. */
export const closeCommand: Command = {
  name: 'close',
  summary: "After a meeting, close the actions its pack proposed for closure (the board's decision)",
  usage: 'chaser close --meeting <YYYY-MM-DD> [--board "<name>"]',
  options: { meeting: { type: 'string' }, board: { type: 'string' }, as: { type: 'string' } },
  needsStore: true,
  async run({ values, positionals }, context) {
    const ctx = context as CliContext;
    if (positionals.length) throw new UsageError(`Unexpected "${positionals.join(' ')}": give the meeting with --meeting YYYY-MM-DD.`);
    if (typeof values.meeting !== 'string' || !values.meeting) throw new UsageError('Give the meeting: --meeting YYYY-MM-DD.');
    const done = await closeProposedActions({ date: values.meeting, board: typeof values.board === 'string' ? values.board : undefined }, ctx.actor, {
      store: ctx.store, clock: ctx.clock, calendar: ctx.calendar, paperDeadlineDays: ctx.config.paperDeadlineDays,
    });
    const name = meetingName(done.meeting);
    ctx.io.out(done.closed.length ? `Closed at ${name}: ${done.closed.map(actionReference).join(', ')}.` : `Nothing was proposed for closure in the pack for ${name}.`);
    if (done.leftForNext.length) ctx.io.out(`Proposed after it sat, so left for the next meeting: ${done.leftForNext.map(actionReference).join(', ')}.`);
    return 0;
  },
};
