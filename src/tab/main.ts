import { render } from 'preact';
import { App } from './app';
import { ConfigPage } from './config-page';
import { applyTheme } from './fluent-theme';
import { html } from './html';
import { startHost } from './teams-host';

/** The page's entry: start the Teams host (or run as a plain page), follow its theme, render the tab or its setup page. */

void startHost().then((host) => {
  applyTheme(host.theme);
  host.onThemeChange(applyTheme);
  const root = document.getElementById('root')!;
  root.textContent = '';
  const isConfig = window.location.pathname.replace(/\/$/, '').endsWith('/tab/config');
  render(isConfig ? html`<${ConfigPage} host=${host} />` : html`<${App} host=${host} />`, root);
});
