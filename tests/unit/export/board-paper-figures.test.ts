import JSZip from 'jszip';
import mammoth from 'mammoth';
import { boardPaperDocx } from '../../../src/export';
import type { ExportInput } from '../../../src/export';
import { decodePng } from '../ship/png-reader';
import { ACTIONS, EMPTY, inputOf } from './export-fixture';

/** The paper's media files (PNG bytes by name), its document part and its HTML as mammoth reads it. */
async function open(input: ExportInput) {
  const bytes = await boardPaperDocx(input);
  const zip = await JSZip.loadAsync(bytes);
  const media = Object.keys(zip.files).filter((n) => n.startsWith('word/media/')).sort();
  const images = await Promise.all(media.map(async (name) => ({ name, bytes: await zip.file(name)!.async('nodebuffer') })));
  const xml = await zip.file('word/document.xml')!.async('string');
  const html = (await mammoth.convertToHtml({ buffer: bytes })).value;
  return { images, xml, html, types: await zip.file('[Content_Types].xml')!.async('string') };
}

/** Each drawing's size in the document (EMU, 9525 to the pixel at 96 dpi) and its alt text, in order. */
function drawings(xml: string): Array<{ width: number; height: number; descr: string }> {
  return [...xml.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>[\s\S]*?<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) => ({ width: Number(m[1]) / 9525, height: Number(m[2]) / 9525, descr: m[3]! }));
}

describe('the board paper\'s figures', () => {
  it('when the register has actions and weeks of history, then the paper carries two PNGs, drawn at twice the size they are shown', async () => {
    const { images, xml, types } = await open(inputOf());
    expect(images).toHaveLength(2);
    expect(types).toMatch(/Extension="png" ContentType="image\/png"|ContentType="image\/png" Extension="png"/);
    const shown = drawings(xml);
    expect(shown).toHaveLength(2);
    for (const [i, image] of images.entries()) {
      expect(image.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      const png = decodePng(image.bytes);
      const size = shown.find((d) => d.width * 2 === png.width && d.height * 2 === png.height);
      expect({ i, size: Boolean(size) }).toEqual({ i, size: true });
    }
    expect(shown.map((d) => [d.width, d.height]).sort()).toEqual([[560, 220], [680, 280]]);
  });

  it('describes each figure in its alt text: the RAG counts, and the first and last week of the trend', async () => {
    const [doughnut, trend] = drawings((await open(inputOf())).xml);
    expect(doughnut!.descr).toBe('RAG of 20 actions: 6 complete, 6 on track, 2 amber, 2 red, 4 awaiting update');
    expect(trend!.descr).toBe(
      'RAG week by week over 7 weeks, from the week of 28 March 2022 (1 action: 1 complete, 0 on track, 0 amber, 0 red, 0 awaiting update) ' +
      'to the week of 9 May 2022 (20 actions: 6 complete, 6 on track, 2 amber, 2 red, 4 awaiting update).',
    );
  });

  it('puts the figures after the summary\'s lines and before the points for attention, each with its caption', async () => {
    const { html } = await open(inputOf());
    const summary = html.indexOf('<li>4 are awaiting an update</li></ul>');
    const points = html.indexOf('<h2>3. Points for attention</h2>');
    const figures = [...html.matchAll(/<img [^>]*alt="([^"]*)"/g)].map((m) => ({ at: m.index, alt: m[1]! }));
    expect(figures).toHaveLength(2);
    for (const f of figures) expect([summary < f.at, f.at < points]).toEqual([true, true]);
    expect(html).toContain('<p><em>Figure 1: RAG of the 20 actions as of 9 May 2022</em></p>');
    expect(html).toContain('<p><em>Figure 2: RAG week by week, 7 weeks (each week as it stood at its end; this week as it stands now)</em></p>');
  });

  it('when the history holds one week only, then there is the doughnut and a sentence saying the trend comes later', async () => {
    const input = inputOf();
    const { images, html } = await open({ ...input, trend: input.trend!.slice(-1) });
    expect(images).toHaveLength(1);
    expect(html).toContain('<p><em>The trend week by week is shown once the register has two weeks of history (it began in the week of 9 May 2022).</em></p>');
  });

  it('when no trend is given (the caller read no history), then there is the doughnut and nothing about a trend', async () => {
    const { images, html } = await open({ ...inputOf(), trend: undefined });
    expect(images).toHaveLength(1);
    expect(html).not.toMatch(/trend|Figure 2/i);
  });

  it('when the register is empty, then there is no figure', async () => {
    const { images, xml } = await open(EMPTY);
    expect(images).toEqual([]);
    expect(xml).not.toContain('<w:drawing>');
  });

  it('when one action is listed, then the doughnut says "1 action"', async () => {
    const { xml, html } = await open(inputOf(ACTIONS.slice(0, 1)));
    expect(drawings(xml)[0]!.descr).toBe('RAG of 1 action: 1 complete');
    expect(html).toContain('Figure 1: RAG of the 1 action as of 9 May 2022');
  });
});
