/**
 * "HTML report (this view)": one step made of the view's picture (the SVG export with its legend and
 * caption), the caption's words, and the sentences behind what it shows: the selected relation's, the
 * selected actor's visible relations', or else every visible relation's with an end in the view.
 * Loaded with the export dialog; the report builder itself (src/io/report) takes several steps, as a
 * storyline will give it.
 */
import { scopeElements } from '../../canvas/exportScope';
import { exportGraphSvg } from '../../canvas/exportSvg';
import { compileFilters } from '../../domain/filters';
import type { Relation } from '../../domain/types';
import { buildReport } from '../../io/report/buildReport';
import type { ReportCitation, ReportStep } from '../../io/report/types';
import { useAppStore, type AppState } from '../../store';
import { selectVisibility } from '../../store/selectors';
import { downloadBlob, isoDate } from '../download';
import { relationTitleText } from '../RelationTitle';
import { captionFor } from './imageExport';

/** More sentences than a reader goes through; the report says how many were left out. */
export const REPORT_CITATION_CAP = 200;

/** The relations whose sentences the report cites: the selection's, or the view's. */
function citedRelations(state: AppState): { relations: Relation[]; about: string } {
  const visibility = selectVisibility(state);
  const visible = state.graph.relations.filter((r) => visibility.relations.has(r.id));
  const selection = state.selection;
  if (selection?.kind === 'relation') {
    const relation = state.index.relations.get(selection.id);
    if (relation) return { relations: [relation], about: 'the selected relation' };
  }
  if (selection?.kind === 'actor') {
    const actor = state.index.actors.get(selection.id);
    if (actor) {
      const touching = visible.filter((r) => r.source === actor.id || r.target === actor.id);
      return { relations: touching, about: `the visible relations of ${actor.label}` };
    }
  }
  const inView = new Set(scopeElements('view').actorIds);
  return {
    relations: visible.filter((r) => inView.has(r.source) || inView.has(r.target)),
    about: 'the relations in this view',
  };
}

/** The current view as one report step. */
export function viewReportStep(
  state: AppState = useAppStore.getState(),
): ReportStep & { reportTitle: string } {
  const caption = captionFor('view', state);
  const svg = exportGraphSvg({ scope: 'view', scale: 1, background: 'white', legend: true }, caption);
  const keeps = compileFilters(state.filters, state.graph).evidence;
  const { relations, about } = citedRelations(state);
  const all: ReportCitation[] = relations.flatMap((relation) =>
    relation.evidence
      .filter((ev) => keeps.every((test) => test(ev)))
      .map((ev) => ({
        quote: ev.quote,
        sourceId: ev.sourceId,
        start: ev.start,
        end: ev.end,
        relation: relationTitleText(state.index, relation),
        ...(ev.date === undefined ? {} : { date: ev.date }),
      })),
  );
  const citations = all.slice(0, REPORT_CITATION_CAP);
  const left = all.length - citations.length;
  return {
    reportTitle: caption.title,
    title: 'The view on screen',
    text: [...caption.notes, `The sentences below are those behind ${about}.`].join('\n\n'),
    picture: { kind: 'svg', svg: svg.text, alt: `The graph as shown: ${caption.notes.join(' ')}` },
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
  const state = useAppStore.getState();
  const step = viewReportStep(state);
  const date = isoDate();
  const { html, mismatches } = buildReport({
    title: step.reportTitle,
    steps: [step],
    sources: state.graph.sources,
    generated: date,
  });
  const fileName = `actorgraph-report-${date}.html`;
  downloadBlob(new Blob([html], { type: 'text/html' }), fileName);
  const cited = `${step.citations.length} ${step.citations.length === 1 ? 'sentence' : 'sentences'} cited`;
  return mismatches.length === 0
    ? `Saved ${fileName} (${cited}).`
    : `Saved ${fileName} (${cited}); ${mismatches.length} did not match their source text and are marked in it.`;
}
