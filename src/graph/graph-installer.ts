import type { AppInstaller, InstallOutcome } from '../app/ports';
import { GraphClient, GraphUnavailableError } from './graph-client';

/**
 * Installs Chaser for a user through Graph (application permission TeamsAppInstallation.ReadWriteSelfForUser.All;
 * reading the catalogue needs AppCatalog.Read.All): the catalogue's id for the app differs from the manifest's,
 * so it is looked up once (`GET /appCatalogs/teamsApps?$filter=externalId eq '<manifest id>'`), then
 * `POST /users/{id}/teamwork/installedApps`. 201 installed, 409 already installed, 404 no such user;
 * 401/403, an app missing from the catalogue, throttling or no connection → `unavailable` with the reason.
 */
export function graphInstaller(graph: GraphClient, options: { manifestAppId: string; graphUrl: string }): AppInstaller {
  let catalogueId: string | null = null;

  async function catalogue(): Promise<string | InstallOutcome> {
    if (catalogueId) return catalogueId;
    const filter = encodeURIComponent(`externalId eq '${options.manifestAppId.replace(/'/g, "''")}'`);
    const found = await graph.get(`/appCatalogs/teamsApps?$filter=${filter}`);
    if (found.status === 401 || found.status === 403) return { kind: 'unavailable', reason: `Microsoft Graph refused to read the app catalogue (${found.status}): grant AppCatalog.Read.All` };
    if (found.status !== 200) return { kind: 'unavailable', reason: `Microsoft Graph answered ${found.status} for the app catalogue` };
    const id = ((found.body as { value?: Array<{ id?: string }> } | null)?.value ?? [])[0]?.id;
    if (!id) return { kind: 'unavailable', reason: `Chaser (Teams app ${options.manifestAppId}) is not in the organisation's app catalogue: an admin must upload or approve it` };
    catalogueId = id;
    return id;
  }

  return {
    async installFor(userId: string): Promise<InstallOutcome> {
      try {
        const id = await catalogue();
        if (typeof id !== 'string') return id;
        const bind = `${options.graphUrl.replace(/\/+$/, '')}/appCatalogs/teamsApps/${id}`;
        const result = await graph.post(`/users/${encodeURIComponent(userId)}/teamwork/installedApps`, { 'teamsApp@odata.bind': bind });
        if (result.status === 201 || result.status === 200 || result.status === 204) return { kind: 'installed' };
        if (result.status === 409) return { kind: 'already-installed' };
        if (result.status === 404) return { kind: 'not-found' };
        if (result.status === 401 || result.status === 403) return { kind: 'unavailable', reason: `Microsoft Graph refused to install (${result.status}): grant TeamsAppInstallation.ReadWriteSelfForUser.All` };
        return { kind: 'unavailable', reason: `Microsoft Graph answered ${result.status} to the installation` };
      } catch (err) {
        if (err instanceof GraphUnavailableError) return { kind: 'unavailable', reason: err.message };
        throw err;
      }
    },
  };
}
