import type { Action } from '../../domain/action';
import { RecipientBook } from '../delivery/recipients';
import type { Store } from '../ports';
import { mriOf } from './send-reminder-cards';

/**
 * Who sees a reminder card refresh to the latest state: the people who answer for its actions' leads and
 * the secretariat, by their Teams MRIs (`29:…`, what Teams matches `refresh.userIds` against), plus
 * `presser` (the person who just acted). Teams takes at most 60; the card caps the list.
 */
export async function cardViewers(actions: Action[], presser: string, deps: { store: Store }): Promise<string[]> {
  const book = new RecipientBook(deps.store);
  const leadPeople = (await Promise.all(actions.map((a) => book.forLead(a)))).flat().map((r) => mriOf(r.conversation));
  const admins = await Promise.all((await deps.store.admins.list()).map(async (a) => mriOf(await book.person(a.id))));
  return [...new Set([presser, ...leadPeople, ...admins].filter((m): m is string => Boolean(m)))];
}
