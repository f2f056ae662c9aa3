import type { Action } from '../../domain/action';
import { boardCode } from '../../domain/action';
import type { Meeting } from '../../domain/meeting';
import type { ImportProblem } from '../../import/draft';

/** "MOPAC–MPS Oversight Board" and "MOPAC MPS Oversight Board": one name, however it is punctuated or cased. */
function words(name: string): string {
  return ` ${name.toLowerCase().replace(/[^a-z0-9]+/g, ' ').replace(/\bthe\b/g, ' ').replace(/\s+/g, ' ').trim()} `;
}

/** One board's two names: the same words, or one within the other ("Oversight Board" in "MOPAC MPS Oversight Board"). */
export function sameBoard(a: string, b: string): boolean {
  const x = words(a);
  const y = words(b);
  return x.includes(y) || y.includes(x);
}

/**
 * Actions and meetings are filed under a board's short code ("QSC" for "Quality and Safety Committee"), so two
 * boards whose names share their initials ("Northmoor Trust Quality and Safety Committee", "Newfield Trust
 * Quality and Safety Committee") share a register. When a meeting being imported already holds another
 * board's actions under that code, the import would correct them: an error, naming both boards. When only
 * the calendar holds the other board's meetings, the boards' meetings are mixed ("next meeting" may be read
 * from the other board's): a warning. Once per board. `boards` are the import's rows' boards.
 */
export function otherBoardProblems(registered: readonly Action[], meetings: readonly Meeting[], boards: ReadonlyArray<string | null>): { problems: ImportProblem[]; warnings: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const warnings: ImportProblem[] = [];
  for (const board of new Set(boards.filter((b): b is string => !!b))) {
    const code = boardCode(board);
    const other = (names: string[]) => names.find((name) => name && !sameBoard(name, board));
    const inMeeting = other(registered.filter((a) => a.boardCode === code).map((a) => a.board));
    if (inMeeting) {
      problems.push({
        place: {}, field: 'board',
        message: `The register already files "${inMeeting}" under the short code ${code}, which "${board}" shares, with actions of the same meeting: importing would correct that board's actions. `
          + `If they are one board, give the board as "${inMeeting}"; if not, give this board a name with other initials (the Board box, or --board "NAME").`,
      });
      continue;
    }
    const inCalendar = other(meetings.filter((m) => m.boardCode === code).map((m) => m.board));
    if (inCalendar) {
      warnings.push({
        place: {}, field: 'board', severity: 'warning',
        message: `"${board}" shares the short code ${code} with "${inCalendar}", whose meetings the calendar holds: the two boards' meetings are filed together, so "next meeting" may be read from the other board's. A name with other initials keeps them apart.`,
      });
    }
  }
  return { problems, warnings };
}
