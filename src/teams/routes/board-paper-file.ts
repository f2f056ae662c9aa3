import type { TurnContext } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import type { Actor } from '../../domain/actor';
import type { DigestScope } from '../../domain/digest';
import { boardPaperDocx } from '../../export';
import { boardPaperFor } from '../../app/digest/show-digest';
import { registerTrend } from '../../app/digest/register-trend';
import type { BotDeps } from '../bot-deps';
import { actorOf } from '../actor-of';

const CONSENT = 'application/vnd.microsoft.teams.card.file.consent';
const FILE_INFO = 'application/vnd.microsoft.teams.card.file.info';

/** The board paper as a Word file for this person and scope, or the sentence refusing it. */
async function paperFile(actor: Actor, scope: DigestScope, deps: BotDeps): Promise<{ name: string; bytes: Buffer } | string> {
  const paper = await boardPaperFor(actor, { shared: false }, scope, deps);
  if (paper.kind === 'refused') return paper.reason;
  const trend = await registerTrend(paper.actions, deps);
  const bytes = await boardPaperDocx({ digest: paper.digest, actions: paper.actions, generatedAt: deps.clock.now(), marking: deps.protectiveMarking, trend });
  return { name: `board-paper-${paper.digest.asOf}.docx`, bytes };
}

/**
 * "Get the board paper" gives the Word document. In Teams a bot may send a file only with the person's
 * consent, and only in a personal chat: Chaser sends the consent card; on Allow, Teams gives an upload
 * URL, Chaser uploads the paper there and posts the file card. In a group chat or channel it says to ask in
 * a personal chat. Locally (the Playground shows no consent cards) it offers a download link instead.
 * Returns what the pressed card shows.
 */
export async function offerBoardPaper(context: TurnContext, deps: BotDeps, scope: DigestScope): Promise<string> {
  const type = context.activity.conversation?.conversationType;
  if (type === 'channel' || type === 'groupChat') {
    return 'I send the board paper as a Word file in a personal chat only (Teams asks you before a file is sent). Open a chat with Chaser (Apps → Chaser → Chat), say "digest", and press "Get the board paper" there.';
  }
  const file = await paperFile(await actorOf(context, deps.store), scope, deps);
  if (typeof file === 'string') return file;
  if (deps.offerDownload) {
    return `The board paper (Word, ${Math.ceil(file.bytes.length / 1024)} KB): ${deps.offerDownload(file.name, file.bytes)} — the link works on this computer for five minutes.`;
  }
  await context.sendActivity({
    attachments: [{
      contentType: CONSENT, name: file.name,
      content: { description: 'The board paper: the action log in the DCDG format, as a Word document.', sizeInBytes: file.bytes.length, acceptContext: { scope }, declineContext: { scope } },
    }],
  });
  return 'Teams will ask you to allow the file: press Allow on the card below and the board paper arrives here.';
}

/** The consent card's Allow and Decline. */
export function boardPaperFileRoutes(app: Application<TurnState>, deps: BotDeps): void {
  app.fileConsentAccept(async (context, _state, response) => {
    const scope = ((response.context as { scope?: DigestScope } | undefined)?.scope ?? {});
    const upload = response.uploadInfo;
    const file = await paperFile(await actorOf(context, deps.store), scope, deps);
    if (typeof file === 'string' || !upload?.uploadUrl) {
      await context.sendActivity(typeof file === 'string' ? file : 'Teams did not give me a place to upload the file; press "Get the board paper" again.');
      return;
    }
    const res = await fetch(upload.uploadUrl, {
      method: 'PUT', body: new Uint8Array(file.bytes),
      headers: { 'content-length': String(file.bytes.length), 'content-range': `bytes 0-${file.bytes.length - 1}/${file.bytes.length}` },
      signal: AbortSignal.timeout(30_000),
    });
    if (!res.ok) {
      deps.log.warn({ status: res.status }, 'board paper upload refused');
      await context.sendActivity(`Teams refused the upload (HTTP ${res.status}); press "Get the board paper" again in a minute.`);
      return;
    }
    await context.sendActivity({ attachments: [{ contentType: FILE_INFO, contentUrl: upload.contentUrl, name: upload.name, content: { uniqueId: upload.uniqueId, fileType: upload.fileType } }] });
  });

  app.fileConsentDecline(async (context) => {
    await context.sendActivity('The board paper was not sent. Press "Get the board paper" again whenever you want it.');
  });
}
