import { settingRows } from './config';

/** The Configuration table of the README, made from the settings themselves (a test keeps them equal). */
export function configTableMarkdown(): string {
  const rows = settingRows().map((r) => `| \`${r.env}\` | ${r.default ? `\`${r.default}\`` : '—'} | ${r.doc.replace(/\|/g, '\\|')} |`);
  return ['| setting | default | meaning |', '|---|---|---|', ...rows].join('\n');
}

/** `.env.example`: every setting with its doc line; set defaults shown, unset ones commented out. */
export function envExampleText(): string {
  const lines = [
    '# Chaser settings. Copy to .env (never commit it) or set them in the environment.',
    '# Everything has a local default: with none set, npm start runs locally with embedded storage.',
    '# Generated from src/config.ts by `npx tsx scripts/config-table.ts --env-example`; a test keeps it true.',
    '',
  ];
  for (const r of settingRows()) lines.push(`# ${r.doc}`, `${r.default === '' ? '# ' : ''}${r.env}=${r.default}`, '');
  return lines.join('\n');
}
