import { app, authentication } from '@microsoft/teams-js';

/** Teams' three themes; a plain browser follows the system's light or dark preference. */
export type Theme = 'default' | 'dark' | 'contrast';

/** Where the page runs and what it can ask its host for. */
export interface Host {
  inTeams: boolean;
  theme: Theme;
  /** A Teams SSO token for Chaser's API (null outside Teams: the server then decides, e.g. a local run). */
  token(): Promise<string | null>;
  onThemeChange(listener: (theme: Theme) => void): void;
  /** The action a Teams deep link opened the tab on (its key, e.g. `OB_2022-04-21_005`), or null. */
  subPageId: string | null;
}

const INIT_TIMEOUT_MS = 4000;

function asTheme(value: string | null | undefined): Theme | null {
  return value === 'dark' || value === 'contrast' || value === 'default' ? value : null;
}

function systemTheme(): Theme {
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'default';
}

/**
 * Starts the Teams JS library when the page is framed by Teams (with a time limit, so a page framed by
 * something else still opens), reads the theme and follows its changes. `?theme=dark|default|contrast`
 * forces a theme (screenshots, checks).
 */
export async function startHost(): Promise<Host> {
  const forced = asTheme(new URLSearchParams(window.location.search).get('theme'));
  const listeners: Array<(t: Theme) => void> = [];
  const plain: Host = { inTeams: false, theme: forced ?? systemTheme(), token: async () => null, onThemeChange: (l) => listeners.push(l), subPageId: null };
  if (window.parent === window) return plain;
  try {
    await Promise.race([app.initialize(), new Promise((_, reject) => setTimeout(() => reject(new Error('Teams did not answer')), INIT_TIMEOUT_MS))]);
    const context = await app.getContext();
    app.registerOnThemeChangeHandler((t) => listeners.forEach((l) => l(asTheme(t) ?? 'default')));
    void app.notifySuccess();
    return {
      inTeams: true,
      theme: forced ?? asTheme(context.app.theme) ?? 'default',
      token: () => authentication.getAuthToken(),
      onThemeChange: (l) => listeners.push(l),
      subPageId: context.page.subPageId || null,
    };
  } catch {
    return plain;
  }
}
