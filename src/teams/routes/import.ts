import { CardFactory, TurnContext } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import { importPreviewCard } from '../../cards/import-preview-card';
import { importedCard } from '../../cards/imported-card';
import { undoImport } from '../../app/imports/undo-import';
import { IMPORT_VERBS } from '../../cards/verbs';
import { answerFailure } from '../../errors';
import { cancelImport, confirmImport } from '../../app/imports/confirm-import';
import { givenSettings } from '../../app/imports/given-settings';
import { holdImport } from '../../app/imports/hold-import';
import { rereadImport } from '../../app/imports/reread-import';
import { isAdmin } from '../../app/access/is-admin';
import { docxHtmlToText } from '../../import/docx-html-text';
import { MAX_IMPORT_BYTES } from '../../import/read-document';
import { plainText } from '../../domain/plain-text';
import { actorOf } from '../actor-of';
import { downloadCapped } from '../download-capped';
import type { BotDeps } from '../bot-deps';

const IMPORT_WORD = /^\s*import\b[:\s]*/i;
const FILE_DOWNLOAD = 'application/vnd.microsoft.teams.file.download.info';

/**
 * "import" with a pasted table or an attached document (personal chat, secretariat only): Chaser reads it,
 * answers with the preview card, and imports only when the button is pressed. Nothing is written before.
 */
export function importRoutes(app: Application<TurnState>, deps: BotDeps): void {
  app.message(IMPORT_WORD, async (context) => {
    const actor = await actorOf(context, deps.store);
    if (!(await isAdmin(actor, deps))) {
      await context.sendActivity('Only the secretariat can import actions. Ask them to add you (chaser admins add …) if you should.');
      return;
    }
    try {
      const document = await documentOf(context);
      if (!document) {
        await context.sendActivity('Send "import" with the action table pasted below it (No., Action, Timing, Lead), or attach the letter, meeting record or register (.docx, .pdf, .xlsx, .csv, .txt, .md; up to 5 MB).');
        return;
      }
      const held = await holdImport(document, actor, deps);
      if (held.kind === 'too-large') await context.sendActivity(held.message);
      else await context.sendActivity({ attachments: [CardFactory.adaptiveCard(importPreviewCard(held.plan, held.id))] });
    } catch (err) {
      await context.sendActivity(answerFailure(err, deps.log, 'import failed', { route: 'import', user: actor.id }));
    }
  });

  app.adaptiveCards.actionExecute<{ id?: unknown; mode?: unknown; board?: unknown; meetingDate?: unknown }>(IMPORT_VERBS.confirm, async (context, _state, data) => {
    const actor = await actorOf(context, deps.store);
    if (!(await isAdmin(actor, deps))) return 'Only the secretariat can import actions; nothing was imported.';
    try {
      const done = await confirmImport(String(data.id ?? ''), typeof data.mode === 'string' ? data.mode : undefined, actor, deps, givenSettings(data));
      if (done.kind === 'gone') return done.message;
      return importedCard(done);
    } catch (err) {
      return answerFailure(err, deps.log, 'import confirmation failed', { route: 'import-confirm', user: actor.id });
    }
  });

  app.adaptiveCards.actionExecute<{ id?: unknown; board?: unknown; meetingDate?: unknown }>(IMPORT_VERBS.reread, async (context, _state, data) => {
    const actor = await actorOf(context, deps.store);
    if (!(await isAdmin(actor, deps))) return 'Only the secretariat can import actions; nothing was imported.';
    try {
      const given = givenSettings(data);
      const held = await rereadImport(String(data.id ?? ''), given, actor, deps);
      return held.kind === 'gone' ? held.message : importPreviewCard(held.plan, held.id, given);
    } catch (err) {
      return answerFailure(err, deps.log, 'import reread failed', { route: 'import-reread', user: actor.id });
    }
  });

  app.adaptiveCards.actionExecute<{ id?: unknown }>(IMPORT_VERBS.undo, async (context, _state, data) => {
    const actor = await actorOf(context, deps.store);
    try {
      const { record, removed, restored } = await undoImport(String(data.id ?? ''), actor, deps);
      return `Undone: the import of ${plainText(record.fileName, 120)} (${record.id}). ${removed} action${removed === 1 ? '' : 's'} removed, ${restored} restored to what ${restored === 1 ? 'it was' : 'they were'} before.`;
    } catch (err) {
      return answerFailure(err, deps.log, 'import undo failed', { route: 'import-undo', user: actor.id });
    }
  });

  app.adaptiveCards.actionExecute<{ id?: unknown }>(IMPORT_VERBS.cancel, async (context, _state, data) => {
    await cancelImport(String(data.id ?? ''), await actorOf(context, deps.store), deps);
    return 'Cancelled: nothing was imported.';
  });
}

/** The document in the message: an attached file, pasted HTML (a table from Word), or the text after "import". */
async function documentOf(context: TurnContext): Promise<{ fileName: string; content: Buffer } | null> {
  for (const attachment of context.activity.attachments ?? []) {
    if (attachment.contentType === FILE_DOWNLOAD) {
      const info = (attachment.content ?? {}) as { downloadUrl?: unknown; fileType?: unknown };
      const fileType = typeof info.fileType === 'string' ? info.fileType.slice(0, 16) : 'txt';
      if (info.downloadUrl) return { fileName: typeof attachment.name === 'string' && attachment.name ? attachment.name.slice(0, 255) : `document.${fileType}`, content: await downloadCapped(info.downloadUrl, MAX_IMPORT_BYTES) };
    }
    if (attachment.contentType === 'text/html' && typeof attachment.content === 'string' && /<table/i.test(attachment.content)) {
      // The message's own first word ("import") is not part of the document.
      return { fileName: 'pasted table.txt', content: Buffer.from(docxHtmlToText(attachment.content).replace(IMPORT_WORD, ''), 'utf8') };
    }
  }
  const pasted = (context.activity.text ?? '').replace(IMPORT_WORD, '');
  return pasted.trim() ? { fileName: 'pasted text.txt', content: Buffer.from(pasted, 'utf8') } : null;
}
