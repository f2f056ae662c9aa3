import { PLAYGROUND_USER } from '../../../src/local/playground';

/** What the steps of the journey (chaser.e2e.test.ts) share. */

/** The Playground user: lead "MPS" is mapped to them and they are made an admin in step 2. */
export const ALEX = PLAYGROUND_USER;
export const JOBS_SECRET = 'e2e-jobs-secret';
/** The MPS actions due a reminder at the fixed clock (Monday 9 May 2022 09:00 London): see reminder-sweep.test.ts. */
export const MPS_DUE_ON_9_MAY = [5, 7, 8, 9, 10, 11, 15, 16, 19];
/** "what is overdue?" at the fixed clock, most overdue first: see questions-and-replies.test.ts. */
export const OVERDUE_ON_9_MAY = [19, 8, 16, 18, 15];
export const FIVE = { boardCode: 'OB', meetingDate: '2022-04-21', number: 5 };
export const UPDATE_TEXT = 'Linking the handcuffing and stop and search data takes longer than planned';
export const REVISED_DUE = '2022-06-30';

/** The action numbers a card's visible text names ("OB 21-Apr-2022 #19"), in the order shown. */
export function refsIn(text: string): number[] {
  return [...text.matchAll(/OB 21-Apr-2022 #(\d+)/g)].map((m) => Number(m[1]));
}

/** Normalises whitespace (cards render each TextBlock on its own line). */
export const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/** [r, g, b] that reads as the colour named (a dominant channel), for "the RAG colours are visible". */
export function expectHue(rgb: [number, number, number], hue: 'red' | 'amber' | 'blue', what: string): void {
  const [r, g, b] = rgb;
  const ok = hue === 'red' ? r > 150 && r > g + 60 && r > b + 40
    : hue === 'amber' ? r > 150 && r >= g && g > b + 20 && r > b + 50
      : b > r + 40 && b > 120;
  if (!ok) throw new Error(`${what} should read as ${hue} but is rgb(${rgb.join(', ')})`);
}
