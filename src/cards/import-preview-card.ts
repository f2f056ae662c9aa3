import { statusWords } from '../domain/action';
import { longDate } from '../domain/calendar-date';
import { describePlace } from '../import/place';
import type { GivenSettings } from '../app/imports/given-settings';
import type { ImportPlan } from '../app/imports/plan-import';
import type { ContainerStyle } from './action-view';
import { clipAtWord } from './clip-text';
import template from './import-preview-card.json';
import { largestThatFits } from './message-size';
import { AdaptiveCard, renderCard } from './render';
import { IMPORT_VERBS } from './verbs';

const READ_AS: Record<string, string> = { exact: 'as written', inferred: 'inferred', none: 'no date' };
/** Problems, warnings and suggestions each list at most this many, each cut to {@link NOTE_CLIP} characters. */
const NOTES_MAX = 20;
const NOTE_CLIP = 300;

function notes(list: string[]): string[] {
  const shown = list.slice(0, NOTES_MAX).map((m) => clipAtWord(m, NOTE_CLIP).text);
  return list.length > NOTES_MAX ? [...shown, `and ${list.length - NOTES_MAX} more`] : shown;
}

/**
 * The preview the secretariat checks before importing: for each action its reference, where it was read
 * ("Sheet "May 2024", row 7"), its meeting, lead, timing as written, due date as read and status, flags marked (a needs-a-date
 * row on an attention background, a flagged one on a warning background, the words in the default colour).
 * As many rows as fit one Teams message are shown, counted in bytes; the rest are named by count and
 * imported all the same.
 */
export function importPreviewCard(plan: ImportPlan, id: string, given: GivenSettings = {}): AdaptiveCard {
  // What the document does not say is asked for on the card (the CLI's --board and --meeting-date).
  const askBoard = plan.problems.some((p) => p.field === 'board');
  const askMeetingDate = !plan.meetingDate && plan.problems.some((p) => p.field === 'meeting date' || p.field === 'meeting');
  const fresh = plan.rows.filter((r) => r.outcome !== 'unchanged').length;
  const valid = plan.rows.length;
  const rows = plan.rows.map(({ action, outcome, draft, statusNotApplied }) => {
    const flags = [...action.flags.filter((f) => f !== 'needs-date'), ...(outcome === 'changed' ? ['changed'] : outcome === 'unchanged' ? ['already imported'] : [])];
    const style: ContainerStyle = !action.due ? 'attention' : action.flags.some((f) => f !== 'needs-date' && f !== 'date-set') ? 'warning' : 'default';
    return {
      ref: clipAtWord(action.ref || String(action.number), 64).text,
      // Where it was read and the meeting it is filed under, as the CLI's preview shows them.
      where: `${describePlace(draft.place)} · meeting of ${longDate(action.meetingDate)}`,
      lead: clipAtWord(action.lead || '—', 60).text,
      timing: clipAtWord(action.timing || '(in the text)', 160).text,
      due: action.due ? `${longDate(action.due)} (${READ_AS[action.resolution]})` : 'needs a date',
      dueWeight: outcome === 'unchanged' ? 'Lighter' : 'Default',
      // The status the action will have; a re-import's different status is shown, never applied.
      status: statusNotApplied ? `${statusWords(statusNotApplied.recorded)} (document: ${statusWords(statusNotApplied.document)})` : statusWords(action.status),
      flags: flags.length ? `⚠ ${flags.join(', ')}` : '',
      style,
    };
  });
  const withRows = (n: number) => ({
    card: renderCard(template, {
      title: `${plan.board ?? 'Board not found'} — ${plan.meetingDate ? `meeting of ${longDate(plan.meetingDate)}` : 'meeting date not found'}`,
      subtitle: clipAtWord(`${plan.fileName}: ${valid} action${valid === 1 ? '' : 's'} read, ${fresh} new or changed. Check how each timing was read.${plan.unmappedLeads.length ? ` Nobody answers yet for: ${plan.unmappedLeads.join(', ')}.` : ''}`, 800).text,
      rows: rows.slice(0, n),
      more: rows.length > n ? `and ${rows.length - n} more row${rows.length - n === 1 ? '' : 's'}, not shown to keep this card within Teams' size (they are imported too)` : '',
      problems: notes(plan.problems.map((p) => inTeamsWords(p.message))),
      askBoard,
      askMeetingDate,
      givenBoard: given.board ?? '',
      givenMeetingDate: given.meetingDate ?? '',
      rereadVerb: IMPORT_VERBS.reread,
      warnings: notes(plan.warnings.map((p) => p.message)),
      suggestions: notes(plan.suggestions.slice(0, 10).map((s) => s.text)),
      canImport: plan.problems.length === 0 && fresh > 0,
      canImportValid: plan.problems.length > 0 && valid > 0,
      importTitle: `Import ${fresh} action${fresh === 1 ? '' : 's'}`,
      validTitle: `Import the ${valid} valid row${valid === 1 ? '' : 's'}`,
      verb: IMPORT_VERBS.confirm,
      cancelVerb: IMPORT_VERBS.cancel,
      id,
    }),
  });
  return largestThatFits(0, rows.length, withRows).message.card;
}

/** The planner's command-line hints, said as a Teams user does it: in the boxes on the card. */
function inTeamsWords(message: string): string {
  return message
    .replace(/Give it with --meeting-date YYYY-MM-DD\.$/, 'Give it in the Meeting date box below and press Read again.')
    .replace(/Give it with --board "NAME"\.$/, 'Give it in the Board box below and press Read again.');
}
