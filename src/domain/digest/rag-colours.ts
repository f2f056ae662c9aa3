import type { Status } from '../action';

/** The RAG as the board's table writes it. */
export type RagLabel = 'Dark green' | 'Pale green' | 'Amber' | 'Red' | 'Awaiting update';

/** An Adaptive Card text colour. */
export type CardColor = 'Good' | 'Warning' | 'Attention' | 'Default' | 'Accent';

export interface RagColour {
  label: RagLabel;
  /** Cell shading, `RRGGBB` without `#` (as docx and ExcelJS take it). */
  hex: string;
  /** Text colour that reads on `hex`, `RRGGBB`. */
  textHex: string;
  /** Cards have no pale green: both greens are `Good` and the label tells them apart. */
  cardColor: CardColor;
}

export const RAG_COLOURS: Record<Status, RagColour> = {
  complete: { label: 'Dark green', hex: '00703C', textHex: 'FFFFFF', cardColor: 'Good' },
  on_track: { label: 'Pale green', hex: 'C6EFCE', textHex: '000000', cardColor: 'Good' },
  amber: { label: 'Amber', hex: 'FFC000', textHex: '000000', cardColor: 'Warning' },
  red: { label: 'Red', hex: 'C00000', textHex: 'FFFFFF', cardColor: 'Attention' },
  awaiting_update: { label: 'Awaiting update', hex: 'D9D9D9', textHex: '000000', cardColor: 'Default' },
};
