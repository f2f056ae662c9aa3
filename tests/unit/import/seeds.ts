import { readFileSync } from 'fs';
import { join } from 'path';

/** The seed documents (demo/seeds: byte-for-byte copies of the shared seeds). */
const SEEDS = join(__dirname, '..', '..', '..', 'demo', 'seeds');

/** A seed document as bytes, the way an upload arrives. */
export function seedBytes(name: string): Buffer {
  return readFileSync(join(SEEDS, name));
}

export const LETTER = '003_545be05e818f38bf.txt';
export const RECORD = '002_46c134ba1d047733.txt';
export const NOTE_2018 = '000_4561a00592620dcc.txt';
export const NOTE_2021 = '001_a2cc2d4e128e9f95.txt';
export const PROGRESS = '004_498ffe9d3da1726d.txt';

/** The annex rows of the seed letter as cells (header first), to build Word and Excel fixtures. */
export function letterAnnexRows(): string[][] {
  const lines = seedBytes(LETTER).toString('utf8').split('\n');
  const header = lines.findIndex((l) => l.startsWith('No.\tAction'));
  return lines.slice(header).filter((l) => l.includes('\t')).map((l) => l.split('\t'));
}
