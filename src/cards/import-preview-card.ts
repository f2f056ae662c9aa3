import { longDate } from '../domain/calendar-date';
import type { ImportPlan } from '../app/imports/plan-import';
import template from './import-preview-card.json';
import { AdaptiveCard, renderCard } from './render';
import { IMPORT_VERBS } from './verbs';

const SHOWN_ROWS = 40;
const READ_AS: Record<string, string> = { exact: 'as written', inferred: 'inferred', none: 'no date' };

/** The preview the secretariat checks before importing: every timing as read, flags highlighted. */
export function importPreviewCard(plan: ImportPlan, id: string): AdaptiveCard {
  const fresh = plan.rows.filter((r) => r.outcome !== 'unchanged').length;
  const valid = plan.rows.length;
  return renderCard(template, {
    title: `${plan.board ?? 'Board not found'} — ${plan.meetingDate ? `meeting of ${longDate(plan.meetingDate)}` : 'meeting date not found'}`,
    subtitle: `${plan.fileName}: ${valid} action${valid === 1 ? '' : 's'} read, ${fresh} new or changed. Check how each timing was read.${plan.unmappedLeads.length ? ` Nobody answers yet for: ${plan.unmappedLeads.join(', ')}.` : ''}`,
    rows: plan.rows.slice(0, SHOWN_ROWS).map(({ action, outcome }) => ({
      number: String(action.number),
      lead: action.lead || '—',
      timing: action.timing || '(in the text)',
      due: action.due ? `${longDate(action.due)} (${READ_AS[action.resolution]})` : 'needs a date',
      dueColor: action.due ? (action.resolution === 'exact' ? 'Default' : 'Accent') : 'Attention',
      dueWeight: outcome === 'unchanged' ? 'Lighter' : 'Default',
      flags: [...action.flags.filter((f) => f !== 'needs-date'), ...(outcome === 'changed' ? ['changed'] : outcome === 'unchanged' ? ['already imported'] : [])].join(', '),
    })),
    more: plan.rows.length > SHOWN_ROWS ? `and ${plan.rows.length - SHOWN_ROWS} more (the CLI preview shows them all)` : '',
    problems: plan.problems.map((p) => p.message),
    warnings: plan.warnings.map((p) => p.message),
    suggestions: plan.suggestions.slice(0, 10).map((s) => s.text),
    canImport: plan.problems.length === 0 && fresh > 0,
    canImportValid: plan.problems.length > 0 && valid > 0,
    importTitle: `Import ${fresh} action${fresh === 1 ? '' : 's'}`,
    validTitle: `Import the ${valid} valid row${valid === 1 ? '' : 's'}`,
    verb: IMPORT_VERBS.confirm,
    cancelVerb: IMPORT_VERBS.cancel,
    id,
  });
}
