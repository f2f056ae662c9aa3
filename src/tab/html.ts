/** Preact's `h` bound to htm: components are tagged templates (`html\`<div>…</div>\``), no JSX build step. */
export { html } from 'htm/preact';
