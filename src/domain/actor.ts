/** Who is doing something: a Teams user, or the CLI acting for the secretariat. */
export interface Actor {
  /** AAD object id or UPN; `cli:<login>` for the CLI. */
  id: string;
  name: string;
  /** Also known by (UPN beside an AAD object id), so a lead mapped by either is recognised. */
  aliases?: string[];
}

export function actorIds(actor: Actor): string[] {
  return [actor.id, ...(actor.aliases ?? [])].map((id) => id.toLowerCase());
}
