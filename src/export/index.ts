export type { ExportInput } from './export-input';
export { boardPaperDocx } from './board-paper-docx';
export { registerXlsx } from './register-xlsx';
export { registerCsv } from './register-csv';
export { digestMarkdown } from './digest-markdown';
export { digestJson } from './digest-json';
export type { DigestJson } from './digest-json';
