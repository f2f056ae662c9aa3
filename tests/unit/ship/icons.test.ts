import './esm-shim';
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { COLOR_SIZE, OUTLINE_SIZE, drawColorIcon, drawOutlineIcon, encodePng } from '../../../scripts/make-icons';
import { checkIcons, readPng } from '../../../scripts/package-app';
import { decodePng } from './png-reader';
import { APP_PACKAGE, copyAppPackage } from './fixtures';

const color = decodePng(fs.readFileSync(path.join(APP_PACKAGE, 'color.png')));
const outline = decodePng(fs.readFileSync(path.join(APP_PACKAGE, 'outline.png')));

function pixel(image: { width: number; rgba: Uint8Array }, x: number, y: number): number[] {
  const i = (y * image.width + x) * 4;
  return [...image.rgba.subarray(i, i + 4)];
}

describe('app icons', () => {
  it('color.png is a valid 192×192 PNG (IHDR first, CRCs right, ends with IEND)', () => {
    expect([color.width, color.height]).toEqual([192, 192]);
    expect(color.bitDepth).toBe(8);
    expect(color.chunks[0]).toBe('IHDR');
    expect(color.chunks[color.chunks.length - 1]).toBe('IEND');
  });

  it('color.png is the Chaser-blue square: opaque blue at the edge, white check in the middle', () => {
    expect(pixel(color, 8, 96)).toEqual([0x1f, 0x4e, 0x79, 255]);
    expect(pixel(color, 81, 136)).toEqual([255, 255, 255, 255]); // on the check's corner
    const opaque = countWhere(color.rgba, (_r, _g, _b, a) => a === 255);
    expect(opaque / (192 * 192)).toBeGreaterThan(0.9); // only the rounded corners are see-through
  });

  it('outline.png is 32×32 with an alpha channel, and every pixel is white or fully transparent', () => {
    expect([outline.width, outline.height]).toEqual([32, 32]);
    expect([4, 6]).toContain(outline.colorType);
    const offWhite = countWhere(outline.rgba, (r, g, b, a) => a !== 0 && (r !== 255 || g !== 255 || b !== 255));
    expect(offWhite).toBe(0);
    const visible = countWhere(outline.rgba, (_r, _g, _b, a) => a > 0);
    expect(visible).toBeGreaterThan(32 * 32 * 0.1); // there is a drawing, not an empty square
    expect(visible).toBeLessThan(32 * 32 * 0.9); // and a transparent background around it
  });

  it('the committed PNGs are what scripts/make-icons.ts draws (pixels compared, not bytes)', () => {
    expect(Buffer.from(color.rgba).equals(Buffer.from(drawColorIcon()))).toBe(true);
    expect(Buffer.from(outline.rgba).equals(Buffer.from(drawOutlineIcon()))).toBe(true);
  });

  it("the package script's own PNG reader agrees with this one", () => {
    for (const name of ['color.png', 'outline.png']) {
      const bytes = fs.readFileSync(path.join(APP_PACKAGE, name));
      const ours = decodePng(bytes);
      const theirs = readPng(bytes);
      expect([theirs.width, theirs.height, theirs.colorType]).toEqual([ours.width, ours.height, ours.colorType]);
      expect(Buffer.from(theirs.rgba!).equals(Buffer.from(ours.rgba))).toBe(true);
    }
    expect(checkIcons(APP_PACKAGE)).toEqual([]);
  });

  it('when the icons are the wrong size, opaque, or the outline has colour, then the package check names each problem', () => {
    const dir = copyAppPackage();
    fs.writeFileSync(path.join(dir, 'color.png'), encodePng(96, 96, new Uint8Array(96 * 96 * 4).fill(200)));
    const tinted = drawOutlineIcon();
    for (let i = 0; i < tinted.length; i += 4) if (tinted[i + 3]! > 0) tinted[i + 2] = 0; // white → yellow
    fs.writeFileSync(path.join(dir, 'outline.png'), encodePng(OUTLINE_SIZE, OUTLINE_SIZE, tinted));
    const problems = checkIcons(dir);
    expect(problems).toEqual([
      expect.stringContaining(`color.png must be ${COLOR_SIZE}×${COLOR_SIZE} pixels, it is 96×96`),
      expect.stringMatching(/outline\.png must be white on transparent: \d+ pixel\(s\) are visible but not white/),
    ]);

    fs.writeFileSync(path.join(dir, 'outline.png'), rgbPng(32, 32));
    expect(checkIcons(dir)).toContainEqual(expect.stringContaining('outline.png must have an alpha channel'));
    fs.rmSync(path.join(dir, 'outline.png'));
    expect(checkIcons(dir)).toContainEqual(expect.stringContaining('outline.png is missing'));
  });
});

function countWhere(rgba: Uint8Array, test: (r: number, g: number, b: number, a: number) => boolean): number {
  let n = 0;
  for (let i = 0; i < rgba.length; i += 4) if (test(rgba[i]!, rgba[i + 1]!, rgba[i + 2]!, rgba[i + 3]!)) n++;
  return n;
}

/** An all-white RGB PNG (colour type 2, no alpha), written by hand since encodePng only writes RGBA. */
function rgbPng(width: number, height: number): Buffer {
  const rows = Buffer.alloc((width * 3 + 1) * height, 255);
  for (let y = 0; y < height; y++) rows[y * (width * 3 + 1)] = 0;
  const chunk = (type: string, data: Buffer): Buffer => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(Buffer.concat([head.subarray(4), data])), 0);
    return Buffer.concat([head, data, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}
