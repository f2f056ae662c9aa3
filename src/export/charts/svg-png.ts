import { Resvg } from '@resvg/resvg-js';

/** A rasterised figure: the PNG and its size in pixels. */
export interface Png {
  data: Buffer;
  width: number;
  height: number;
}

/**
 * The font used where none the SVG names is installed. DejaVu Sans comes with Debian's fontconfig (every
 * machine this project runs on has it; LibreOffice brings it too); where it is missing as well, resvg
 * falls back to any system font it finds.
 */
export const FALLBACK_FONT = 'DejaVu Sans';

/**
 * An SVG drawn as a PNG by resvg (no browser, no DOM, no canvas): at `scale` times its own size, so the
 * figure stays sharp when Word prints it at its SVG size. Text uses the system's fonts.
 */
export function svgToPng(svg: string, scale = 2): Png {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: '#FFFFFF',
    font: { loadSystemFonts: true, defaultFontFamily: FALLBACK_FONT, sansSerifFamily: FALLBACK_FONT },
  });
  const image = resvg.render();
  return { data: image.asPng(), width: image.width, height: image.height };
}
