import { DocumentReading, ImportProblem, SourcePlace } from './draft';
import { describePlace, placeInSentence } from './place';

/**
 * Gives a converted document's drafts, suggestions and problems the places the user knows ("Table 2,
 * row 5" in Word) instead of lines of the converted text. Messages name places as `describePlace`
 * writes them, so "Line 27" at the start and "line 27" inside are rewritten to the same place.
 */
export function placeLines(reading: DocumentReading, places: Array<SourcePlace | undefined>): DocumentReading {
  const placeOf = (p: SourcePlace): SourcePlace => (p.line !== undefined ? (places[p.line - 1] ?? p) : p);
  const rewrite = (problem: ImportProblem): ImportProblem => ({
    ...problem,
    place: placeOf(problem.place),
    // One pass, so a place written in ("Page 2, line 14") is not read again as a line of the text.
    message: problem.message.replace(/^Line (\d+)\b|\bline (\d+)\b/g, (whole, start: string | undefined, inside: string | undefined) => {
      const place = places[Number(start ?? inside) - 1];
      if (!place) return whole;
      return start !== undefined ? describePlace(place) : placeInSentence(place);
    }),
  });
  return {
    ...reading,
    drafts: reading.drafts.map((d) => ({ ...d, place: placeOf(d.place) })),
    suggestions: reading.suggestions.map((s) => ({ ...s, place: placeOf(s.place) })),
    problems: reading.problems.map(rewrite),
  };
}
