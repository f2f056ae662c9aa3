import type { Action } from '../domain/action';
import { actionReference } from '../domain/action';
import { storedValuesProblems } from '../domain/stored-values';
import type { Logger } from '../log';

/** An action a job left out, and why (a sentence for the job's report). */
export interface SkippedAction {
  reference: string;
  reason: string;
}

/**
 * Runs `check` on each action and keeps those it accepts: one action whose values storage or a card
 * cannot take (a lead of 1,025 bytes stored before imports checked it, a date that breaks a rule) is
 * left out and reported, instead of failing the job for everyone. An action whose stored values are
 * over the limits (src/domain/stored-values) is left out before `check` runs.
 */
export async function screenActions<T>(actions: readonly Action[], check: (action: Action) => Promise<T> | T): Promise<{ kept: Array<{ action: Action; value: T }>; skipped: SkippedAction[] }> {
  const kept: Array<{ action: Action; value: T }> = [];
  const skipped: SkippedAction[] = [];
  for (const action of actions) {
    const reference = safeReference(action);
    const problems = storedValuesProblems({ lead: action.lead, board: action.board, ref: action.ref, timing: action.timing, strand: action.strand });
    if (problems.length) {
      skipped.push({ reference, reason: `${problems.join('; ')}. Correct it with a corrected import of its document.` });
      continue;
    }
    try {
      kept.push({ action, value: await check(action) });
    } catch (err) {
      skipped.push({ reference, reason: `it could not be handled (${err instanceof Error ? err.message.slice(0, 200) : String(err).slice(0, 200)})` });
    }
  }
  return { kept, skipped };
}

/** Logs the actions a job left out, once per run (never once per action). */
export function logSkipped(log: Logger, job: string, skipped: SkippedAction[]): void {
  if (skipped.length) log.error({ job, skipped }, `${job}: ${skipped.length} action${skipped.length === 1 ? '' : 's'} left out (each named with its reason)`);
}

function safeReference(action: Action): string {
  try {
    return actionReference(action).slice(0, 120);
  } catch {
    return `action ${String(action.number)}`;
  }
}
