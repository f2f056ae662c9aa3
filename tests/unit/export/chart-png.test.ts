import { doughnutSvg, trendSvg } from '../../../src/export/charts/chart-svg';
import { doughnutFigure } from '../../../src/export/charts/doughnut-figure';
import { svgToPng } from '../../../src/export/charts/svg-png';
import { trendFigure } from '../../../src/export/charts/trend-figure';
import { decodePng } from '../ship/png-reader';

/** Pixels of `png` in the box (PNG pixels) that are dark like text (#262626 and its anti-aliasing). */
function darkPixels(png: ReturnType<typeof decodePng>, box: { x0: number; y0: number; x1: number; y1: number }): number {
  let n = 0;
  for (let y = box.y0; y < box.y1; y++) {
    for (let x = box.x0; x < box.x1; x++) {
      const i = (y * png.width + x) * 4;
      if (png.rgba[i]! < 110 && png.rgba[i + 1]! < 110 && png.rgba[i + 2]! < 110) n++;
    }
  }
  return n;
}

function colourAt(png: ReturnType<typeof decodePng>, x: number, y: number): string {
  const i = (Math.round(y) * png.width + Math.round(x)) * 4;
  return [png.rgba[i]!, png.rgba[i + 1]!, png.rgba[i + 2]!].map((c) => c.toString(16).padStart(2, '0').toUpperCase()).join('');
}

describe('the figures as PNG (resvg, the system\'s fonts)', () => {
  const figure = doughnutFigure({ complete: 13, on_track: 5, amber: 3, red: 2, awaiting_update: 0 });
  const png = svgToPng(doughnutSvg(figure));
  const pixels = decodePng(png.data);

  it('is a PNG twice the SVG\'s size, as it says', () => {
    expect(png.data.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect([png.width, png.height]).toEqual([figure.width * 2, figure.height * 2]);
    expect([pixels.width, pixels.height]).toEqual([png.width, png.height]);
  });

  it('paints the ring in the board\'s colours: complete dark green at the top right, on track pale green at the bottom left', () => {
    const mid = (figure.outer + figure.inner) / 2;
    const at = (fraction: number) => colourAt(pixels, 2 * (figure.centre.x + mid * Math.sin(2 * Math.PI * fraction)), 2 * (figure.centre.y - mid * Math.cos(2 * Math.PI * fraction)));
    expect(at(0.25)).toBe('00703C');
    expect(at(0.66)).toBe('C6EFCE');
  });

  it('writes the legend\'s text (a font was found): dark pixels right of the first swatch, none in the empty corner', () => {
    const left = 2 * (figure.centre.x + figure.outer + 36 + 24);
    const top = 2 * (figure.centre.y - (figure.legend.length * 28) / 2);
    expect(darkPixels(pixels, { x0: left, y0: top, x1: pixels.width, y1: top + 2 * 24 })).toBeGreaterThan(200);
    expect(darkPixels(pixels, { x0: pixels.width - 40, y0: 0, x1: pixels.width, y1: 40 })).toBe(0);
  });

  it('keeps the longest legend line inside the picture: no text in the right-hand margin, whatever the counts', () => {
    for (const counts of [{ complete: 1, on_track: 1, amber: 1, red: 1, awaiting_update: 999 }, { complete: 0, on_track: 0, amber: 0, red: 0, awaiting_update: 1 }]) {
      const wide = decodePng(svgToPng(doughnutSvg(doughnutFigure(counts))).data);
      expect(darkPixels(wide, { x0: wide.width - 16, y0: 0, x1: wide.width, y1: wide.height })).toBe(0);
    }
  });

  it('renders the trend with its week labels under the plot', () => {
    const weeks = ['2022-04-25', '2022-05-02', '2022-05-09'].map((weekOf, i) => ({ weekOf, asAt: weekOf, counts: { complete: i, on_track: 2, amber: 1, red: 1, awaiting_update: 3 - i } }));
    const f = trendFigure(weeks)!;
    const trend = decodePng(svgToPng(trendSvg(f)).data);
    expect([trend.width, trend.height]).toEqual([f.width * 2, f.height * 2]);
    expect(darkPixels(trend, { x0: 0, y0: 2 * (f.plot.bottom + 6), x1: trend.width, y1: 2 * (f.plot.bottom + 24) })).toBeGreaterThan(200);
  });
});
