import * as fs from 'fs';
import * as path from 'path';
import { isIsoDate } from '../../domain/calendar-date';
import { ImportError } from '../../import/import-error';
import type { CliContext } from '../cli-context';
import type { Command } from '../command';
import { UsageError } from '../cli-io';
import { importPlanJson, printPlan } from './import-preview';
import { formatTable } from '../format-table';

/** `chaser import <file>`: documents to the register, with a preview of how every timing was read. */
export const importCommand: Command = {
  name: 'import',
  summary: 'Import actions from a letter, meeting record or register (.txt .md .docx .pdf .csv .xlsx)',
  usage: 'chaser import <file> [--dry-run] [--json] [--board NAME] [--meeting-date YYYY-MM-DD] [--lead LEAD] [--include-suggested] [--valid-only]\n       chaser import --list [--json]     every import, newest first, with its id\n       chaser import --undo <id>         take an import back while no lead has updated its actions',
  options: {
    'dry-run': { type: 'boolean' }, json: { type: 'boolean' }, board: { type: 'string' }, 'meeting-date': { type: 'string' },
    list: { type: 'boolean' }, undo: { type: 'string' },
    'include-suggested': { type: 'boolean' }, 'valid-only': { type: 'boolean' }, lead: { type: 'string' }, as: { type: 'string' },
  },
  needsStore: true,
  async run({ values, positionals }, context) {
    const ctx = context as CliContext;
    if (values.list) return listImports(ctx, Boolean(values.json));
    if (values.undo !== undefined) return undo(String(values.undo), ctx, Boolean(values.json));
    const file = positionals[0];
    if (!file) throw new UsageError(`Which file? ${importCommand.usage}`);
    const meetingDate = values['meeting-date'];
    if (meetingDate !== undefined && (typeof meetingDate !== 'string' || !isIsoDate(meetingDate))) {
      throw new UsageError(`--meeting-date must be a real date as YYYY-MM-DD, e.g. 2022-04-21 (got "${String(meetingDate)}").`);
    }
    const dryRun = Boolean(values['dry-run']);
    // The document readers (docx, xlsx) are loaded only when a file is imported.
    const [{ importDocument }, { MAX_IMPORT_BYTES }] = await Promise.all([import('../../app/imports/import-document'), import('../../import/read-document')]);
    const { plan, result, blocked, importId } = await importDocument({ fileName: path.basename(file), content: readFileChecked(file, MAX_IMPORT_BYTES) }, {
      board: values.board as string | undefined, meetingDate: meetingDate as string | undefined, includeSuggested: Boolean(values['include-suggested']),
      lead: values.lead as string | undefined, dryRun, validOnly: Boolean(values['valid-only']),
    }, ctx.actor, ctx);
    if (values.json) ctx.io.out(JSON.stringify({ ...importPlanJson(plan), ...(result ? { result, importId } : {}), dryRun }, null, 2));
    else printPlan(plan, ctx.io, { dryRun, blocked, result, importId });
    return blocked ? 1 : 0;
  },
};

function readFileChecked(file: string, MAX_IMPORT_BYTES: number): Buffer {
  let size: number;
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) throw new ImportError('unreadable', path.basename(file), `"${file}" is a folder; import the files in it one at a time (chaser import FILE).`);
    size = stat.size;
  } catch (err) {
    if (err instanceof ImportError) throw err;
    throw new ImportError('unreadable', path.basename(file), `There is no file "${file}" (check the path).`);
  }
  if (size > MAX_IMPORT_BYTES) {
    throw new ImportError('too-large', path.basename(file), `"${path.basename(file)}" is ${(size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Split it or remove images.`);
  }
  return fs.readFileSync(file);
}


async function listImports(ctx: CliContext, json: boolean): Promise<number> {
  const imports = await ctx.store.imports.list();
  if (json) {
    ctx.io.out(JSON.stringify(imports.map(({ created: _c, changed: _ch, ...r }) => r), null, 2));
    return 0;
  }
  if (!imports.length) {
    ctx.io.out('No imports yet.');
    return 0;
  }
  ctx.io.out(formatTable(['Id', 'When', 'By', 'File', 'State', 'New', 'Corrected'], imports.map((r) => [
    r.id, r.at.slice(0, 16).replace('T', ' '), r.byName, r.fileName, r.state === 'undone' ? `undone by ${r.undone?.byName ?? '?'}` : r.state,
    String(r.result?.created ?? '—'), String(r.result?.changed ?? '—'),
  ]), 40));
  return 0;
}

async function undo(id: string, ctx: CliContext, json: boolean): Promise<number> {
  if (!id.trim()) throw new UsageError('Which import? chaser import --undo <id> (chaser import --list shows the ids).');
  const { undoImport } = await import('../../app/imports/undo-import');
  const done = await undoImport(id, ctx.actor, ctx);
  if (json) ctx.io.out(JSON.stringify({ id: done.record.id, fileName: done.record.fileName, removed: done.removed, restored: done.restored }, null, 2));
  else ctx.io.out(`Undone: the import of ${done.record.fileName} (${done.record.id}). ${done.removed} action${done.removed === 1 ? '' : 's'} removed, ${done.restored} restored to what ${done.restored === 1 ? 'it was' : 'they were'} before.`);
  return 0;
}
