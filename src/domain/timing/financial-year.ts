/**
 * UK financial years run 1 April to 31 March and are written "2022-23", "2023/24" or "2023/2024".
 * Returns the first calendar year, or why the pair is not a financial year ("2022-24").
 */
export function financialYearStart(quotedText: string, first: string, second: string): number | { problem: string } {
  const start = Number(first);
  const next = start + 1;
  const matches = second.length === 2 ? Number(second) === next % 100 : Number(second) === next;
  if (matches) return start;
  return { problem: `"${quotedText}" is not a financial year (${start} is followed by ${next})` };
}
