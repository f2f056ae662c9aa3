import {
  AlignmentType, Document, Footer, Header, Packer, PageNumber, PageOrientation, Paragraph, Tab, TabStopType, Table, TableCell, TableRow, TextRun, WidthType,
} from 'docx';
import { letterAnnexRows } from './seeds';

/** Word documents the import tests build with the `docx` library (and convert to PDF with LibreOffice). */

/** The seed letter as Word would hold it: the letter's date and prose, the bold heading, a real table. */
export async function letterDocx(): Promise<Buffer> {
  const cell = (text: string): TableCell => new TableCell({ children: [new Paragraph(text)] });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph('Date: 04/05/2022'),
          new Paragraph('I would like to start by thanking you for the productive Oversight Board meeting on 21 April 2022.'),
          new Paragraph({
            children: [
              new TextRun({ text: 'MOPAC MPS Oversight Board', bold: true }),
              new TextRun({ text: 'Actions from 21 April 2022 Meeting', bold: true, break: 1 }),
            ],
          }),
          new Table({ rows: letterAnnexRows().map((cells) => new TableRow({ children: cells.map(cell) })) }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/**
 * An annex laid out with tab stops instead of a table, then a numbered minutes paragraph. With Word's
 * default stops (every half inch; `stops` not given) the columns overrun each other on the page; with
 * `stops` (twips from the margin, on a landscape page so the columns fit) they line up as a reader sees a table.
 */
export async function tabStopAnnexDocx(stops: number[] = []): Promise<Buffer> {
  const tabStops = stops.map((position) => ({ type: TabStopType.LEFT, position }));
  const tabbed = (...cells: string[]): Paragraph =>
    new Paragraph({ tabStops, children: [new TextRun({ children: cells.flatMap((c, i) => (i === 0 ? [c] : [new Tab(), c])) })] });
  const doc = new Document({
    sections: [{
      ...(stops.length ? { properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } } } : {}),
      children: [
        new Paragraph('Actions from 21 April 2022 Meeting'),
        tabbed('No.', 'Action', 'Timing', 'Lead'),
        tabbed('1', 'MPS to share the Engagement Handbook with MOPAC.', 'As soon as possible', 'MPS'),
        tabbed('2', 'DMPC to write to the Acting Commissioner.', 'End April', 'MOPAC'),
        new Paragraph('4.3.\tThe MPS undertook to brief the Safeguarding Board.'),
      ],
    }],
  });
  return Packer.toBuffer(doc);
}

/** A council's scrutiny action log in Word: an attendance table first, then the actions (table 2). */
export async function scrutinyLogDocx(): Promise<Buffer> {
  const cell = (text: string, more: { rowSpan?: number; columnSpan?: number } = {}): TableCell => new TableCell({ children: [new Paragraph(text)], ...more });
  const row = (...cells: TableCell[]): TableRow => new TableRow({ children: cells });
  const doc = new Document({
    sections: [{
      children: [
        new Paragraph('Harbourside Borough Council'),
        new Paragraph('Overview and Scrutiny Management Board - action log, meeting of 7 November 2023'),
        new Table({ rows: [row(cell('Present'), cell('Apologies')), row(cell('Cllr Osei (Chair)'), cell('Cllr Bright'))] }),
        new Table({
          rows: [
            row(cell('Minute'), cell('Action'), cell('Lead'), cell('Timescale'), cell('Status')),
            row(cell('Actions from meeting on 5 September 2023', { columnSpan: 5 })),
            row(cell('OSMB 23/41'), cell('Bring the housing repairs backlog figures'), cell('Director of Housing', { rowSpan: 2 }), cell('By 30 November'), cell('Open')),
            row(cell('OSMB 23/42'), cell('Arrange a visit to the repairs depot'), cell('End December'), cell('In hand')),
            row(cell('Business delegated to committees', { columnSpan: 5 })),
            row(cell('OSMB 23/57'), cell('Refer the parking review to the Place Committee'), cell(''), cell('January 2024'), cell('')),
          ],
        }),
      ],
    }],
  });
  return Packer.toBuffer(doc);
}

/** The 24 actions of the police and crime panel's tracker (`panelTrackerDocx`): long enough to wrap in their cells. */
export function panelTrackerRows(): string[][] {
  const leads = ['Chief Executive', 'Director of Finance and Corporate Services', 'Head of Performance and Insight', 'Panel Secretary'];
  const timings = ['By 30 June', 'End of July', 'Next meeting', 'September 2024'];
  const statuses = ['Not yet due', 'Complete', 'In progress', 'Delayed'];
  return Array.from({ length: 24 }, (_, k) => [
    `PCP 24/${String(k + 1).padStart(2, '0')}`,
    `Provide the panel with a written briefing on item ${k + 1} of the police and crime plan, covering the measures, the milestones missed this year and the funding agreed with the force`,
    leads[k % leads.length]!,
    timings[k % timings.length]!,
    statuses[k % statuses.length]!,
  ]);
}

/**
 * A police and crime panel's tracker over several pages: a running header (the panel and "OFFICIAL") and
 * footer ("Page 2 of 3") on every page, the header row repeated at the top of each page, and action and
 * lead cells that wrap onto several lines.
 */
export async function panelTrackerDocx(): Promise<Buffer> {
  const widths = [1300, 4200, 1700, 1300, 1300];
  const cell = (text: string, k: number): TableCell => new TableCell({ children: [new Paragraph(text)], width: { size: widths[k]!, type: WidthType.DXA } });
  const doc = new Document({
    sections: [{
      headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun('Westmoor Police and Crime Panel - OFFICIAL')] })] }) },
      footers: {
        default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })] })] }),
      },
      children: [
        new Paragraph('Westmoor Police and Crime Panel'),
        new Paragraph('Action tracker: actions from the meeting on 4 June 2024'),
        new Table({
          columnWidths: widths,
          rows: [
            new TableRow({ tableHeader: true, children: ['Ref', 'Action', 'Lead', 'Deadline', 'Status'].map(cell) }),
            ...panelTrackerRows().map((cells) => new TableRow({ children: cells.map(cell) })),
          ],
        }),
      ],
    }],
  });
  return Packer.toBuffer(doc);
}

/** Committee minutes that mark actions with "ACTION: owner" lines, in paragraphs long enough to wrap on the page. */
export async function ownerLineMinutesDocx(): Promise<Buffer> {
  const bold = (lead: string, rest: string): Paragraph => new Paragraph({ children: [new TextRun({ text: lead, bold: true }), new TextRun(rest)] });
  const doc = new Document({
    sections: [{
      children: [
        new Paragraph('Overview and Scrutiny Committee'),
        new Paragraph('Minutes of the meeting held on 22 January 2013'),
        new Paragraph('180. SCRUTINY PANEL REPORT BACK'),
        new Paragraph(
          'Members discussed the report back from the scrutiny panel on the partnership board, and the delays in publishing its minutes, ' +
          'which had been raised at the last two meetings. The Chair agreed to write to the Cabinet Member asking why the board minutes could not be shared before April.',
        ),
        new Paragraph('ACTION: Councillor Rowe'),
        new Paragraph('181. WORK PROGRAMME'),
        new Paragraph('The budget scrutiny timetable to be circulated to members by the end of February.'),
        new Paragraph('Action: Scrutiny Officer'),
        bold('Action:', ' Treasurer to circulate a revised reserves policy by the end of April.'),
        bold('ACTION: RM', ' to chase the volunteers and confirm completion by 30 April.'),
      ],
    }],
  });
  return Packer.toBuffer(doc);
}

/**
 * A committee's log whose first column is the meeting date, with a title row merged across the top and a
 * RAG key merged across the bottom of the same table (as trust and council trackers print them).
 */
export async function keyRowLogDocx(): Promise<Buffer> {
  const cell = (text: string, more: { columnSpan?: number } = {}): TableCell => new TableCell({ children: [new Paragraph(text)], ...more });
  const row = (...cells: TableCell[]): TableRow => new TableRow({ children: cells });
  const doc = new Document({ sections: [{ children: [
    new Paragraph('Finance and Performance Committee action log'),
    new Table({ rows: [
      row(cell('Finance and Performance Committee - action log', { columnSpan: 6 })),
      row(cell('Meeting date'), cell('Ref'), cell('Action'), cell('Lead'), cell('Due date'), cell('RAG')),
      row(cell('21/03/2024'), cell('F&P 24/11'), cell('Bring the cost improvement plan'), cell('CFO'), cell('30/04/2024'), cell('Green')),
      row(cell('18/04/2024'), cell('F&P 24/15'), cell('Report the agency spend'), cell('COO'), cell('31/05/2024'), cell('Amber')),
      row(cell('Key: Green - on track; Amber - at risk; Red - off track; Blue - complete', { columnSpan: 6 })),
    ] }),
  ] }] });
  return Packer.toBuffer(doc);
}
