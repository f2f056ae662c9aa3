import { isIsoDate } from '../../domain/calendar-date';
import type { Command } from '../command';
import { UsageError } from '../cli-io';

/** `chaser timing "<timing>" --meeting YYYY-MM-DD [--json]`: how one timing is read. */
export const timingCommand: Command = {
  name: 'timing',
  summary: 'Show how a timing is read against a meeting date',
  usage: 'chaser timing "<timing>" --meeting YYYY-MM-DD [--json]',
  options: { meeting: { type: 'string' }, json: { type: 'boolean' } },
  needsStore: false,
  async run({ values, positionals }, { io }) {
    const timing = positionals.join(' ');
    const meeting = values.meeting;
    if (typeof meeting !== 'string' || !isIsoDate(meeting)) throw new UsageError(`--meeting must be the meeting date as YYYY-MM-DD, e.g. --meeting 2022-04-21${typeof meeting === 'string' ? ` (got "${meeting}")` : ''}.`);
    // The timing reader (chrono-node) and the bank-holiday calendar are loaded only when this command runs.
    const [{ explainTiming }, { englandAndWalesCalendar }] = await Promise.all([import('../../domain/timing'), import('../../domain/business-days')]);
    const { reading, problem } = explainTiming(timing, meeting, englandAndWalesCalendar());
    if (values.json) io.out(JSON.stringify({ due: reading.due, resolution: reading.resolution, flags: reading.flags, milestones: reading.milestones, superseded: reading.superseded }, null, 2));
    else {
      io.out(`"${timing}" at a meeting on ${meeting}`);
      io.out(`  due:        ${reading.due ?? 'none'}`);
      io.out(`  read as:    ${reading.resolution}`);
      if (reading.flags.length) io.out(`  flags:      ${reading.flags.join(', ')}`);
      if (reading.milestones.length) io.out(`  milestones: ${reading.milestones.join(', ')}`);
      if (reading.superseded.length) io.out(`  superseded: ${reading.superseded.join(', ')} (replaced by the revised date)`);
      if (problem) io.out(`  why:        ${problem}`);
    }
    return 0;
  },
};
