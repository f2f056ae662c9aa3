import type { Status } from '../action';

/** The RAG as the board's table writes it. */
export type RagLabel = 'Dark green' | 'Pale green' | 'Amber' | 'Red' | 'Awaiting update';

/** An Adaptive Card text colour. */
export type CardColor = 'Good' | 'Warning' | 'Attention' | 'Default' | 'Accent';

export interface RagColour {
  label: RagLabel;
  /** The status as a chart's legend names it: the digest card's doughnut and the board paper's figures. */
  legend: string;
  /** Cell shading, `RRGGBB` without `#` (as docx and ExcelJS take it). */
  hex: string;
  /** Text colour that reads on `hex`, `RRGGBB`. */
  textHex: string;
  /** Cards have no pale green: both greens are `Good` and the label tells them apart. */
  cardColor: CardColor;
}

/** The board's RAG colours and names: the one definition the paper's table, its charts, the cards and the tab use. */
export const RAG_COLOURS: Record<Status, RagColour> = {
  complete: { label: 'Dark green', legend: 'Complete', hex: '00703C', textHex: 'FFFFFF', cardColor: 'Good' },
  on_track: { label: 'Pale green', legend: 'On track', hex: 'C6EFCE', textHex: '000000', cardColor: 'Good' },
  amber: { label: 'Amber', legend: 'Amber', hex: 'FFC000', textHex: '000000', cardColor: 'Warning' },
  red: { label: 'Red', legend: 'Red', hex: 'C00000', textHex: 'FFFFFF', cardColor: 'Attention' },
  awaiting_update: { label: 'Awaiting update', legend: 'Awaiting update', hex: 'D9D9D9', textHex: '000000', cardColor: 'Default' },
};

/** The order a legend lists the RAG in, as the summary reads it: complete first, awaiting update last. */
export const LEGEND_ORDER: readonly Status[] = ['complete', 'on_track', 'amber', 'red', 'awaiting_update'];
