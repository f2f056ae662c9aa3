import {
  AlignmentType, Document, Footer, Header, Packer, PageNumber, Paragraph, Table, TableBorders, TableCell, TableRow, TextRun, VerticalAlign, WidthType,
} from 'docx';

/**
 * Word trackers laid out as boards publish them, for the PDF tests: narrow date columns whose header and
 * dates wrap, tables without borders whose cells are centred in their rows, and rows long enough to break
 * across a page. Each comes with or without borders; rows are string cells, the first the header row.
 */

/** How a tracker table is drawn: its borders, where a short cell sits in a tall row, a header row repeated on each page. */
export interface TrackerLayout {
  borders: boolean;
  vAlign?: 'top' | 'center';
  repeatHeader?: boolean;
  /** Space before and after each cell's paragraph (twips): rows set apart by more than their lines' spacing. */
  rowSpacing?: number;
}

/** A Word document: a title, a line naming the meeting, then the table (`widths` in twips), under a running header and a "Page n of m" footer. */
export async function trackerDocx(title: string, meeting: string, widths: number[], rows: string[][], layout: TrackerLayout): Promise<Buffer> {
  const vAlign = layout.vAlign === 'center' ? VerticalAlign.CENTER : VerticalAlign.TOP;
  const cell = (text: string, k: number): TableCell => new TableCell({
    children: [new Paragraph({ text, ...(layout.rowSpacing ? { spacing: { before: layout.rowSpacing, after: layout.rowSpacing } } : {}) })], verticalAlign: vAlign, width: { size: widths[k]!, type: WidthType.DXA },
  });
  const [head, ...body] = rows;
  const doc = new Document({
    sections: [{
      headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun(`${title} - OFFICIAL`)] })] }) },
      footers: {
        default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })] })] }),
      },
      children: [
        new Paragraph(title),
        new Paragraph(meeting),
        new Table({
          columnWidths: widths,
          ...(layout.borders ? {} : { borders: TableBorders.NONE }),
          rows: [
            new TableRow({ tableHeader: layout.repeatHeader === true, children: head!.map(cell) }),
            ...body.map((cells) => new TableRow({ children: cells.map(cell) })),
          ],
        }),
      ],
    }],
  });
  return Packer.toBuffer(doc);
}

/** An NHS trust board's tracker with narrow "Meeting date" and "Target date" columns: headers and dates wrap onto two lines. */
export function trustDateRows(): string[][] {
  return [
    ['Meeting date', 'Ref', 'Action', 'Lead', 'Target date', 'Status'],
    ['12 March 2024', 'TB 24/07', 'Present the winter pressures review to the board', 'Chief Operating Officer', '30 April 2024', 'Complete'],
    ['9 April 2024', 'TB 24/12', 'Circulate the revised freedom to speak up policy', 'Director of Workforce', '14 June 2024', 'In progress'],
    ['14 May 2024', 'TB 24/19', 'Report the cost improvement plan delivery', 'Chief Finance Officer', '11 July 2024', 'Not yet due'],
  ];
}

/** Twips: the date columns narrow enough that "Meeting date" and "12 March 2024" wrap. */
export const TRUST_DATE_WIDTHS = [1150, 1300, 2750, 1550, 1150, 1200];

/** A council scrutiny committee's tracker: short ref, lead and date cells beside an action that wraps over three to five lines. */
export function scrutinyCentredRows(): string[][] {
  return [
    ['Ref', 'Action', 'Lead', 'Due', 'Status'],
    ['1', 'Bring a report on the housing repairs backlog to the next meeting, with the numbers of open repairs by ward, the average time taken to complete an urgent repair and the plan for clearing the backlog before winter', 'Director of Housing', '30 June 2024', 'Open'],
    ['2', 'Circulate the budget monitoring figures to members', 'Director of Finance', '31 May 2024', 'Complete'],
    ['3', 'Write to the bus operator asking for the figures on cancelled services in the rural wards and for its plans to restore the evening timetable, and share the reply with members of the committee and the ward councillors', 'Director of Finance', '31 July 2024', 'In progress'],
    ['4', 'Arrange a briefing for members on the new waste collection contract, covering the changes to the collection days', 'Head of Environmental Services', 'September 2024', 'Open'],
  ];
}

export const SCRUTINY_WIDTHS = [650, 3800, 2000, 1500, 1250];

/** A charity's trustees' tracker whose rows are long enough that some break across a page. */
export function trusteeLongRows(): string[][] {
  const leads = ['Treasurer', 'Chair of Trustees', 'Chief Executive', 'Company Secretary'];
  const rows = Array.from({ length: 14 }, (_, k) => [
    `T${k + 1}`,
    `Review the ${['reserves', 'safeguarding', 'fundraising', 'volunteering', 'risk', 'investment', 'data protection'][k % 7]} policy and report to the trustees on the changes needed. ` +
      'The review should cover the charity commission guidance issued this year, the findings of the last internal audit, the views of the staff and volunteers consulted over the summer, ' +
      'the cost of any changes to the systems the charity uses, and the training that trustees and staff will need before the revised policy is adopted at the annual general meeting.',
    leads[k % leads.length]!,
    ['By 30 June', 'September 2024', 'Next meeting', 'End of year'][k % 4]!,
  ]);
  return [['Ref', 'Action', 'Lead', 'Timing'], ...rows];
}

export const TRUSTEE_WIDTHS = [800, 5600, 1800, 1400];

/** A council committee's tracker whose references wrap in a narrow column ("CGC" / "25/14") beside actions and leads that wrap too. */
export function wrappedRefRows(count = 4): string[][] {
  const actions = [
    'Publish the revised Code of Conduct for members and co-opted members, incorporating the changes agreed by Council',
    'Report on Freedom of Information response times',
    'Review the whistleblowing policy and bring the revised policy to the next meeting of the committee',
    'Circulate the annual governance statement to members',
  ];
  const leads = ['Monitoring Officer', 'Information Governance Manager', 'Head of HR', 'Director of Finance'];
  const rows = Array.from({ length: count }, (_, k) => [`CGC 25/${14 + k}`, actions[k % 4]!, leads[k % 4]!, ['30 November 2025', '31 January 2026', '13 March 2026'][k % 3]!]);
  return [['Ref', 'Action', 'Lead', 'Due'], ...rows];
}

export const WRAPPED_REF_WIDTHS = [850, 4200, 1900, 1600];

/**
 * An NHS trust's tracker whose columns are too narrow for some words, which Word and LibreOffice break at
 * the cell's edge: "25/1" / "4", "Environmenta" / "l Services", "Septembe" / "r 2024", "Compl" / "ete".
 */
export function narrowCellRows(): string[][] {
  return [
    ['Ref', 'Action', 'Lead', 'Due', 'Status', 'Update'],
    ['25/14', 'Present the winter pressures review to the board', 'Head of Environmental Services', 'September 2024', 'Complete', 'Presented in May'],
    ['25/15', 'Circulate the revised freedom to speak up policy', 'Director of Workforce', '30 April 2024', 'In progress', 'Draft with staff side'],
    ['25/16', 'Report the cost improvement plan delivery', 'Chief Finance Officer', 'November 2024', 'Complete', 'Reported in October'],
  ];
}

export const NARROW_CELL_WIDTHS = [700, 3600, 1700, 900, 900, 1400];
