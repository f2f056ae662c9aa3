import type { Field } from './header-field';

/**
 * Heading shapes that trackers build from the known names rather than write as one of them: a combined
 * action heading ("Recommendation / Action", "Action/Decision", "Actions & Recommendations") and a
 * completion question answered Y/N ("Done?", "Completed?", "Closed?", "Complete (Y/N)").
 */

/** Words that, joined with "/", "&" or "and", still name the action column. */
const ACTION_PARTS = new Set([
  'action', 'actions', 'agreed action', 'agreed actions', 'action agreed', 'actions agreed', 'recommendation', 'recommendations',
  'decision', 'decisions', 'resolution', 'resolutions', 'action required', 'actions required', 'action arising', 'actions arising',
]);

/** True for "recommendation/action", "action/decision", "actions & recommendations": every part an action word, one of them "action" or "recommendation". */
function isCombinedAction(key: string): boolean {
  const parts = key.split(/\s*(?:\/|&|\+|\band\b)\s*/).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2 || !parts.every((p) => ACTION_PARTS.has(p))) return false;
  return parts.some((p) => /^(?:agreed )?(?:action|recommendation)s?\b/.test(p));
}

/** Completion words a Y/N column is headed with ("Done?", "Completed (Y/N)", "Closed?", "Actioned?"). */
const COMPLETION_WORDS = ['done', 'complete', 'completed', 'closed', 'finished', 'actioned', 'achieved', 'action complete', 'action completed', 'action closed', 'is it done'];

/** "(y/n)", "y/n", "(yes/no)", "?" after a completion word: the question mark-up a tracker adds. */
const QUESTION = /\s*(?:\?|\(\s*y\s*\/\s*n\s*\)|\by\s*\/\s*n\b|\(\s*yes\s*\/\s*no\s*\)|\byes\s*\/\s*no\b)\s*$/;

/**
 * True for a heading that asks whether the action is complete, to be answered Y/N: "Done?", "Completed?",
 * "Closed?", "Complete (Y/N)", "Done Y/N", and "Done" on its own (a "Done" column is never a date). The raw
 * heading as written (not a `headerKey`, which drops the "?" that tells "Closed?" from a "Closed" date column).
 */
export function isCompletionQuestion(heading: string): boolean {
  const text = heading.toLowerCase().replace(/[:*]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (text === 'done') return true;
  let words = text;
  // "Actioned? (Y/N)": the question may be marked twice.
  for (let asked = QUESTION.exec(words); asked; asked = QUESTION.exec(words)) words = words.slice(0, asked.index).trim();
  return words !== text && COMPLETION_WORDS.includes(words);
}

/**
 * The field of a heading built from known names (null when it is not one): a combined action heading is
 * the `action` column; a completion question is the `status` column, its Y/N read by `asAnswer`
 * (status-columns.ts). `key` is the `headerKey` of `heading`. Rule: the import README's "Headings".
 */
export function fieldOfHeadingForm(heading: string, key: string): Field | null {
  if (isCombinedAction(key)) return 'action';
  return isCompletionQuestion(heading) ? 'status' : null;
}
