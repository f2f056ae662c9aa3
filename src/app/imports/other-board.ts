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
 * Actions are filed under a board's short code ("QSC" for "Quality and Safety Committee"), so two boards whose
 * names share their initials ("Northmoor Trust Quality and Safety Committee", "Newfield Trust Quality and
 * Safety Committee") would share a register: one's import would correct the other's actions. An import naming
 * a board whose code the register (its actions of the meetings imported, or its calendar) already holds under
 * another board's name is refused, once per board, naming both. `boards` are the import's rows' boards.
 */
export function otherBoardProblems(registered: readonly Action[], meetings: readonly Meeting[], boards: ReadonlyArray<string | null>): ImportProblem[] {
  const problems: ImportProblem[] = [];
  for (const board of new Set(boards.filter((b): b is string => !!b))) {
    const code = boardCode(board);
    const known = [...registered.filter((a) => a.boardCode === code).map((a) => a.board), ...meetings.filter((m) => m.boardCode === code).map((m) => m.board)];
    const other = known.find((name) => name && !sameBoard(name, board));
    if (!other) continue;
    problems.push({
      place: {}, field: 'board',
      message: `The register already files "${other}" under the short code ${code}, which "${board}" shares: importing would correct that board's actions. `
        + `If they are one board, give the board as "${other}"; if not, give this board a name with other initials (the Board box, or --board "NAME").`,
    });
  }
  return problems;
}
