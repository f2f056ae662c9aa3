import { leadWords } from './find-lead';

/** A spaced dash: en and em dashes arrive as "-". */
const DASH = /\s+-\s+/;
/** The last owner in brackets and what follows it: "… gap (Chair) - end of month", "… strategy [HR Director] by 30 June". */
const BRACKETED = /^(.*\S)\s*[([]([^()[\]]{1,60})[)\]]\s*(.*)$/;
/** What may follow the owner: nothing, a timing after a dash or comma, or "by <when>". */
const TAIL = /^(?:[.;]?|(?:[-,;]\s*(?:by\s+)?|by\s+)(\S.*?)\.?)$/i;
/** Words that say when, never who ("ASAP", "TBC", "Q3", "June", "Monday", "next meeting"). */
const WHEN = /^(?:asap|tbc|tba|tbd|ongoing|immediately|q[1-4]\b|next\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri)[a-z]*\b)/i;

/** An action item whose owner stands beside its task instead of before "to". */
export interface LeadBesideTask {
  lead: string;
  task: string;
  /** What follows the owner after a dash or "by" ("end of month", "30 June"); '' when nothing does. */
  timing: string;
}

/**
 * The lead of an item written with its owner beside the task, as boards' "Actions agreed:" lists do:
 * - in brackets, last in the item or before its timing: "Write to the ICB about the funding gap (Chair) - end
 *   of month", "Refresh the volunteer strategy [HR Director] by 30 June";
 * - after a spaced dash, with the timing after a second: "Present the clinical governance report - Medical
 *   Director - May meeting", "Renew the insurance - Treasurer".
 * The owner must read as a lead (`leadWords`; not a timing such as "ASAP" or "June") and the task must not
 * (so "Inspector Jones (Community Safety)" is a name and a role, not a task and an owner). Anything else
 * after the owner than a timing makes the item not this shape. Null when the item is not this shape.
 */
export function leadBesideTask(text: string): LeadBesideTask | null {
  const item = text.trim();
  return inBrackets(item) ?? betweenDashes(item);
}

function inBrackets(item: string): LeadBesideTask | null {
  const m = BRACKETED.exec(item);
  const tail = m ? TAIL.exec(m[3]!.trim()) : null;
  if (!m || !tail) return null;
  return checked(m[1]!.replace(/\s*-$/, ''), m[2]!, tail[1] ?? '');
}

function betweenDashes(item: string): LeadBesideTask | null {
  const parts = item.replace(/\.$/, '').split(DASH);
  if (parts.length !== 2 && parts.length !== 3) return null;
  const timing = (parts[2] ?? '').replace(/^by\s+/i, '');
  if (timing && leadWords(timing)) return null;
  return checked(parts[0]!, parts[1]!, timing);
}

function checked(task: string, owner: string, timing: string): LeadBesideTask | null {
  const lead = WHEN.test(owner.trim()) ? null : leadWords(owner.trim());
  if (!lead || !task.trim() || leadWords(task.trim())) return null;
  return { lead, task: task.trim(), timing: timing.trim() };
}
