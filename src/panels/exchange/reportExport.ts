/**
 * Reports as the export dialog and the story panel make them: each step is the view on screen pictured
 * with the export dialog's SVG (legend and caption), a text, and the sentences behind what the view
 * highlights (src/panels/shownRelations.ts). "HTML report (this view)" is one such step.
 */
import { scopeElements } from '../../canvas/exportScope';
import { exportGraphSvg } from '../../canvas/exportSvg';
import { buildReport } from '../../io/report/buildReport';
import type { ReportCitation, ReportPicture, ReportStep } from '../../io/report/types';
import { useAppStore, type AppState } from '../../store';
import { downloadBlob, isoDate } from '../download';
import { shownRelations, type HighlightedRelation } from '../shownRelations';
import type { ImageCaption } from '../../canvas/exportCaption';
import { captionFor } from './imageExport';
import { plural } from '../../io/describe';

/** More sentences than a reader goes through; the report says how many were left out. */
const REPORT_CITATION_CAP = 200;

/** The view on screen as the export dialog pictures it, with its caption. */
export function viewPicture(
  state: AppState,
  alt: (caption: ImageCaption) => string,
): { picture: ReportPicture; caption: ImageCaption } {
  const caption = captionFor('view', state);
  const svg = exportGraphSvg({ scope: 'view', scale: 1, background: 'white', legend: true }, caption);
  return { picture: { kind: 'svg', svg: svg.text, alt: alt(caption) }, caption };
}

/** The sentences of the relations, as the report cites them. */
export const citationsOf = (relations: readonly HighlightedRelation[]): ReportCitation[] =>
  relations.flatMap((r) =>
    r.sentences.map((s) => ({
      quote: s.quote,
      sourceId: s.sourceId,
      start: s.start,
      end: s.end,
      relation: r.title,
      ...(s.date ? { date: s.date } : {}),
    })),
  );

/** Builds the report, saves it as `<stem>-<date>.html`, and returns a sentence saying what was saved. */
export function saveReport(title: string, steps: readonly ReportStep[], stem: string): string {
  const date = isoDate();
  const { html, mismatches } = buildReport({
    title,
    steps,
    sources: useAppStore.getState().graph.sources,
    generated: date,
  });
  const fileName = `${stem}-${date}.html`;
  downloadBlob(new Blob([html], { type: 'text/html' }), fileName);
  const cited = steps.reduce((n, s) => n + s.citations.length, 0);
  const what = `${steps.length === 1 ? '' : `${steps.length} steps, `}${plural(cited, 'sentence')} cited`;
  return mismatches.length === 0
    ? `Saved ${fileName} (${what}).`
    : `Saved ${fileName} (${what}); ${mismatches.length} did not match their source text and are marked in it.`;
}

/** What the view's sentences are about, for the step's text. */
function aboutOf(state: AppState, emphasis: 'highlighted' | 'visible'): string {
  if (emphasis === 'visible') return 'the relations in this view';
  const { selection, index } = state;
  if (selection?.kind === 'relation') return 'the selected relation';
  if (selection?.kind === 'actor')
    return `the visible relations of ${index.actors.get(selection.id)?.label ?? selection.id}`;
  return 'the relations this view highlights';
}

/** The current view as one report step. */
function viewReportStep(state: AppState): ReportStep & { reportTitle: string } {
  const { picture, caption } = viewPicture(state, (c) => `The graph as shown: ${c.notes.join(' ')}`);
  const shown = shownRelations(state, Infinity);
  // With nothing highlighted, the relations with an end in the picture.
  const inView = new Set(scopeElements('view').actorIds);
  const relations =
    shown.emphasis === 'highlighted'
      ? shown.relations
      : shown.relations.filter((r) => inView.has(r.relation.source) || inView.has(r.relation.target));
  const all = citationsOf(relations);
  const citations = all.slice(0, REPORT_CITATION_CAP);
  const left = all.length - citations.length;
  return {
    reportTitle: caption.title,
    title: 'The view on screen',
    text: [...caption.notes, `The sentences below are those behind ${aboutOf(state, shown.emphasis)}.`].join(
      '\n\n',
    ),
    picture,
    citations,
    ...(left > 0
      ? {
          note: `The first ${citations.length} of ${all.length} sentences are listed; ${left} are left out. Filter or select to narrow the view.`,
        }
      : {}),
  };
}

/** Saves the report of the current view and returns a sentence saying what was saved. */
export function downloadViewReport(): string {
  const step = viewReportStep(useAppStore.getState());
  return saveReport(step.reportTitle, [step], 'actorgraph-report');
}
