/**
 * Draws the Teams app icons without any image library: `npx tsx scripts/make-icons.ts`.
 *
 * - appPackage/color.png   192×192: a rounded square in Chaser blue (#1F4E79) with a white check mark
 *   and a small amber dot (the "chaser" reminder) in its upper right.
 * - appPackage/outline.png  32×32: the same check mark, white on transparent (Teams shows it in the app bar).
 *
 * Shapes are signed-distance functions sampled 4×4 per pixel, so edges are anti-aliased; the PNG is written
 * by hand (RGBA, 8 bits, zlib from Node). The PNGs are committed; a test checks they match this drawing.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';

export const COLOR_SIZE = 192;
export const OUTLINE_SIZE = 32;

const BLUE: Rgb = [0x1f, 0x4e, 0x79];
const WHITE: Rgb = [0xff, 0xff, 0xff];
const AMBER: Rgb = [0xf2, 0xa9, 0x00];

type Rgb = readonly [number, number, number];
type Point = readonly [number, number];

/** Negative inside, positive outside, in pixels. */
type Shape = (x: number, y: number) => number;

/** A coloured layer: shapes are painted in order over a transparent canvas. */
interface Layer {
  shape: Shape;
  color: Rgb;
}

const SAMPLES = 4;

/** Renders layers into straight (non-premultiplied) RGBA. */
export function render(size: number, layers: readonly Layer[]): Uint8Array {
  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // Composite in premultiplied space, then un-premultiply.
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (const layer of layers) {
        const cover = coverage(layer.shape, px, py);
        if (cover === 0) continue;
        r = layer.color[0] * cover + r * (1 - cover);
        g = layer.color[1] * cover + g * (1 - cover);
        b = layer.color[2] * cover + b * (1 - cover);
        a = cover + a * (1 - cover);
      }
      const i = (py * size + px) * 4;
      if (a === 0) continue; // fully transparent: leave 0,0,0,0
      rgba[i] = Math.round(r / a);
      rgba[i + 1] = Math.round(g / a);
      rgba[i + 2] = Math.round(b / a);
      rgba[i + 3] = Math.round(a * 255);
    }
  }
  return rgba;
}

function coverage(shape: Shape, px: number, py: number): number {
  let inside = 0;
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      if (shape(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES) <= 0) inside++;
    }
  }
  return inside / (SAMPLES * SAMPLES);
}

function roundedSquare(x0: number, y0: number, side: number, radius: number): Shape {
  const half = side / 2;
  const cx = x0 + half;
  const cy = y0 + half;
  return (x, y) => {
    const qx = Math.abs(x - cx) - (half - radius);
    const qy = Math.abs(y - cy) - (half - radius);
    return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
  };
}

function circle(cx: number, cy: number, radius: number): Shape {
  return (x, y) => Math.hypot(x - cx, y - cy) - radius;
}

/** A stroke with round caps and joins along a polyline. */
function stroke(points: readonly Point[], width: number): Shape {
  return (x, y) => {
    let best = Infinity;
    for (let i = 1; i < points.length; i++) best = Math.min(best, segmentDistance(x, y, points[i - 1]!, points[i]!));
    return best - width / 2;
  };
}

function segmentDistance(x: number, y: number, [ax, ay]: Point, [bx, by]: Point): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

function scale(points: readonly Point[], size: number): Point[] {
  return points.map(([x, y]) => [x * size, y * size] as const);
}

/** The check mark, in units of the icon's side. */
const CHECK: readonly Point[] = [
  [0.25, 0.54],
  [0.42, 0.71],
  [0.70, 0.43],
];

export function drawColorIcon(): Uint8Array {
  const s = COLOR_SIZE;
  return render(s, [
    { shape: roundedSquare(0, 0, s, s * 0.2), color: BLUE },
    { shape: stroke(scale(CHECK, s), s * 0.1), color: WHITE },
    // The amber dot sits in the upper right, ringed by the blue so it reads as a badge.
    { shape: circle(s * 0.775, s * 0.225, s * 0.095), color: BLUE },
    { shape: circle(s * 0.775, s * 0.225, s * 0.065), color: AMBER },
  ]);
}

export function drawOutlineIcon(): Uint8Array {
  const s = OUTLINE_SIZE;
  // Teams wants the outline icon white on transparent, filling the 32×32 frame with little padding.
  const outlinePoints: readonly Point[] = [
    [0.12, 0.52],
    [0.38, 0.78],
    [0.88, 0.26],
  ];
  return render(s, [{ shape: stroke(scale(outlinePoints, s), s * 0.15), color: WHITE }]);
}

// ---------------------------------------------------------------------------------------------- PNG out

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Encodes straight RGBA (8 bits per channel) as a PNG: colour type 6, no interlace, filter 0 on each row. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  if (rgba.length !== width * height * 4) throw new Error(`expected ${width * height * 4} bytes of RGBA, got ${rgba.length}`);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: truecolour with alpha
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter method
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type None
    Buffer.from(rgba.buffer, rgba.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function writeIcons(dir: string): { color: string; outline: string } {
  const color = path.join(dir, 'color.png');
  const outline = path.join(dir, 'outline.png');
  fs.writeFileSync(color, encodePng(COLOR_SIZE, COLOR_SIZE, drawColorIcon()));
  fs.writeFileSync(outline, encodePng(OUTLINE_SIZE, OUTLINE_SIZE, drawOutlineIcon()));
  return { color, outline };
}

if (require.main === module) {
  const written = writeIcons(path.resolve(__dirname, '..', 'appPackage'));
  console.log(`wrote ${path.relative(process.cwd(), written.color)} (${COLOR_SIZE}×${COLOR_SIZE}) and ${path.relative(process.cwd(), written.outline)} (${OUTLINE_SIZE}×${OUTLINE_SIZE})`);
}
