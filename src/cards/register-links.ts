/**
 * Where a card's "Open in the register" goes: the register tab, at one action or at the dashboard. In Teams
 * it is a deep link to the app's personal tab (appPackage/manifest.json `staticTabs`), the action's key as
 * the `subEntityId` the tab reads (src/tab/app.ts); on a local run (no app id: the Agents Playground and a
 * browser) it is the tab's own page, `/tab?action=<key>`, which Chaser serves (src/http/tab-routes.ts).
 */

/** The personal tab that lists the register (its `entityId` in the manifest). */
export const REGISTER_TAB = 'register';
/** The personal tab with the dashboard (its `entityId` in the manifest). */
export const DASHBOARD_TAB = 'dashboard';

/** Links to the register tab, made once from the settings and handed to the cards. */
export interface RegisterLinks {
  /** The register opened at one action (its key, `OB_2022-04-21_005`). */
  action(key: string): string;
  /** The register's dashboard (the digest's charts, the trend and overdue by lead). */
  dashboard(): string;
}

/** A Teams deep link to the app's tab `entityId`, with `subEntityId` in the context when given. */
export function teamsTabLink(appId: string, entityId: string, subEntityId?: string): string {
  const base = `https://teams.microsoft.com/l/entity/${encodeURIComponent(appId)}/${encodeURIComponent(entityId)}`;
  return subEntityId === undefined ? base : `${base}?context=${encodeURIComponent(JSON.stringify({ subEntityId }))}`;
}

/**
 * The links for where Chaser runs. `teams`: deep links to the Teams app `appId` (the id Teams knows it by:
 * the manifest id, CHASER_TEAMS_APP_ID). `page`: the tab's own page under `baseUrl` (read when a link is
 * made: a local server knows its port only once it listens).
 */
export function registerLinks(target: { kind: 'teams'; appId: string } | { kind: 'page'; baseUrl: () => string }): RegisterLinks {
  if (target.kind === 'teams') {
    return { action: (key) => teamsTabLink(target.appId, REGISTER_TAB, key), dashboard: () => teamsTabLink(target.appId, DASHBOARD_TAB) };
  }
  const page = (query: string) => `${target.baseUrl().replace(/\/+$/, '')}/tab?${query}`;
  return { action: (key) => page(`action=${encodeURIComponent(key)}`), dashboard: () => page('view=dashboard') };
}

/**
 * The links a running Chaser puts on its cards: the tab's own page on a local run (no app id), Teams deep
 * links when the Teams app id is known, and none otherwise (in Teams the tab opens only inside Teams, and
 * without the app id no link can name it: the cards then carry no "Open in the register").
 */
export function registerLinksFor(settings: { local: boolean; teamsAppId?: string }, baseUrl: () => string): RegisterLinks | null {
  if (settings.local) return registerLinks({ kind: 'page', baseUrl });
  return settings.teamsAppId ? registerLinks({ kind: 'teams', appId: settings.teamsAppId }) : null;
}
