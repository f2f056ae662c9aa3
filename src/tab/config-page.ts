import { pages } from '@microsoft/teams-js';
import { useEffect, useState } from 'preact/hooks';
import { html } from './html';
import type { Host } from './teams-host';

/**
 * The setup page of the channel tab (the configurable tab): choose what the channel sees first, then
 * Teams saves the tab with its content URL on Chaser.
 */
export function ConfigPage({ host }: { host: Host }) {
  const [view, setView] = useState<'register' | 'dashboard'>('dashboard');
  useEffect(() => {
    if (!host.inTeams) return;
    pages.config.registerOnSaveHandler((save) => {
      const contentUrl = `${window.location.origin}/tab?view=${view}`;
      pages.config.setConfig({ entityId: `chaser-${view}`, contentUrl, websiteUrl: contentUrl, suggestedDisplayName: view === 'dashboard' ? 'Board dashboard' : 'Action register' })
        .then(() => save.notifySuccess())
        .catch((err: unknown) => save.notifyFailure(String(err)));
    });
    pages.config.setValidityState(true);
  }, [view]);
  return html`
    <main class="config">
      <h1>Add Chaser to this channel</h1>
      <fieldset>
        <legend>What should the tab show first?</legend>
        <label class="radio"><input type="radio" name="view" checked=${view === 'dashboard'} onChange=${() => setView('dashboard')} /> The dashboard (RAG doughnut, trend, overdue by lead)</label>
        <label class="radio"><input type="radio" name="view" checked=${view === 'register'} onChange=${() => setView('register')} /> The register</label>
      </fieldset>
      ${host.inTeams ? null : html`<p class="muted">Open this page from Teams to add the tab.</p>`}
    </main>`;
}
