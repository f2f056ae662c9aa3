import template from './secretariat-card.json';
import { AdaptiveCard, renderCard } from './render';

export interface SecretariatCardView {
  title: string;
  subtitle: string;
  escalations: Array<{ reference: string; lead: string; why: string; text: string; lastUpdate: string }>;
  unreachable: Array<{ lead: string; reason: string }>;
}

/** What the secretariat must act on: overdue or red actions, and leads nobody can be reached for. */
export function secretariatCard(view: SecretariatCardView): AdaptiveCard {
  return renderCard(template, view);
}
