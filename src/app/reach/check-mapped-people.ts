import type { LeadUser } from '../../domain/lead';
import type { Directory, Store } from '../ports';

/** What the directory said of the people mapped to leads, at a sweep. */
export interface MappingCheck {
  /** Mapped unverified by address and now found: stored by Entra object id from now on. */
  verified: Array<{ lead: string; address: string; id: string; name: string }>;
  /** Addresses nobody in the directory has (mapped wrongly, or the person was deleted). */
  nobody: Array<{ lead: string; id: string }>;
  /** People whose account is disabled: they have left (marked `leftAt` on the mapping); map someone else. */
  left: Array<{ lead: string; id: string; name: string }>;
  /** Why the directory could not be asked, when it could not (nothing changed then). */
  unavailable: string | null;
}

/**
 * The sweep's directory check (issue #21): each person mapped to a lead (users and delegates) is looked up;
 * one mapped unverified is stored by their Entra object id once found; an address nobody has and a disabled
 * account (a leaver) are reported for the secretariat. Stops at the first `unavailable` answer and says why.
 */
export async function checkMappedPeople(deps: { store: Store; directory: Directory; clock: { now(): Date } }): Promise<MappingCheck> {
  const check: MappingCheck = { verified: [], nobody: [], left: [], unavailable: null };
  for (const entry of await deps.store.leads.list()) {
    let changed = false;
    const resolve = async (user: LeadUser): Promise<LeadUser> => {
      if (check.unavailable) return user;
      const found = await deps.directory.findPerson(user.id);
      if (found.kind === 'unavailable') {
        check.unavailable = found.reason;
        return user;
      }
      if (found.kind === 'none') {
        check.nobody.push({ lead: entry.lead, id: user.id });
        return user;
      }
      const { person } = found;
      const left = person.accountEnabled === false;
      if (left) check.left.push({ lead: entry.lead, id: user.id, name: person.displayName });
      const marks = { ...(person.guest ? { guest: true } : {}), ...(left ? { leftAt: user.leftAt ?? deps.clock.now().toISOString() } : {}) };
      if (user.verified) {
        if (Boolean(user.guest) === person.guest && Boolean(user.leftAt) === left) return user;
        changed = true;
        const { guest: _guest, leftAt: _leftAt, ...rest } = user;
        return { ...rest, ...marks };
      }
      changed = true;
      check.verified.push({ lead: entry.lead, address: user.id, id: person.id, name: person.displayName });
      return { id: person.id, name: user.name && user.name !== user.id ? user.name : person.displayName, ...(person.userPrincipalName ? { upn: person.userPrincipalName } : {}), verified: true, ...marks };
    };
    const users: LeadUser[] = [];
    for (const u of entry.users) users.push(await resolve(u));
    const delegates: LeadUser[] = [];
    for (const d of entry.delegates) delegates.push(await resolve(d));
    if (changed) await deps.store.leads.save({ ...entry, users, delegates, updatedAt: deps.clock.now().toISOString() });
    if (check.unavailable) break;
  }
  return check;
}
