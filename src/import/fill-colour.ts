/**
 * The RAG word a spreadsheet cell's fill colour stands for, for a Status/RAG cell coloured with no text.
 * Colours are placed by hue, saturation and value (HSV): red (hue under 15° or from 340°), amber (15–65°:
 * orange and yellow), green (65–170°; dark green when its value is under 0.45, Excel's "006100"),
 * blue (170–260°). Greys, whites, blacks (saturation under 0.15 or value under 0.25) and purples say
 * nothing. Rule: the import README's "Status words".
 */
export type RagWord = 'Red' | 'Amber' | 'Green' | 'Dark green' | 'Blue';

/** "FF00B050" (ARGB) or "00B050" (RGB) to its RAG word, or undefined when the colour is not one. */
export function ragWordOfRgb(hex: string): RagWord | undefined {
  const rgb = /^(?:[0-9a-f]{2})?([0-9a-f]{6})$/i.exec(hex.trim())?.[1];
  if (!rgb) return undefined;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(rgb.slice(i, i + 2), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const chroma = max - Math.min(r, g, b);
  if (max < 0.25 || chroma / max < 0.15) return undefined;
  const hue = chroma === 0 ? 0
    : max === r ? (60 * ((g - b) / chroma) + 360) % 360
      : max === g ? 60 * ((b - r) / chroma) + 120
        : 60 * ((r - g) / chroma) + 240;
  if (hue < 15 || hue >= 340) return 'Red';
  if (hue < 65) return 'Amber';
  if (hue < 170) return max < 0.45 ? 'Dark green' : 'Green';
  if (hue < 260) return 'Blue';
  return undefined;
}

/** Excel's legacy indexed palette entries that are RAG colours (10 red, 17 green, 13 yellow, …). */
const INDEXED: Record<number, string> = {
  2: 'FF0000', 3: '00FF00', 4: '0000FF', 5: 'FFFF00', 10: 'FF0000', 11: '00FF00', 12: '0000FF', 13: 'FFFF00',
  17: '008000', 50: '99CC00', 51: 'FFCC00', 52: 'FF9900', 53: 'FF6600', 57: '339966',
};

/** A fill colour as exceljs gives it: `{ argb }`, `{ indexed }` or `{ theme, tint }`; `theme` maps theme index to RGB. */
export interface FillColour {
  argb?: string;
  indexed?: number;
  theme?: number;
  tint?: number;
}

/**
 * The RAG word of a solid fill (`fgColor`), reading theme colours through `themeRgb` (the workbook's theme,
 * index 0–9: light 1, dark 1, light 2, dark 2, accents 1–6) with their tint applied. Undefined for no fill,
 * a pattern that is not solid, or a colour that is not a RAG one.
 */
export function ragWordOfFill(fill: { type?: string; pattern?: string; fgColor?: FillColour } | undefined, themeRgb: string[] = []): RagWord | undefined {
  if (!fill || fill.type !== 'pattern' || fill.pattern !== 'solid' || !fill.fgColor) return undefined;
  const c = fill.fgColor;
  if (c.argb) return ragWordOfRgb(c.argb);
  if (c.indexed !== undefined) return INDEXED[c.indexed] ? ragWordOfRgb(INDEXED[c.indexed]!) : undefined;
  const base = c.theme !== undefined ? themeRgb[c.theme] : undefined;
  return base ? ragWordOfRgb(withTint(base, c.tint ?? 0)) : undefined;
}

/** Excel's tint: towards white when positive, towards black when negative. */
function withTint(rgb: string, tint: number): string {
  return [0, 2, 4].map((i) => {
    const v = parseInt(rgb.slice(i, i + 2), 16);
    const t = tint < 0 ? v * (1 + tint) : v + (255 - v) * tint;
    return Math.round(t).toString(16).padStart(2, '0');
  }).join('');
}

/** The theme's colours in Excel's index order (lt1, dk1, lt2, dk2, accent1–6) from its XML; [] when absent. */
export function themeColours(xml: string | undefined): string[] {
  if (!xml) return [];
  const slot = (name: string): string => {
    const m = new RegExp(`<a:${name}>\\s*<a:(?:srgbClr val|sysClr[^>]*lastClr)="([0-9A-Fa-f]{6})"`).exec(xml);
    return m?.[1] ?? '';
  };
  return ['lt1', 'dk1', 'lt2', 'dk2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6'].map(slot);
}
