import * as fs from 'fs';
import * as path from 'path';
import { buildMeetingPack } from '../../app/meetings/build-meeting-pack';
import { longDate } from '../../domain/calendar-date';
import type { ExportInput } from '../../export/export-input';
import { registerTrend } from '../../app/digest/register-trend';
import type { CliContext } from '../cli-context';
import { UsageError } from '../cli-io';
import type { Command } from '../command';

const FORMATS = ['docx', 'md'] as const;

/**
 * `chaser pack --meeting 2022-06-14 [--board OB] --format docx|md --out FILE`: the matters-arising action log
 * for a meeting's pack, on demand, as the board paper (.docx) or Markdown. The same content goes to the
 * secretariat as a card on the day the pack is due.
 */
export const packCommand: Command = {
  name: 'pack',
  summary: "The matters-arising action log for a meeting's pack (the board paper, docx or md)",
  usage: 'chaser pack --meeting <YYYY-MM-DD> [--board "<name>"] [--format docx|md] [--out FILE]',
  options: { meeting: { type: 'string' }, board: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, as: { type: 'string' } },
  needsStore: true,
  async run({ values, positionals }, context) {
    const ctx = context as CliContext;
    if (positionals.length) throw new UsageError(`Unexpected "${positionals.join(' ')}": give the meeting with --meeting YYYY-MM-DD.`);
    if (typeof values.meeting !== 'string' || !values.meeting) throw new UsageError('Give the meeting: --meeting YYYY-MM-DD.');
    const format = String(values.format ?? 'docx').toLowerCase().replace(/^markdown$/, 'md');
    if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be docx or md (got "${String(values.format)}").`);
    const { pack, actions } = await buildMeetingPack({ date: values.meeting, board: typeof values.board === 'string' ? values.board : undefined }, ctx.actor, {
      store: ctx.store, clock: ctx.clock, calendar: ctx.calendar, paperDeadlineDays: ctx.config.paperDeadlineDays, packBusinessDays: ctx.config.packBusinessDays,
    });
    const input: ExportInput = { digest: pack.digest, actions, title: pack.title, generatedAt: ctx.clock.now(), marking: ctx.config.protectiveMarking };
    if (format === 'docx') input.trend = await registerTrend(actions, ctx);
    // The writer is loaded for the format asked (the docx writer is heavy).
    const content = format === 'md' ? (await import('../../export/digest-markdown')).digestMarkdown(input) : await (await import('../../export/board-paper-docx')).boardPaperDocx(input);
    const out = typeof values.out === 'string' && values.out ? values.out : format === 'md' ? null : `pack-${pack.meeting.boardCode}-${pack.meeting.date}.docx`;
    if (!out) {
      ctx.io.out(String(content));
      return 0;
    }
    fs.writeFileSync(path.resolve(out), content);
    ctx.io.out(`Wrote ${pack.title} (${actions.length} actions; pack due ${longDate(pack.dueOn)}) to ${path.resolve(out)}`);
    return 0;
  },
};
