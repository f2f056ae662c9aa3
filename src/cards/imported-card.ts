import type { AdaptiveCard } from './render';
import { IMPORT_VERBS } from './verbs';

/** What an import did, as the card after "Import" shows it. */
export interface ImportedView {
  importId: string;
  fileName: string;
  result: { created: number; changed: number; unchanged: number };
  unmappedLeads: string[];
}

/**
 * "Imported from …": the counts, the leads nobody answers for yet, and "Undo this import", which takes it
 * back while no lead has updated its actions (src/app/imports/undo-import.ts). The file name is the
 * sender's: it goes in a TextRun, never read as Markdown.
 */
export function importedCard(view: ImportedView): AdaptiveCard {
  const { created, changed, unchanged } = view.result;
  const body: object[] = [
    { type: 'RichTextBlock', inlines: [
      { type: 'TextRun', text: 'Imported from ', weight: 'Bolder' },
      { type: 'TextRun', text: view.fileName.slice(0, 120), weight: 'Bolder' },
      { type: 'TextRun', text: `: ${created} new, ${changed} corrected, ${unchanged} unchanged.` },
    ] },
  ];
  if (view.unmappedLeads.length) {
    body.push({ type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: `Nobody answers yet for ${view.unmappedLeads.join(', ')}: map them with: chaser leads set LEAD USER-EMAIL.` }] });
  }
  body.push({ type: 'TextBlock', text: `Import ${view.importId}. It can be undone until a lead updates one of its actions.`, wrap: true, isSubtle: true, size: 'Small' });
  return {
    type: 'AdaptiveCard', version: '1.5', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', body,
    actions: [{ type: 'Action.Execute', title: 'Undo this import', verb: IMPORT_VERBS.undo, data: { id: view.importId } }],
  };
}
