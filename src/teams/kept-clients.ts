/**
 * Bot Framework clients kept from turn to turn. botbuilder's CloudAdapter builds a new ConnectorClient and
 * UserTokenClient (each with a new HTTP pipeline) for every inbound activity: under load that cost more CPU
 * than routing and answering the message. A client holds no state of a turn (its credentials fetch and
 * renew their own tokens), so one built for the same inputs serves every turn.
 *
 * Keyed by every input that varies between turns (the bot's app id read from the token, the service URL,
 * the audience); the rest (credentials factory, endpoints, options) is fixed for the adapter's life, so a
 * kept client is the one botbuilder would have built. Nothing invalidates an entry: the inputs are the key.
 * At most `max` are kept, the oldest dropped first (in local mode, without tokens, anyone on this machine
 * could send activities naming many service URLs).
 */
export class KeptClients {
  private readonly kept = new Map<string, Promise<unknown>>();

  constructor(private readonly max = 32) {}

  /** The client kept for `key`, or the one `make` builds (kept unless it fails). One cache holds one kind of client. */
  get<T>(key: string, make: () => Promise<T>): Promise<T> {
    const found = this.kept.get(key) as Promise<T> | undefined;
    if (found) return found;
    const made = make();
    if (this.kept.size >= this.max) this.kept.delete(this.kept.keys().next().value!);
    this.kept.set(key, made);
    made.catch(() => this.kept.delete(key));
    return made;
  }
}

/** The claims' bot app id as botbuilder reads it: the audience (`aud`) of a channel's token, else `appid` (the Emulator's). */
export function appIdOf(claims: { getClaimValue(type: string): string | null }): string {
  return claims.getClaimValue('aud') ?? claims.getClaimValue('appid') ?? '';
}
