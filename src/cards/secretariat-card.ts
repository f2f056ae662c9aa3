import { clipAtWord } from './clip-text';
import { fitsTeams } from './message-size';
import template from './secretariat-card.json';
import { AdaptiveCard, renderCard } from './render';
import { chaseControl } from './chase-control';
import type { ActionId } from '../domain/action';

export interface SecretariatCardView {
  title: string;
  subtitle: string;
  /** `chase`: the action, when the secretariat may chase its lead from the notice ("Chase now"). */
  escalations: Array<{ reference: string; lead: string; why: string; text: string; lastUpdate: string; chase?: ActionId }>;
  unreachable: Array<{ lead: string; reason: string }>;
}

/** Characters of an escalated action's text and last update on the card. */
const TEXT_CLIP = 300;

function render(view: SecretariatCardView, part: number, parts: number): AdaptiveCard {
  return renderCard(template, {
    ...view,
    title: parts > 1 ? `${view.title} (${part} of ${parts})` : view.title,
    escalations: view.escalations.map((e) => ({
      reference: e.reference, why: e.why, lead: clipAtWord(e.lead, 80).text, text: clipAtWord(e.text, TEXT_CLIP).text, lastUpdate: clipAtWord(e.lastUpdate, TEXT_CLIP).text,
      chase: e.chase ? [chaseControl(e.chase, 'notice')] : [],
    })),
    unreachable: view.unreachable.map((u) => ({ lead: clipAtWord(u.lead, 80).text, reason: clipAtWord(u.reason, 200).text })),
  });
}

/**
 * What the secretariat must act on: overdue or red actions (each with "Chase now" when it names its action),
 * and leads nobody can be reached for, on as
 * many cards as Teams' message size needs (escalations first, in order; the unreachable leads follow).
 * `text`: the plain text sent with each card, counted in its size.
 */
export function secretariatCards(view: SecretariatCardView, text = ''): AdaptiveCard[] {
  type Entry = { escalation?: SecretariatCardView['escalations'][number]; unreachable?: SecretariatCardView['unreachable'][number] };
  const entries: Entry[] = [...view.escalations.map((escalation) => ({ escalation })), ...view.unreachable.map((unreachable) => ({ unreachable }))];
  const partView = (list: Entry[]): SecretariatCardView => ({
    ...view, escalations: list.flatMap((e) => (e.escalation ? [e.escalation] : [])), unreachable: list.flatMap((e) => (e.unreachable ? [e.unreachable] : [])),
  });
  const groups: Entry[][] = [];
  let current: Entry[] = [];
  for (const entry of entries) {
    if (current.length && !fitsTeams({ card: render(partView([...current, entry]), 99, 99), text })) {
      groups.push(current);
      current = [];
    }
    current.push(entry);
  }
  groups.push(current);
  return groups.map((list, i) => render(partView(list), i + 1, groups.length));
}
