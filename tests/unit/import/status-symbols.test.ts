import ExcelJS from 'exceljs';
import { parseStatus } from '../../../src/import/parse-status';
import { readDocument } from '../../../src/import/read-document';

describe('status marks that are not words', () => {
  it.each([
    ['\u{1F7E2}', 'on_track'], ['\u{1F7E0}', 'amber'], ['\u{1F7E1}', 'amber'], ['\u{1F534}', 'red'], ['\u{1F535}', 'complete'],
    ['\u{1F7E9}', 'on_track'], ['\u{1F7E5}', 'red'], ['\u2705', 'complete'], ['\u26AA', undefined], ['\u26AB', undefined], ['\u274C', undefined],
    ['\u{1F7E2}\uFE0F', 'on_track'], ['\u{1F534} Red', 'red'], ['\u{1F7E2} Complete', 'complete'],
  ])('when a status cell has %p, then it reads %p with no warning', (mark, status) => {
    const reading = parseStatus(mark);
    expect(reading.kind).toBe('status');
    expect(reading.kind === 'status' && reading.status).toBe(status);
  });

  it('when a colour mark has narrative beside it ("🟠 slipping"), then the colour is read and the words kept', () => {
    expect(parseStatus('\u{1F7E0} slipping to July')).toEqual({ kind: 'status', status: 'amber', word: 'slipping to July' });
  });

  it.each([
    ['40%', 'on_track', '40% complete'], ['25 %', 'on_track', '25% complete'], ['75% complete', 'on_track', '75% complete'],
    ['100%', 'complete', undefined], ['0%', undefined, undefined],
  ])('when a status cell says %p, then it reads %p kept as %p', (text, status, word) => {
    expect(parseStatus(text)).toEqual({ kind: 'status', status, ...(word ? { word } : {}) });
  });

  it('when a CSV status column holds colour emoji, then each row gets its RAG and no update text', async () => {
    const reading = await readDocument('pcp.csv', Buffer.from('Police and Crime Panel - actions from 1 June 2024\nRef,Action,Owner,Deadline,Status\n'
      + 'P1,Share the plan,Chief Executive,30/09/2024,\u{1F7E2}\nP2,Provide call figures,Commissioner,30/09/2024,\u{1F534}\n'
      + 'P3,Report on reserves,Head of Finance,31/07/2024,\u{1F7E1}\nP4,Visit the control room,Support Officer,31/07/2024,\u26AA\n'));
    expect(reading.drafts.map((d) => [d.ref, d.status ?? null, d.update ?? null])).toEqual([
      ['P1', 'on_track', null], ['P2', 'red', null], ['P3', 'amber', null], ['P4', null, null]]);
    expect(reading.problems).toEqual([]);
  });

  it('when a workbook has "% complete" of 40%, 0% and 100% and no status, then they read on track (kept as "40% complete"), open and complete', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Actions');
    ws.addRow(['Institute Council - actions from 5 December 2023']);
    ws.addRow(['Ref', 'Action', 'Owner', 'Due date', '% complete']);
    ws.addRow(['C1', 'Review the bylaws', 'Registrar', '31/03/2024', 0.4]);
    ws.addRow(['C2', 'Launch the survey', 'CEO', '30/06/2024', 0]);
    ws.addRow(['C3', 'Appoint auditors', 'Treasurer', '30/06/2024', 1]);
    ws.getColumn(5).numFmt = '0%';
    const reading = await readDocument('council.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(reading.drafts.map((d) => [d.ref, d.status ?? null, d.update ?? null])).toEqual([
      ['C1', 'on_track', '40% complete'], ['C2', null, null], ['C3', 'complete', null]]);
  });
});
