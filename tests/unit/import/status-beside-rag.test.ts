import ExcelJS from 'exceljs';
import { readDocument } from '../../../src/import/read-document';

/** A RAG column and a Status/Comment column of narrative, side by side. */
describe('narrative in a status column beside a RAG column', () => {
  const workbook = async (rows: Array<Array<string | null>>): Promise<Buffer> => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Tracker');
    ws.addRow(['Quality and Safety Committee - actions from 16 September 2025']);
    ws.addRow(['Ref', 'Action', 'Exec Lead', 'Target date', 'RAG', 'Status/Comment']);
    for (const row of rows) ws.addRow(row);
    return Buffer.from(await wb.xlsx.writeBuffer());
  };

  it('when the RAG column gives the status, then the narrative is the update with no "not a status" warning; with no RAG it still warns', async () => {
    const reading = await readDocument('nhs-quality.xlsx', await workbook([
      ['QS 09.01', 'Review the falls incidents on the older people wards', 'Chief Nurse', '31/10/2025', 'A', 'Thematic review in progress'],
      ['QS 09.02', 'Confirm the sepsis screening target', 'Medical Director', '30/11/2025', 'R', 'Not achieved - see paper 7'],
      ['QS 09.03', 'Present the maternity evidence', 'Director of Midwifery', '31/01/2026', '', 'Awaiting the regional team'],
    ]));
    expect(reading.drafts.map((d) => [d.ref, d.status ?? null, d.update])).toEqual([
      ['QS 09.01', 'amber', 'Thematic review in progress'],
      ['QS 09.02', 'red', 'Not achieved - see paper 7'],
      ['QS 09.03', null, 'Awaiting the regional team'],
    ]);
    expect(reading.problems.map((p) => p.message)).toEqual([expect.stringMatching(/^Row 5: the "Status\/Comment" column has "Awaiting the regional team", which is not a status Chaser knows/)]);
  });
});
