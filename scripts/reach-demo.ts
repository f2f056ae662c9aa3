/**
 * `npm run demo:reach`: reaching a lead who never opened Chaser, by hand, on this machine, in about ten
 * seconds. A real Chaser (HTTP, the sweep, the store on an in-memory Azurite) with stand-ins for the two
 * edges we do not own — Microsoft Graph (the directory and app installation) and the Teams connector (chats
 * and messages), the same stand-ins the tests use — so it needs no tenant. It prints each step:
 *
 * 1. the seed letter is imported; MPS is mapped by the e-mail address the letter gives, never checked;
 * 2. the secretariat says hello in Teams (that tells Chaser the tenant and the connector's address);
 * 3. the day's first sweep finds the address in Graph, installs Chaser for the person, opens the chat and
 *    sends the pending reminder card there;
 * 4. "which leads can't be reached?" and "chase MPS on action 19: …" in the secretariat's chat.
 */
import { startChaser } from '../src/chaser';
import { loadConfig } from '../src/config';
import { fixedClock } from '../src/domain/clock';
import { silentLogger } from '../src/log';
import { freePort, startEmbeddedAzurite } from '../src/store/embedded-azurite';
import { ALEX, activityFrom, send, visibleText } from '../tests/support/bot-harness';
import { startFakeConnector } from '../tests/support/fake-connector';
import { FAKE_GRAPH_TOKEN, startFakeGraph } from '../tests/support/fake-graph';
import { LETTER_FILE, importSeed } from '../tests/support/import-seed';

const MONDAY_9AM = '2022-05-09T08:00:00Z';
const WRIGHT = { id: 'd1000000-0000-4000-8000-000000000001', displayName: 'Superintendent Wright', userPrincipalName: 'swright@police.example', mail: 'sam.wright@police.example' };

const step = (text: string): void => {
  process.stdout.write(`\n${text}\n`);
};
const show = (text: string): void => {
  process.stdout.write(`${text.split('\n').map((l) => `    ${l}`).join('\n')}\n`);
};

async function main(): Promise<void> {
  const azurite = await startEmbeddedAzurite({ port: await freePort() });
  const graph = await startFakeGraph([WRIGHT]);
  graph.catalogue.push({ id: 'catalogue-chaser', externalId: 'manifest-chaser' });
  const connector = await startFakeConnector();
  const chaser = await startChaser(loadConfig({
    PORT: '0', CHASER_STORAGE_CONNECTION_STRING: azurite.connectionString, CHASER_TABLE_PREFIX: 'reachdemo',
    CHASER_PLAYGROUND: 'false', CHASER_SCHEDULER: 'false', CHASER_ADMINS: ALEX.aadObjectId,
    CHASER_GRAPH_URL: graph.url, CHASER_TEAMS_APP_ID: 'manifest-chaser',
  }), { log: silentLogger, clock: fixedClock(MONDAY_9AM), sweepOnNewConversation: false, graphToken: async () => FAKE_GRAPH_TOKEN });
  try {
    step(`Chaser on ${chaser.url} (in-memory storage), Graph stand-in ${graph.url}, Teams connector stand-in ${connector.url}; as of Monday 9 May 2022, 09:00 London.`);
    await importSeed(chaser.store, LETTER_FILE, new Date(MONDAY_9AM));
    await chaser.store.leads.save({ lead: 'MPS', users: [{ id: WRIGHT.mail, name: WRIGHT.mail }], delegates: [], updatedAt: MONDAY_9AM });
    step(`1. The seed letter is imported (${(await chaser.store.actions.listAll()).length} actions). MPS is mapped to ${WRIGHT.mail}, who has never opened Chaser.`);
    await send(chaser, activityFrom(ALEX, { text: 'hello', serviceUrl: connector.url }));
    step(`2. ${ALEX.name} (the secretariat) says hello to Chaser in Teams.`);

    const sweep = await chaser.sweep();
    step('3. The day\'s first reminder sweep:');
    for (const v of sweep.reach?.mappings?.verified ?? []) show(`found in the directory: ${v.address} is ${v.name} (${v.id})`);
    for (const p of [...(sweep.reach?.installs.installed ?? []), ...(sweep.reach?.installs.alreadyInstalled ?? [])]) show(`installed Chaser for ${p.name} (lead for ${p.leads.join(', ')}): ${graph.calls.filter((c) => c.method === 'POST').map((c) => `POST ${c.path}`).join(', ')}`);
    for (const c of sweep.reach?.chats?.opened ?? []) show(`opened the personal chat with ${c.name}: ${connector.created.map((x) => x.conversationId).join(', ')}`);
    for (const card of connector.sent(connector.created[0]?.conversationId)) show(`sent there: ${visibleText(card.body as Record<string, unknown>).split('\n').slice(0, 3).join(' · ')}`);
    const again = await chaser.sweep();
    show(`a second sweep sends ${again.reminders.filter((r) => r.outcome === 'sent').length} more (each reminder goes once).`);

    step('4. In the secretariat\'s chat:');
    for (const text of ['which leads can\'t be reached?', 'chase MPS on action 19: the board meets on Thursday']) {
      show(`> ${text}`);
      const { replies } = await send(chaser, activityFrom(ALEX, { text, serviceUrl: connector.url }));
      show(replies.map((r) => visibleText(r)).join('\n').split('\n').slice(0, 6).join('\n'));
    }
    show(`${WRIGHT.displayName}'s chat now holds ${connector.sent(connector.created[0]?.conversationId).length} cards (the reminder and the chase).`);
    process.stdout.write('\nThe same path is tested in tests/integration/reach/install-to-reminder.test.ts.\n');
  } finally {
    await chaser.stop();
    await connector.stop();
    await graph.stop();
    await azurite.stop();
  }
}

main().then(() => process.exit(0), (err: unknown) => {
  process.stderr.write(`reach demo failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
