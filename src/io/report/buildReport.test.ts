// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Source } from '../../domain/types';
import { buildReport, REPORT_CSP } from './buildReport';
import { markdownToHtml } from './markdown';
import type { ReportCitation, ReportStep } from './types';

const text = 'Russia accuses the West. China courts Brazil. Nobody answered.';
const sources: Source[] = [
  {
    id: 's1',
    title: 'Note <one>',
    author: 'A. Writer',
    publisher: 'Desk',
    published: '2025-05-11',
    text,
    url: 'https://example.org/note',
  },
  { id: 's2', title: 'Unused', author: '', publisher: '', published: '2025-01-01', text: 'Other.' },
];
const cite = (start: number, end: number, extra: Partial<ReportCitation> = {}): ReportCitation => ({
  quote: text.slice(start, end),
  sourceId: 's1',
  start,
  end,
  relation: 'Russia — accuses → the West',
  ...extra,
});
const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><title>Ünïcode</title></svg>';
const step = (extra: Partial<ReportStep> = {}): ReportStep => ({
  title: 'The view',
  text: 'First *point*.\n\nSecond <script>alert(1)</script> paragraph.',
  picture: { kind: 'svg', svg, alt: 'The graph' },
  citations: [cite(0, 24), cite(25, 45, { relation: 'China — courts → Brazil', date: '2025-05-01' })],
  ...extra,
});
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('buildReport', () => {
  it('writes one self-contained page: strict CSP, inline styles, no script, no outside address', () => {
    const { html, mismatches } = buildReport({
      title: 'Report',
      steps: [step()],
      sources,
      generated: '2026-12-04',
    });
    expect(mismatches).toEqual([]);
    const doc = parse(html);
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(
      REPORT_CSP,
    );
    expect(REPORT_CSP).toBe("default-src 'none'; img-src data:; style-src 'unsafe-inline'");
    expect(doc.querySelectorAll('script, link, iframe, object')).toHaveLength(0);
    for (const el of doc.querySelectorAll('[src]')) expect(el.getAttribute('src')).toMatch(/^data:/);
    expect(html).toMatch(/@media print[\s\S]*break-before: page/);
    expect(doc.documentElement.lang).toBe('en');
    expect(doc.querySelector('main h2')?.textContent).toBe('The view');
  });

  it('embeds the SVG picture as a data image that decodes to the same text', () => {
    const doc = parse(buildReport({ title: 'R', steps: [step()], sources }).html);
    const img = doc.querySelector('figure img')!;
    expect(img.getAttribute('alt')).toBe('The graph');
    const data = img.getAttribute('src')!.replace('data:image/svg+xml;base64,', '');
    expect(Buffer.from(data, 'base64').toString('utf8')).toBe(svg);
  });

  it('cites each sentence with its source, date and offsets, checkable against the source text', () => {
    const doc = parse(buildReport({ title: 'R', steps: [step()], sources }).html);
    const quotes = [...doc.querySelectorAll('blockquote')];
    expect(quotes).toHaveLength(2);
    for (const q of quotes) {
      const [start, end] = [Number(q.dataset.start), Number(q.dataset.end)];
      expect(q.textContent).toBe(text.slice(start, end));
    }
    const cites = [...doc.querySelectorAll('.cite')].map((c) => c.textContent);
    expect(cites).toEqual([
      'Note <one>, 2025-05-11, characters 0–24',
      'Note <one>, 2025-05-01, characters 25–45',
    ]);
    // Only cited sources are listed, with author, publisher, date and address.
    const listed = [...doc.querySelectorAll('.sources li')].map((li) => li.textContent);
    expect(listed).toEqual(['Note <one>, A. Writer, Desk, 2025-05-11. https://example.org/note']);
    expect(doc.querySelector('.cite a')?.getAttribute('href')).toBe('#source-1');
  });

  it('marks a quote that is not its source text at its offsets, and returns it', () => {
    const forged = cite(0, 24, { quote: 'Russia praises the West.' });
    const outside = cite(50, 999);
    const missing = cite(0, 5, { sourceId: 'gone' });
    const { html, mismatches } = buildReport({
      title: 'R',
      steps: [step({ citations: [forged, outside, missing] })],
      sources,
    });
    expect(mismatches.map((m) => m.reason)).toEqual([
      'the quote differs from the source text at 0–24',
      `its offsets 50–999 are outside the source text (${text.length} characters)`,
      'its source gone is not in the graph',
    ]);
    expect(parse(html).querySelectorAll('.mismatch')).toHaveLength(3);
  });

  it('never lets text become markup: step text, titles, relation labels and a bad picture', () => {
    const { html } = buildReport({
      title: '<img src=x onerror=alert(1)>',
      steps: [
        step({
          title: '<b>t</b>',
          citations: [cite(0, 24, { relation: '<svg onload=alert(1)>' })],
          picture: { kind: 'png', dataUrl: 'javascript:alert(1)', alt: '"><script>' },
        }),
      ],
      sources,
    });
    const doc = parse(html);
    expect(doc.querySelectorAll('script, b, svg, img[onerror]')).toHaveLength(0);
    expect(doc.querySelector('h1')?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(doc.querySelector('.step .mismatch')?.textContent).toContain('is not a PNG image');
  });

  it('takes several steps, each its own section, and a PNG data URL as it is', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    const { html } = buildReport({
      title: 'Story',
      steps: [
        step({ title: 'One' }),
        step({ title: 'Two', picture: { kind: 'png', dataUrl: png, alt: 'two' } }),
      ],
      sources,
    });
    const doc = parse(html);
    expect([...doc.querySelectorAll('section.step h2')].map((h) => h.textContent)).toEqual(['One', 'Two']);
    expect(doc.querySelectorAll('section.step')[1]!.querySelector('img')?.getAttribute('src')).toBe(png);
  });
});

describe('markdownToHtml', () => {
  it('writes the story text subset: paragraphs, emphasis, strong and links, the rest escaped', () => {
    expect(
      markdownToHtml('A *b* and **c**, _d_.\nSame paragraph.\n\n[site](https://example.org/a_b_c) <i>x</i>'),
    ).toBe(
      '<p>A <em>b</em> and <strong>c</strong>, <em>d</em>. Same paragraph.</p>\n' +
        '<p><a href="https://example.org/a_b_c">site</a> &lt;i&gt;x&lt;/i&gt;</p>',
    );
  });

  it('leaves a link that is not to a web or mail address as text, and escapes every address', () => {
    expect(markdownToHtml('[click](javascript:alert(1))')).not.toContain('<a');
    expect(markdownToHtml('[click](javascript:alert(1))')).toContain('click');
    const quoted = markdownToHtml('[x](https://a.org/"onmouseover="y)');
    expect(quoted).not.toMatch(/<a [^>]*"\s*onmouseover/);
    expect(markdownToHtml('[mail](mailto:desk@example.org)')).toBe(
      '<p><a href="mailto:desk@example.org">mail</a></p>',
    );
  });
});
