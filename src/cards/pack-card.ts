import template from './pack-card.json';
import { AdaptiveCard, renderCard } from './render';

/** One action on the pack card. */
export interface PackCardLine {
  reference: string;
  lead: string;
  /** "overdue by 6 business days", "due 7 June 2022", "proposed for closure". */
  state: string;
  text: string;
  lastUpdate: string;
}

export interface PackCardView {
  title: string;
  subtitle: string;
  /** The DCDG sentence. */
  sentence: string;
  sections: Array<{ heading: string; none: string; lines: PackCardLine[] }>;
  /** How to get the whole log as the board paper (.docx). */
  footer: string;
}

/** The matters-arising action log the secretariat receives before a meeting (src/app/meetings/send-meeting-packs.ts). */
export function packCard(view: PackCardView): AdaptiveCard {
  return renderCard(template, view);
}
