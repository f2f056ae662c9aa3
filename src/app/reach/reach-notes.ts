import { normaliseLead } from '../../domain/lead';
import type { UnreachableLead } from '../delivery/recipients';
import type { ReachReport } from './reach-before-sweep';

/**
 * The day's reach pass in the secretariat's notice (issue #21): each unreachable lead's reason says who was
 * just installed for, who could not be and why; a lead with a leaver or an address nobody has is added (the
 * secretariat must map someone else) even when another of its people can be reached.
 */
export function withReachNotes(unreachable: UnreachableLead[], reach: ReachReport | null | undefined): UnreachableLead[] {
  if (!reach) return unreachable;
  const notes = new Map<string, { lead: string; lines: string[] }>();
  const note = (lead: string, line: string) => {
    const key = normaliseLead(lead);
    const found = notes.get(key) ?? { lead, lines: [] };
    found.lines.push(line);
    notes.set(key, found);
  };
  for (const p of reach.installs.installed) for (const lead of p.leads) note(lead, `Chaser was installed for ${p.name} just now; their reminders follow when Teams opens the chat`);
  for (const p of reach.installs.alreadyInstalled) for (const lead of p.leads) note(lead, `${p.name} has Chaser installed but has not opened it yet`);
  for (const p of reach.installs.notInstalled) for (const lead of p.leads) note(lead, `Chaser could not be installed for ${p.name}: ${p.reason ?? 'no reason given'}`);
  for (const p of reach.chats?.notOpened ?? []) for (const lead of p.leads) note(lead, `Chaser could not open a chat with ${p.name} yet (${p.reason ?? 'no reason given'}); it will when Teams tells it of the chat`);
  for (const p of reach.mappings?.left ?? []) note(p.lead, `${p.name} has left (their account is disabled): map someone else with chaser leads set "${p.lead}" USER-EMAIL`);
  for (const p of reach.mappings?.nobody ?? []) note(p.lead, `nobody in the directory has ${p.id}: check the address and map ${p.lead} again`);
  const out = unreachable.map((u) => {
    const extra = notes.get(normaliseLead(u.lead));
    notes.delete(normaliseLead(u.lead));
    return extra ? { lead: u.lead, reason: `${u.reason}. ${extra.lines.join('. ')}` } : u;
  });
  for (const { lead, lines } of notes.values()) {
    // Installations alone on a reachable lead need no notice; leavers and unknown addresses do.
    const needed = lines.filter((l) => l.includes('has left') || l.startsWith('nobody in the directory'));
    if (needed.length) out.push({ lead, reason: needed.join('. ') });
  }
  return out;
}
