import type { Directory, DirectoryLookup, DirectoryPerson } from '../app/ports';
import { GraphClient, GraphUnavailableError } from './graph-client';

const SELECT = '$select=id,displayName,userPrincipalName,mail,accountEnabled,userType';

interface GraphUser {
  id?: string;
  displayName?: string | null;
  userPrincipalName?: string | null;
  mail?: string | null;
  accountEnabled?: boolean | null;
  userType?: string | null;
}

/**
 * The organisation's directory through Microsoft Graph (application permission User.Read.All):
 * `GET /users/{UPN or object id}` first; when nobody signs in with that name, `GET /users?$filter=mail eq '…'`
 * (an e-mail address that differs from the UPN). 404 / an empty list = `none`; 401/403 (permission not
 * granted), throttling past the retries, or no connection = `unavailable`, never an exception.
 */
export function graphDirectory(graph: GraphClient): Directory {
  return {
    async findPerson(address: string): Promise<DirectoryLookup> {
      const wanted = address.trim();
      try {
        const byName = await graph.get(`/users/${encodeURIComponent(wanted)}?${SELECT}`);
        if (byName.status === 200) return found(byName.body as GraphUser);
        const refused = refusal(byName.status);
        if (refused) return refused;
        // 404 (nobody signs in so) or 400 (not a valid UPN or id): try it as an e-mail address.
        if (byName.status !== 404 && byName.status !== 400) return { kind: 'unavailable', reason: `Microsoft Graph answered ${byName.status}` };
        if (!wanted.includes('@')) return { kind: 'none' };
        const byMail = await graph.get(`/users?$filter=${encodeURIComponent(`mail eq '${wanted.replace(/'/g, "''")}'`)}&${SELECT}`);
        const refusedMail = refusal(byMail.status);
        if (refusedMail) return refusedMail;
        if (byMail.status !== 200) return { kind: 'unavailable', reason: `Microsoft Graph answered ${byMail.status}` };
        const [first] = ((byMail.body as { value?: GraphUser[] } | null)?.value ?? []);
        return first ? found(first) : { kind: 'none' };
      } catch (err) {
        if (err instanceof GraphUnavailableError) return { kind: 'unavailable', reason: err.message };
        throw err;
      }
    },
  };
}

function refusal(status: number): DirectoryLookup | null {
  if (status === 401 || status === 403) return { kind: 'unavailable', reason: `Microsoft Graph refused (${status}): grant the app the User.Read.All application permission` };
  return null;
}

function found(user: GraphUser): DirectoryLookup {
  if (!user.id) return { kind: 'unavailable', reason: 'Microsoft Graph answered without an id' };
  const person: DirectoryPerson = {
    id: user.id.toLowerCase(),
    displayName: user.displayName ?? user.userPrincipalName ?? user.id,
    userPrincipalName: (user.userPrincipalName ?? '').toLowerCase(),
    mail: user.mail ?? null,
    accountEnabled: typeof user.accountEnabled === 'boolean' ? user.accountEnabled : null,
    guest: user.userType === 'Guest',
  };
  return { kind: 'found', person };
}
