import { settingRows } from './config';

/** The Configuration table of the README, made from the settings themselves (a test keeps them equal). */
export function configTableMarkdown(): string {
  const rows = settingRows().map((r) => `| \`${r.env}\` | ${r.default ? `\`${r.default}\`` : '—'} | ${r.doc.replace(/\|/g, '\\|')} |`);
  return ['| setting | default | meaning |', '|---|---|---|', ...rows].join('\n');
}
