/** The error values a spreadsheet writes into a cell whose formula failed ("#REF!", "#N/A", …). */
const SPREADSHEET_ERROR = /^#(?:REF!|VALUE!|N\/A|NAME\?|DIV\/0!|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|UNKNOWN!|BUSY!|CONNECT!)$/i;

/** True for "#REF!", "#N/A" and the other values a failed formula leaves. */
export function isSpreadsheetError(text: string): boolean {
  return SPREADSHEET_ERROR.test(text.trim());
}
