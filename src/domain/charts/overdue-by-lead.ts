import { Action, isOpen } from '../action';
import type { IsoDate } from '../calendar-date';

/** How many open actions one lead has past due. */
export interface LeadOverdue {
  lead: string;
  overdue: number;
}

/** Open actions due before `today`, counted by lead (as written), most first, then by name. Leads with none are left out. */
export function overdueByLead(actions: Pick<Action, 'status' | 'due' | 'lead'>[], today: IsoDate): LeadOverdue[] {
  const counts = new Map<string, number>();
  for (const a of actions) {
    if (!isOpen(a) || !a.due || a.due >= today) continue;
    const lead = a.lead || '(no lead)';
    counts.set(lead, (counts.get(lead) ?? 0) + 1);
  }
  return [...counts].map(([lead, overdue]) => ({ lead, overdue })).sort((a, b) => b.overdue - a.overdue || a.lead.localeCompare(b.lead, 'en-GB'));
}
