import { useEffect, useState } from 'preact/hooks';
import type { TabSession } from '../app/tab/tab-session';
import { callApi } from './api';
import { DashboardView } from './dashboard-view';
import { html } from './html';
import { LeadsView } from './leads-view';
import { RegisterView } from './register-view';
import type { Host } from './teams-host';

type View = 'register' | 'mine' | 'dashboard' | 'leads';
const ALL_VIEWS: Array<[View, string]> = [['register', 'Register'], ['mine', 'My actions'], ['dashboard', 'Dashboard'], ['leads', 'Leads']];

function initialView(): View {
  const v = new URLSearchParams(window.location.search).get('view');
  return v === 'mine' || v === 'dashboard' || v === 'leads' ? v : 'register';
}

/**
 * The tab: who is signed in (decided by the server), then three views as tabs. A person without rights
 * is told why and sees nothing of the register.
 */
export function App({ host }: { host: Host }) {
  const [session, setSession] = useState<(TabSession & { mode: string }) | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [view, setView] = useState<View>(initialView());
  // "Open in the register": `/tab?action=<key>` in a browser, or a Teams deep link's sub-page id.
  const openKey = new URLSearchParams(window.location.search).get('action') ?? host.subPageId;

  useEffect(() => {
    callApi<TabSession & { mode: string }>(host, '/api/tab/session').then(setSession).catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)));
  }, []);

  // "Leads" is the secretariat's: others do not see the tab.
  const VIEWS = ALL_VIEWS.filter(([v]) => v !== 'leads' || session?.secretariat);
  const onTabKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const i = VIEWS.findIndex(([v]) => v === view);
    const next = VIEWS[(i + (e.key === 'ArrowRight' ? 1 : VIEWS.length - 1)) % VIEWS.length]![0];
    setView(next);
    setTimeout(() => (document.getElementById(`tab-${next}`) as HTMLElement | null)?.focus(), 0);
  };

  return html`
    <header class="top">
      <h1>Action register</h1>
      ${session ? html`<p class="who">${session.name}${session.secretariat ? ' · secretariat' : session.ownLeads.length ? ` · lead for ${session.ownLeads.join(', ')}` : ''}${session.mode === 'local' ? ' · local run' : ''}</p>` : null}
    </header>
    <main>
      ${error ? html`<p class="message error" role="alert">${error}</p>` : null}
      ${session && !session.maySee ? html`<p class="message error" role="alert">${session.refusal}</p>` : null}
      ${session && session.maySee ? html`
        <div role="tablist" aria-label="Views" class="views" onKeyDown=${onTabKey}>
          ${VIEWS.map(([v, label]) => html`
            <button type="button" role="tab" id=${`tab-${v}`} aria-selected=${v === view} aria-controls="view" tabIndex=${v === view ? 0 : -1} onClick=${() => setView(v)}>${label}</button>`)}
        </div>
        <div id="view" role="tabpanel" aria-labelledby=${`tab-${view}`}>
          ${view === 'leads' && session.secretariat ? html`<${LeadsView} host=${host} />` : view === 'dashboard' ? html`<${DashboardView} host=${host} />` : html`<${RegisterView} key=${view} host=${host} session=${session} mine=${view === 'mine'} openKey=${view === 'register' ? openKey : null} />`}
        </div>` : null}
      ${!session && !error ? html`<p class="loading">Signing in…</p>` : null}
    </main>`;
}
