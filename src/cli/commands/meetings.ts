import { addMeeting } from '../../app/meetings/add-meeting';
import { cancelMeeting } from '../../app/meetings/cancel-meeting';
import type { CalendarFollowed } from '../../app/meetings/follow-calendar';
import { listMeetings } from '../../app/meetings/list-meetings';
import { moveMeeting } from '../../app/meetings/move-meeting';
import { removeMeeting } from '../../app/meetings/remove-meeting';
import { actionReference } from '../../domain/action';
import { meetingName } from '../../domain/meeting';
import type { CliContext } from '../cli-context';
import { UsageError } from '../cli-io';
import type { Command } from '../command';
import { formatTable } from '../format-table';
import { cliMeetingDeps } from './cli-meeting-deps';

const USAGE = 'chaser meetings add <YYYY-MM-DD> --board "<name>" [--title T] | meetings list [--json] '
  + '| meetings move <YYYY-MM-DD> <YYYY-MM-DD> --board "<name>" | meetings cancel|remove <YYYY-MM-DD> --board "<name>"';

/**
 * `chaser meetings …`: the boards' meetings Chaser knows (secretariat only). Adding, moving, cancelling or
 * removing one moves the due dates tied to it ("For discussion at the June … meeting") and tells the leads.
 */
export const meetingsCommand: Command = {
  name: 'meetings',
  summary: 'The meeting calendar: add, list, move (postpone), cancel or remove a board meeting',
  usage: USAGE,
  options: { board: { type: 'string' }, title: { type: 'string' }, json: { type: 'boolean' }, as: { type: 'string' } },
  needsStore: true,
  async run({ values, positionals }, context) {
    const ctx = context as CliContext;
    const [verb = 'list', date, to, ...extra] = positionals;
    const board = typeof values.board === 'string' ? values.board : '';
    if (verb === 'list') return list(ctx, Boolean(values.json));
    if (!date) throw new UsageError(`Give the meeting's date: chaser meetings ${verb} YYYY-MM-DD --board "NAME".`);
    if (!board.trim()) throw new UsageError(`Name the board with --board, e.g. --board "MOPAC MPS Oversight Board".`);
    if (extra.length || (to && verb !== 'move')) throw new UsageError(`Too many arguments for meetings ${verb}.`);
    const deps = cliMeetingDeps(ctx);
    if (verb === 'add') {
      const done = await addMeeting({ date, board, title: typeof values.title === 'string' ? values.title : undefined }, ctx.actor, deps);
      return report(ctx, `${done.existed ? 'Updated' : 'Added'} ${meetingName(done.meeting)} (${done.meeting.boardCode}).`, done);
    }
    if (verb === 'move') {
      if (!to) throw new UsageError('Give the new date: chaser meetings move YYYY-MM-DD NEW-DATE --board "NAME".');
      const done = await moveMeeting({ date, board, to }, ctx.actor, deps);
      return report(ctx, `Moved the meeting to ${meetingName(done.meeting).replace(/^the /, '')}.`, done);
    }
    if (verb === 'cancel') {
      const done = await cancelMeeting({ date, board }, ctx.actor, deps);
      return report(ctx, `Cancelled ${meetingName(done.meeting)}.`, done);
    }
    if (verb === 'remove') {
      const done = await removeMeeting({ date, board }, ctx.actor, deps);
      return report(ctx, `Removed ${meetingName(done.meeting)} from the calendar.`, done);
    }
    throw new UsageError(`Unknown meetings command "${verb}". Use: ${USAGE}`);
  },
};

function report(ctx: CliContext, headline: string, followed: CalendarFollowed): number {
  ctx.io.out(headline);
  if (followed.moved.length === 0) ctx.io.out('No due dates depend on it.');
  for (const m of followed.moved) ctx.io.out(`  ${actionReference(m.action)}: due ${m.from ?? 'none'} → ${m.action.due ?? 'none'}`);
  if (followed.moved.length) ctx.io.out(`${followed.told} ${followed.told === 1 ? 'person was' : 'people were'} told.`);
  return 0;
}

async function list(ctx: CliContext, json: boolean): Promise<number> {
  const meetings = await listMeetings(ctx.actor, { store: ctx.store, calendar: ctx.calendar, packBusinessDays: ctx.config.packBusinessDays });
  if (json) ctx.io.out(JSON.stringify(meetings, null, 2));
  else if (!meetings.length) ctx.io.out('No meetings are in the calendar yet. Add one with: chaser meetings add YYYY-MM-DD --board "NAME"');
  else ctx.io.out(formatTable(['Date', 'Board', 'Code', 'Title', 'Pack due', 'From'], meetings.map((m) => [m.date, m.board, m.boardCode, m.title, m.cancelled ? 'cancelled' : m.packDue ?? '', m.source])));
  return 0;
}
