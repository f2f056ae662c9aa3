import type { Action } from '../../domain/action';
import type { LeadUser } from '../../domain/lead';
import type { ConversationRecord } from '../ports';
import type { Store } from '../ports';

/** One person Chaser must reach, and where (null when it cannot). */
export interface Recipient {
  user: LeadUser;
  conversation: ConversationRecord | null;
}

/** Why a lead cannot be reached: nobody mapped, or none of its users has the bot (or all blocked it). */
export interface UnreachableLead {
  lead: string;
  reason: string;
}

/** Looks up leads and conversations once per sweep. */
export class RecipientBook {
  private readonly leads = new Map<string, Recipient[]>();
  private readonly people = new Map<string, ConversationRecord | null>();
  private readonly names = new Map<string, string>();
  readonly unreachable = new Map<string, UnreachableLead>();

  constructor(private readonly store: Store) {}

  /** The users who answer for the action's lead; records the lead as unreachable when none can be reached. */
  async forLead(action: Pick<Action, 'lead'>): Promise<Recipient[]> {
    const name = action.lead || '(no lead)';
    const known = this.leads.get(name.toLowerCase());
    if (known) return known;
    const entry = action.lead ? await this.store.leads.get(action.lead) : null;
    const recipients: Recipient[] = [];
    for (const user of entry?.users ?? []) recipients.push({ user, conversation: await this.person(user.id) });
    this.leads.set(name.toLowerCase(), recipients);
    this.names.set(name.toLowerCase(), name);
    this.check(name, recipients);
    return recipients;
  }

  /** Looks again after sending: a user who blocked Chaser just now can leave a lead unreachable. */
  recheck(): void {
    for (const [key, recipients] of this.leads) this.check(this.names.get(key)!, recipients);
  }

  private check(name: string, recipients: Recipient[]): void {
    if (recipients.length === 0) {
      this.unreachable.set(name, { lead: name, reason: `nobody is mapped to ${name} (map it with: chaser leads set "${name}" USER-EMAIL)` });
    } else if (!recipients.some((r) => r.conversation && !r.conversation.blockedAt)) {
      const blocked = recipients.some((r) => r.conversation?.blockedAt);
      this.unreachable.set(name, { lead: name, reason: blocked ? `every user mapped to ${name} has blocked or removed Chaser` : `none of the users mapped to ${name} has Chaser installed yet` });
    }
  }

  /** The personal chat of a user (by AAD object id or UPN as mapped). */
  async person(userId: string): Promise<ConversationRecord | null> {
    const id = userId.toLowerCase();
    if (!this.people.has(id)) this.people.set(id, (await this.store.conversations.findPersonal(userId)) ?? (await this.byName(userId)));
    return this.people.get(id) ?? null;
  }

  /** Leads are often mapped by UPN while Teams gives an AAD object id: fall back to the recorded UPN. */
  private async byName(userId: string): Promise<ConversationRecord | null> {
    if (!userId.includes('@')) return null;
    return this.store.conversations.findByUpn(userId);
  }
}
