/**
 * A self-contained HTML report: for each step its picture, text and the sentences behind it (source,
 * date, offsets), then the sources cited. One file with no script and no outside request (its own CSP
 * says so), that opens offline and prints one step per page. Every quote is checked against its
 * source's text at its offsets; one that differs is shown marked as such and returned as a mismatch.
 */
import { isWebUrl } from '../../domain/checks';
import type { Source } from '../../domain/types';
import { escapeHtml, markdownToHtml } from './markdown';
import { REPORT_CSS } from './reportStyles';
import type {
  CitationMismatch,
  Report,
  ReportCitation,
  ReportInput,
  ReportPicture,
  ReportStep,
} from './types';

/** Nothing but inline styles and data: images; no script, font, frame or request of any kind. */
export const REPORT_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";

const PNG_DATA_URL = /^data:image\/png;base64,[A-Za-z0-9+/]+=*$/;

function base64Utf8(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The picture as an <img>: an SVG inside an image cannot run scripts or load anything. */
function pictureHtml(picture: ReportPicture | undefined, stepTitle: string): string {
  if (!picture) return '';
  const src =
    picture.kind === 'svg'
      ? `data:image/svg+xml;base64,${base64Utf8(picture.svg)}`
      : PNG_DATA_URL.test(picture.dataUrl)
        ? picture.dataUrl
        : null;
  if (src === null)
    return `<p class="mismatch">The picture of “${escapeHtml(stepTitle)}” is not a PNG image and was left out.</p>`;
  return `<figure><img src="${src}" alt="${escapeHtml(picture.alt)}"></figure>`;
}

/** Why a citation is not its source's text at its offsets, or null when it is. */
export function citationProblem(citation: ReportCitation, source: Source | undefined): string | null {
  if (!source) return `its source ${citation.sourceId} is not in the graph`;
  const { start, end } = citation;
  if (
    !Number.isInteger(start) ||
    !Number.isInteger(end) ||
    start < 0 ||
    end <= start ||
    end > source.text.length
  ) {
    return `its offsets ${start}–${end} are outside the source text (${source.text.length} characters)`;
  }
  return source.text.slice(start, end) === citation.quote
    ? null
    : `the quote differs from the source text at ${start}–${end}`;
}

const sourceAnchor = (index: number) => `source-${index + 1}`;

function citationHtml(
  citation: ReportCitation,
  source: Source | undefined,
  anchor: string | undefined,
  problem: string | null,
): string {
  const title = source ? escapeHtml(source.title) : escapeHtml(citation.sourceId);
  const date = escapeHtml(citation.date ?? source?.published ?? '');
  const where = `characters ${citation.start}–${citation.end}`;
  const sourceLink = anchor ? `<a href="#${anchor}">${title}</a>` : title;
  return [
    '<li>',
    `<p class="relation">${escapeHtml(citation.relation)}</p>`,
    // The offsets as data too, so anyone (or a test) can check the quote against the source text.
    `<blockquote data-source="${escapeHtml(citation.sourceId)}" data-start="${citation.start}" data-end="${citation.end}"><p>${escapeHtml(citation.quote)}</p></blockquote>`,
    `<p class="cite">${sourceLink}${date ? `, ${date}` : ''}, ${where}</p>`,
    problem ? `<p class="mismatch">Not checked against its source: ${escapeHtml(problem)}.</p>` : '',
    '</li>',
  ].join('');
}

function sourceHtml(source: Source, index: number): string {
  const by = [source.author, source.publisher]
    .filter((s) => s.trim() !== '')
    .map(escapeHtml)
    .join(', ');
  const url =
    source.url && isWebUrl(source.url)
      ? ` <a href="${escapeHtml(source.url)}">${escapeHtml(source.url)}</a>`
      : '';
  return `<li id="${sourceAnchor(index)}"><cite>${escapeHtml(source.title)}</cite>${by ? `, ${by}` : ''}${source.published ? `, ${escapeHtml(source.published)}` : ''}.${url}</li>`;
}

/** Builds the report. Citations that fail the check are marked in it and listed in `mismatches`. */
export function buildReport(input: ReportInput): Report {
  const sources = new Map(input.sources.map((s) => [s.id, s]));
  // Sources in the order the report first cites them, numbered for the links.
  const cited: Source[] = [];
  const anchors = new Map<string, string>();
  for (const step of input.steps) {
    for (const c of step.citations) {
      const source = sources.get(c.sourceId);
      if (source && !anchors.has(source.id)) {
        anchors.set(source.id, sourceAnchor(cited.length));
        cited.push(source);
      }
    }
  }
  const mismatches: CitationMismatch[] = [];
  const stepHtml = (step: ReportStep, index: number): string => {
    const id = `step-${index + 1}`;
    const items = step.citations.map((c) => {
      const source = sources.get(c.sourceId);
      const problem = citationProblem(c, source);
      if (problem) mismatches.push({ step: index, citation: c, reason: problem });
      return citationHtml(c, source, anchors.get(c.sourceId), problem);
    });
    return [
      `<section class="step" aria-labelledby="${id}">`,
      `<h2 id="${id}">${escapeHtml(step.title)}</h2>`,
      pictureHtml(step.picture, step.title),
      markdownToHtml(step.text),
      `<h3>${step.citations.length === 1 ? 'The sentence behind it' : 'The sentences behind it'}</h3>`,
      items.length > 0
        ? `<ol class="citations">${items.join('\n')}</ol>`
        : '<p class="note">No sentence is cited in this step.</p>',
      step.note ? `<p class="note">${escapeHtml(step.note)}</p>` : '',
      '</section>',
    ].join('\n');
  };
  const steps = input.steps.map(stepHtml).join('\n');
  const sourcesHtml =
    cited.length === 0
      ? ''
      : `<section class="sources" aria-labelledby="sources-heading"><h2 id="sources-heading">Sources</h2><ol>${cited.map(sourceHtml).join('\n')}</ol></section>`;
  const count = input.steps.length;
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(input.title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header>
<h1>${escapeHtml(input.title)}</h1>
<p class="subtitle">${count === 1 ? 'One view' : `${count} steps`}, every relation shown with the sentences that state it.</p>
</header>
<main>
${steps}
${sourcesHtml}
</main>
<footer><p>Made with Actorgraph${input.generated ? ` on ${escapeHtml(input.generated)}` : ''}. Offsets count UTF-16 code units from the start of each source text.</p></footer>
</body>
</html>
`;
  return { html, mismatches };
}
