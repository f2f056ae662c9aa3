import type { Actor } from './actor';
import { actorIds } from './actor';
import type { LeadEntry } from './lead';

export type UpdateRight = { allowed: true; as: 'admin' | 'lead' | 'delegate' } | { allowed: false; reason: string };

/** Only the action's lead users, their delegates and the secretariat may update an action. */
export function rightToUpdate(actor: Actor, lead: LeadEntry | null, leadName: string, isAdmin: boolean): UpdateRight {
  if (isAdmin) return { allowed: true, as: 'admin' };
  const ids = actorIds(actor);
  if (lead?.users.some((u) => ids.includes(u.id.toLowerCase()))) return { allowed: true, as: 'lead' };
  if (lead?.delegates.some((u) => ids.includes(u.id.toLowerCase()))) return { allowed: true, as: 'delegate' };
  return {
    allowed: false,
    reason: `Only the people who answer for ${leadName}, their delegates and the secretariat can update this action, and you are not one of them. Nothing was changed. If you should be, ask the secretariat to add you to ${leadName}.`,
  };
}
