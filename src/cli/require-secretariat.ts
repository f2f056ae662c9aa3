import { NotAllowedError } from '../errors';
import type { CliContext } from './cli-context';

/** The CLI acts as the secretariat unless `--as` names someone; then that person must be an admin. */
export async function requireSecretariat(ctx: CliContext): Promise<void> {
  if (ctx.actingAsSecretariat) return;
  if (await ctx.store.admins.isAdmin([ctx.actor.id])) return;
  throw new NotAllowedError(`${ctx.actor.id} is not in the secretariat, so cannot do this. An admin can add them with: chaser admins add ${ctx.actor.id}`);
}
