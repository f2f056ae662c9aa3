import { AlignmentType, ImageRun, Paragraph, TextRun } from 'docx';
import { longDate } from '../domain/calendar-date';
import type { TrendWeek } from '../domain/charts';
import { countsByStatus } from '../domain/digest';
import type { RagCounts } from '../domain/digest';
import { doughnutSvg, trendSvg } from './charts/chart-svg';
import { doughnutFigure } from './charts/doughnut-figure';
import { svgToPng } from './charts/svg-png';
import { trendFigure } from './charts/trend-figure';

/** A figure as a picture (drawn at twice its size, shown at its own) over its caption, kept together. */
function figure(svg: string, width: number, height: number, name: string, altText: string, caption: string): Paragraph[] {
  const png = svgToPng(svg);
  return [
    new Paragraph({
      keepNext: true,
      spacing: { before: 200 },
      children: [new ImageRun({ type: 'png', data: png.data, transformation: { width, height }, altText: { name, title: caption, description: altText } })],
    }),
    new Paragraph({ alignment: AlignmentType.LEFT, spacing: { after: 160 }, children: [new TextRun({ text: caption, italics: true, size: 18 })] }),
  ];
}

/**
 * The summary's figures: the RAG doughnut of the actions (with the counts in its legend and its alt text),
 * then the weekly trend when `trend` has two weeks or more; with one week, a sentence saying the trend
 * starts next week. None for an empty register: the summary's sentence says it all.
 */
export function boardPaperFigures(counts: RagCounts, asOf: string, trend: TrendWeek[] | undefined): Paragraph[] {
  if (counts.total === 0) return [];
  const rag = doughnutFigure(countsByStatus(counts));
  const out = figure(doughnutSvg(rag), rag.width, rag.height, 'RAG doughnut', rag.altText, `Figure 1: RAG of the ${counts.total} ${counts.total === 1 ? 'action' : 'actions'} as of ${longDate(asOf)}`);
  if (!trend) return out;
  const weeks = trendFigure(trend);
  if (!weeks) {
    const since = trend[0] ? ` (it began in the week of ${longDate(trend[0].weekOf)})` : '';
    const sentence = `The trend week by week is shown once the register has two weeks of history${since}.`;
    return [...out, new Paragraph({ spacing: { after: 160 }, children: [new TextRun({ text: sentence, italics: true })] })];
  }
  return [
    ...out,
    ...figure(trendSvg(weeks), weeks.width, weeks.height, 'RAG trend', weeks.altText, `Figure 2: RAG week by week, ${weeks.weeks.length} weeks (each week as it stood at its end; this week as it stands now)`),
  ];
}
