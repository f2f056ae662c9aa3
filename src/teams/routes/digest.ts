import { CardFactory, TurnContext } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import { digestCard } from '../../cards/digest-card';
import { DIGEST_VERBS } from '../../cards/digest-verbs';
import type { Action } from '../../domain/action';
import type { DigestScope } from '../../domain/digest';
import { DIGEST_MESSAGE, parseDigestCommand, resolveDigestTerm } from '../../domain/digest/digest-command';
import { digestFrom, loadDigestSources } from '../../app/digest/build-weekly-digest';
import { DigestPlace, digestAccess, digestScopeFor, digestVisibility } from '../../app/digest/digest-access';
import { isAdmin } from '../../app/access/is-admin';
import { DigestSubscription, subscriberKey } from '../../app/ports';
import { actorOf } from '../actor-of';
import type { BotDeps } from '../bot-deps';
import { conversationRecordOf } from '../conversation-record';
import { sendPaperAsMessages } from './digest-paper';

/**
 * `digest [for <lead>|<board code>]`, `digest subscribe [for …]`, `digest unsubscribe`, and the digest
 * card's "Get the board paper". Registered before the chat routes, which read any other text as a question.
 */
export function digestRoutes(app: Application<TurnState>, deps: BotDeps): void {
  app.message(DIGEST_MESSAGE, async (context) => {
    const command = parseDigestCommand(context.activity.text ?? '');
    if (!command) return;
    if (command.kind === 'unsubscribe') await context.sendActivity(await unsubscribe(context, deps));
    else if (command.kind === 'subscribe') await context.sendActivity(await subscribe(context, deps, command.term));
    else await showDigest(context, deps, command.term);
  });

  app.adaptiveCards.actionExecute<{ lead?: unknown; boardCode?: unknown }>(DIGEST_VERBS.paper, async (context, _state, data) => {
    const requested: DigestScope = {};
    if (typeof data.lead === 'string' && data.lead) requested.lead = data.lead;
    if (typeof data.boardCode === 'string' && data.boardCode) requested.boardCode = data.boardCode;
    const access = await digestAccess(await actorOf(context, deps.store), placeOf(context), requested, deps);
    if (!access.allowed) return access.reason;
    const weekly = digestFrom(await loadDigestSources(deps, access.scope), access.scope);
    return sendPaperAsMessages(context, weekly, deps.clock.now());
  });
}

/** The digest card for whoever asked (also reached from chat wordings like "weekly summary"). */
export async function showDigest(context: TurnContext, deps: BotDeps, term: string | null): Promise<void> {
  const visibility = await digestVisibility(await actorOf(context, deps.store), placeOf(context), deps);
  if (visibility.kind === 'none') {
    await context.sendActivity(visibility.reason);
    return;
  }
  const sources = await loadDigestSources(deps);
  const requested = await scopeOf(term, sources.actions, deps);
  const access = typeof requested === 'string' ? { allowed: false as const, reason: requested } : digestScopeFor(visibility, requested);
  if (!access.allowed) {
    await context.sendActivity(access.reason);
    return;
  }
  const { digest, comparedWith } = digestFrom(sources, access.scope);
  const card = digestCard(digest, { scope: access.scope, comparedWith, generatedAt: deps.clock.now() });
  await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)], summary: digest.sentence });
}

async function subscribe(context: TurnContext, deps: BotDeps, term: string | null): Promise<string> {
  const actor = await actorOf(context, deps.store);
  const place = placeOf(context);
  const record = conversationRecordOf(context.activity, deps.clock.now());
  if (!record) return 'I cannot tell which conversation this is, so nothing was changed.';
  if (place.shared && !(await isAdmin(actor, deps))) return 'Only the secretariat can subscribe a channel or group chat to the digest. You can subscribe yourself in a personal chat with me.';
  // An admin subscribing a conversation is judged as themselves; the conversation sees what they see.
  const visibility = await digestVisibility(actor, { shared: false }, deps);
  if (visibility.kind === 'none') return visibility.reason;
  const requested = await scopeOf(term, term ? await deps.store.actions.listAll() : [], deps);
  if (typeof requested === 'string') return requested;
  const access = digestScopeFor(visibility, requested);
  if (!access.allowed) return access.reason;
  const subscription: DigestSubscription = {
    kind: place.shared ? 'channel' : 'personal', tenantId: record.tenantId, target: record.target,
    name: place.shared ? record.userName || 'this conversation' : actor.name, scope: access.scope, addedBy: actor.id, addedAt: deps.clock.now().toISOString(),
  };
  await deps.store.digests.subscribe(subscription);
  const what = [access.scope.lead, access.scope.boardCode].filter(Boolean).join(', ');
  const who = place.shared ? 'This conversation' : 'You';
  return `${who} will get the weekly digest${what ? ` for ${what}` : ''} each week when it goes out. Say "digest unsubscribe" to stop.`;
}

async function unsubscribe(context: TurnContext, deps: BotDeps): Promise<string> {
  const actor = await actorOf(context, deps.store);
  const place = placeOf(context);
  if (place.shared) {
    if (!(await isAdmin(actor, deps))) return 'Only the secretariat can unsubscribe a channel or group chat from the digest.';
    return (await deps.store.digests.unsubscribe(place.subscriberKey)) ? 'This conversation will no longer get the weekly digest.' : 'This conversation was not subscribed to the digest; nothing changed.';
  }
  const removed = await deps.store.digests.unsubscribe(subscriberKey({ kind: 'personal', target: actor.id }));
  return removed ? 'You will no longer get the weekly digest.' : 'You were not subscribed to the digest; nothing changed.';
}

/** A lead or board code named after `digest`, or a sentence saying it names neither. */
async function scopeOf(term: string | null, actions: Action[], deps: BotDeps): Promise<DigestScope | string> {
  if (!term) return {};
  const directory = (await deps.store.leads.list()).map((l) => l.lead);
  const scope = resolveDigestTerm(term, actions, directory);
  if (scope) return scope;
  const codes = [...new Set(actions.map((a) => a.boardCode))];
  const leads = [...new Set([...actions.map((a) => a.lead), ...directory].filter(Boolean))].sort();
  return `I know no lead or board called "${term.slice(0, 60)}". Try "digest" for everything${leads.length ? `, or one of: ${[...leads, ...codes].slice(0, 12).join(', ')}` : ''}.`;
}

function placeOf(context: TurnContext): DigestPlace {
  const record = conversationRecordOf(context.activity, new Date(0));
  if (!record || record.scope === 'personal') return { shared: false };
  return { shared: true, subscriberKey: subscriberKey({ kind: 'channel', target: record.target }) };
}
