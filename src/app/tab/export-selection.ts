import type { Actor } from '../../domain/actor';
import { buildDigest } from '../../domain/digest';
import type { RegisterQuery } from '../../domain/register';
import { NotAllowedError } from '../../errors';
import { ExportInput, boardPaperDocx, registerCsv, registerXlsx } from '../../export';
import { loadDigestSources } from '../digest/build-weekly-digest';
import { registerTrend } from '../digest/register-trend';
import { selectRegister } from './browse-register';
import type { TabDeps } from './tab-deps';

/** The formats the tab exports what it shows in: the board paper, the register as a workbook, or as CSV. */
export const EXPORT_FORMATS = ['docx', 'xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A file to download. */
export interface ExportedFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

const TYPES: Record<ExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

/**
 * Exports what the grid shows: every action the query selects (all pages, the same rights), through the
 * same exporters as `chaser digest --format …` — the board paper's digest is built over those actions,
 * its "since last week" from the last digest sent (or the history), as the weekly digest does, its trend
 * figure from the same actions' history.
 * @throws NotAllowedError when the asker may not see the register
 */
export async function exportSelection(query: RegisterQuery, format: ExportFormat, asker: Actor, deps: TabDeps): Promise<ExportedFile> {
  const selection = await selectRegister(query, asker, deps);
  if (selection.kind === 'refused') throw new NotAllowedError(selection.message);
  const sources = await loadDigestSources(deps);
  const digest = buildDigest({ asOf: sources.asOf, actions: selection.actions, since: sources.since, unreachableLeads: sources.unreachableLeads, calendar: deps.calendar });
  const input: ExportInput = { digest, actions: selection.actions, generatedAt: deps.clock.now(), asGiven: true };
  // The paper's trend figure reads the history; the workbook and the CSV do not need it.
  if (format === 'docx') input.trend = await registerTrend(selection.actions, deps);
  const body = format === 'docx' ? await boardPaperDocx(input) : format === 'xlsx' ? await registerXlsx(input) : Buffer.from(registerCsv(input), 'utf8');
  return { fileName: `chaser-register-${sources.asOf}.${format}`, contentType: TYPES[format], body };
}
