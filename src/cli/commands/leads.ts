import type { CliContext } from '../cli-context';
import type { Command } from '../command';
import { UsageError } from '../cli-io';
import { formatTable } from '../format-table';
import { listLeads } from '../../app/people/list-leads';
import { mapLead } from '../../app/people/map-lead';
import type { LeadUser } from '../../domain/lead';
import { directoryFor, installerFor } from '../../graph/graph-from-config';
import { installForUnreachable } from '../../app/reach/install-for-unreachable';
import { requireSecretariat } from '../../app/access/require-secretariat';
import { silentLogger } from '../../log';
import { leadReachability } from '../../app/reach/lead-reachability';

/**
 * `chaser leads set <lead> <user...>` maps a lead as written ("MPS") to the Teams users who answer for it
 * (AAD object ids or UPNs; `name=id` to give a display name); `leads list` shows the directory and the
 * leads in the register that nobody answers for.
 */
export const leadsCommand: Command = {
  name: 'leads',
  summary: 'Map leads to Teams users (leads set MPS cmdr@met.police.uk) or list them',
  usage: 'chaser leads set <lead> <user...> [--delegate <user>]... | chaser leads list [--json] | chaser leads install [--json]',
  options: { json: { type: 'boolean' }, delegate: { type: 'string', multiple: true }, as: { type: 'string' } },
  needsStore: true,
  async run({ values, positionals }, context) {
    const ctx = context as CliContext;
    const [verb, lead, ...users] = positionals;
    if (verb === 'set') {
      if (!lead || users.length === 0) throw new UsageError('Usage: chaser leads set <lead> <user...>, e.g. chaser leads set MPS cmdr.smith@met.police.uk');
      const toUser = (u: string) => (u.includes('=') ? { name: u.split('=')[0]!, id: u.split('=').slice(1).join('=') } : { id: u, name: u });
      const delegates = ((values.delegate as string[] | undefined) ?? []).map(toUser);
      const { directory, why } = directoryFor(ctx.config, silentLogger);
      const mapped = await mapLead({ lead, users: users.map(toUser), delegates }, ctx.actor, { ...ctx, directory });
      const shown = (u: LeadUser) => (u.verified ? `${u.name} (${u.upn ?? u.id}, found in the directory)` : u.id);
      ctx.io.out(`${lead} is answered for by ${mapped.users.map(shown).join(', ')}${mapped.delegates.length ? `; delegates ${mapped.delegates.map(shown).join(', ')}` : ''}.`);
      if (mapped.unverified) ctx.io.out(`Not checked in the directory (${why ?? mapped.unverified.reason}): ${mapped.unverified.ids.join(', ')}. Stored as given; Chaser reaches them once they open it in Teams.`);
      return 0;
    }
    if (verb === 'list' || verb === undefined) {
      // Who answers for each lead is the secretariat's to see (as in the tab), not any `--as` user's.
      await requireSecretariat(ctx.actor, ctx, 'see who answers for each lead');
      const [{ leads: entries, unmapped: inRegister }, reach] = await Promise.all([listLeads(ctx), leadReachability(ctx)]);
      const peopleOf = (lead: string) => reach.find((r) => r.lead === lead)?.people ?? [];
      if (values.json) {
        // Per lead, its people and how each is reached; `reach` also lists the unmapped leads of open actions.
        ctx.io.out(JSON.stringify({ leads: entries.map((e) => ({ ...e, people: peopleOf(e.lead) })), unmapped: inRegister, reach }, null, 2));
      } else {
        ctx.io.out(entries.length ? formatTable(['Lead', 'Users', 'Delegates'], entries.map((e) => [e.lead, peopleOf(e.lead).map((p) => `${p.id} (${p.state})`).join(', '), e.delegates.map((u) => u.id).join(', ')])) : 'No leads are mapped yet.');
        if (inRegister.length) ctx.io.out(`\nLeads in the register that nobody answers for: ${inRegister.join(', ')}. Map them with: chaser leads set <lead> <user...>`);
      }
      return 0;
    }
    if (verb === 'install') {
      await requireSecretariat(ctx.actor, ctx, 'install Chaser for people');
      const { installer, why } = installerFor(ctx.config, silentLogger);
      const report = await installForUnreachable({ store: ctx.store, installer, log: silentLogger, clock: ctx.clock, offReason: why ?? undefined });
      if (values.json) ctx.io.out(JSON.stringify(report, null, 2));
      else {
        const line = (p: { id: string; name: string; leads: string[]; reason?: string }) => `  - ${p.name} (${p.id}) for ${p.leads.join(', ')}${p.reason ? `: ${p.reason}` : ''}`;
        if (report.installed.length) ctx.io.out(`Installed Chaser for:\n${report.installed.map(line).join('\n')}\nChaser opens each chat at the first reminder sweep of a day (sooner if Teams tells it of the chat); pending reminders follow.`);
        if (report.alreadyInstalled.length) ctx.io.out(`Already installed (Chaser opens the chat at the first reminder sweep of a day):\n${report.alreadyInstalled.map(line).join('\n')}`);
        if (report.notInstalled.length) ctx.io.out(`Not installed:\n${report.notInstalled.map(line).join('\n')}`);
        if (!report.installed.length && !report.alreadyInstalled.length && !report.notInstalled.length) ctx.io.out('Everyone mapped to a lead has Chaser (or blocked it).');
      }
      return report.notInstalled.length ? 1 : 0;
    }
    throw new UsageError(`Unknown leads command "${verb}". Use: ${leadsCommand.usage}`);
  },
};
