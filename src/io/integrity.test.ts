import { describe, expect, it } from 'vitest';
import type { Evidence, Graph } from '../domain/types';
import { PACT, SOURCE_TEXT, minimalGraph } from './fixtures/minimalGraph';
import type { Mutable } from './fixtures/minimalGraph';
import {
  NEARBY_SEARCH_RADIUS,
  REANCHOR_SEARCH_BUDGET,
  describeRepairs,
  isExactlyAnchored,
  repairEvidence,
  type RepairNote,
} from './integrity';
import { validateGraph } from './validateGraph';

/** Deep-freezes a value so any mutation by the code under test throws. */
function frozen<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(frozen);
    Object.freeze(value);
  }
  return value;
}

/** The graph with its single source text replaced. */
function withText(graph: Mutable<Graph>, text: string): Mutable<Graph> {
  const source = graph.sources[0];
  if (!source) throw new Error('fixture changed');
  source.text = text;
  return graph;
}

const evidenceAt = (graph: Graph, relation: number, index: number): Evidence => {
  const evidence = graph.relations[relation]?.evidence[index];
  if (!evidence) throw new Error(`no evidence at ${relation}/${index}`);
  return evidence;
};

const FIRST_PACT = SOURCE_TEXT.indexOf(PACT);
const SECOND_PACT = SOURCE_TEXT.lastIndexOf(PACT);

describe('repairEvidence', () => {
  it('returns an exact graph unchanged, as the same object', () => {
    const graph = frozen(minimalGraph());
    const { graph: repaired, report } = repairEvidence(graph);
    expect(repaired).toBe(graph);
    expect(report).toEqual({ reanchored: 0, orphaned: 0, details: [] });
  });

  it('moves a quote to the occurrence nearest its old start', () => {
    // Six characters were inserted at the top: both pact quotes now stand six further on.
    const graph = frozen(withText(minimalGraph(), `NEWS: ${SOURCE_TEXT}`));
    const { graph: repaired, report } = repairEvidence(graph);

    expect(evidenceAt(repaired, 0, 0)).toMatchObject({
      start: FIRST_PACT + 6,
      end: FIRST_PACT + 6 + PACT.length,
    });
    expect(evidenceAt(repaired, 0, 1)).toMatchObject({
      start: SECOND_PACT + 6,
      anchor: 'reanchored',
      quote: PACT,
    });
    expect(report.reanchored).toBe(3);
    expect(report.orphaned).toBe(0);
    expect(report.details[0]).toEqual({
      path: '$.relations[0].evidence[0]',
      sourceId: 's1',
      outcome: 'moved',
      message: `quote moved from [${FIRST_PACT}, ${FIRST_PACT + PACT.length}) to [${FIRST_PACT + 6}, ${FIRST_PACT + 6 + PACT.length}) in source "s1"`,
    });
    expect(validateGraph(repaired)).toMatchObject({ ok: true });
  });

  it('prefers the nearer of two identical sentences, whichever is first in the text', () => {
    const graph = minimalGraph();
    const second = evidenceAt(graph, 0, 1) as Mutable<Evidence>;
    second.start -= 3;
    second.end -= 3;
    const first = evidenceAt(graph, 0, 0) as Mutable<Evidence>;
    first.start += 4;
    first.end += 4;
    const { graph: repaired } = repairEvidence(graph);
    expect(evidenceAt(repaired, 0, 0).start).toBe(FIRST_PACT);
    expect(evidenceAt(repaired, 0, 1).start).toBe(SECOND_PACT);
  });

  it('counts astral characters as two UTF-16 units when moving quotes', () => {
    const graph = withText(minimalGraph(), `😀${SOURCE_TEXT}`);
    const { graph: repaired } = repairEvidence(graph);
    const evidence = evidenceAt(repaired, 0, 0);
    expect(evidence.start).toBe(FIRST_PACT + 2);
    expect(isExactlyAnchored(`😀${SOURCE_TEXT}`, evidence)).toBe(true);
  });

  it('shifts sub-spans with an exactly re-found quote', () => {
    const graph = withText(minimalGraph(), `NEWS: ${SOURCE_TEXT}`);
    const { graph: repaired } = repairEvidence(graph);
    const evidence = evidenceAt(repaired, 0, 0);
    const [from, to] = evidence.spans?.cue ?? [0, 0];
    expect(`NEWS: ${SOURCE_TEXT}`.slice(from, to)).toBe('signed');
  });

  it('re-anchors ignoring whitespace, taking the text as it now stands', () => {
    // A verbatim occurrence anywhere would win, so both pact sentences are rewrapped.
    const rewrapped = SOURCE_TEXT.replaceAll('signed a pact on energy.', 'signed a\npact  on energy.');
    const graph = frozen(withText(minimalGraph(), rewrapped));
    const { graph: repaired, report } = repairEvidence(graph);
    const evidence = evidenceAt(repaired, 0, 0);
    expect(evidence).toMatchObject({
      anchor: 'reanchored',
      start: FIRST_PACT,
      quote: 'Russia and China signed a\npact  on energy.',
    });
    expect(isExactlyAnchored(rewrapped, evidence)).toBe(true);
    const [from, to] = evidence.spans?.cue ?? [0, 0];
    expect(rewrapped.slice(from, to)).toBe('signed');
    expect(report.details.find((d) => d.path === '$.relations[0].evidence[0]')?.message).toContain(
      'matched ignoring whitespace',
    );
    expect(evidenceAt(repaired, 0, 1)).toMatchObject({ anchor: 'reanchored', start: SECOND_PACT + 1 });
    expect(report).toMatchObject({ reanchored: 3, orphaned: 0 });
  });

  it('orphans a quote that is no longer in the source, keeping it visible', () => {
    const edited = SOURCE_TEXT.replace('The United States condemned the pact.', 'Washington said nothing.');
    const graph = frozen(withText(minimalGraph(), edited));
    const before = evidenceAt(graph, 1, 0);
    const { graph: repaired, report } = repairEvidence(graph);
    const evidence = evidenceAt(repaired, 1, 0);
    expect(evidence).toEqual({ ...before, anchor: 'orphaned' });
    expect(report.orphaned).toBe(1);
    expect(report.details).toContainEqual({
      path: '$.relations[1].evidence[0]',
      sourceId: 's1',
      outcome: 'orphaned',
      message:
        'quote "The United States condemned the pact." is not in source "s1"; the evidence is kept and marked orphaned',
    });
  });

  it('orphans evidence whose source is missing, and drops its spans', () => {
    const graph = minimalGraph();
    (evidenceAt(graph, 0, 0) as Mutable<Evidence>).sourceId = 'gone';
    const { graph: repaired, report } = repairEvidence(graph);
    expect(evidenceAt(repaired, 0, 0)).toMatchObject({ anchor: 'orphaned', quote: PACT, start: FIRST_PACT });
    expect(evidenceAt(repaired, 0, 0).spans).toBeUndefined();
    expect(report.details[0]?.message).toBe(
      'source "gone" does not exist; the evidence is kept and marked orphaned',
    );
  });

  it('clears the orphaned mark once the quote matches again', () => {
    const graph = minimalGraph();
    (evidenceAt(graph, 1, 0) as Mutable<Evidence>).anchor = 'orphaned';
    const { graph: repaired, report } = repairEvidence(graph);
    expect(evidenceAt(repaired, 1, 0).anchor).toBeUndefined();
    expect(report).toMatchObject({ reanchored: 0, orphaned: 0 });
    expect(report.details[0]?.message).toContain('no longer orphaned');
  });

  it('drops highlight spans that fall outside their quote', () => {
    const graph = minimalGraph();
    const evidence = evidenceAt(graph, 0, 0) as Mutable<Evidence>;
    evidence.spans = { cue: [0, 3], target: [evidence.start, evidence.start + 6] };
    const { graph: repaired, report } = repairEvidence(graph);
    expect(evidenceAt(repaired, 0, 0).spans).toEqual({ target: [evidence.start, evidence.start + 6] });
    expect(report.details[0]?.message).toContain('dropped the cue highlight span');
  });

  it('is idempotent', () => {
    const edited = `NEWS: ${SOURCE_TEXT.replace('condemned', 'praised')}`;
    const once = repairEvidence(withText(minimalGraph(), edited));
    const twice = repairEvidence(once.graph);
    expect(twice.graph).toEqual(once.graph);
    expect(twice.report).toMatchObject({ reanchored: 0, orphaned: 1 });
  });

  it('searches only near the old place once a large file has used up its search budget', () => {
    const graph = minimalGraph();
    const filler = 'z'.repeat(5_000_000);
    const text = `NEWS: ${SOURCE_TEXT}${filler}`;
    const lost = { sourceId: 's1', start: 0, end: 4, quote: 'This sentence is not in the text.' };
    const misses = Math.ceil(REANCHOR_SEARCH_BUDGET / (4 * text.length));
    const r1 = graph.relations[0];
    if (!r1) throw new Error('fixture changed');
    r1.evidence = [...Array.from({ length: misses + 1 }, () => ({ ...lost })), ...r1.evidence];
    const { graph: repaired, report } = repairEvidence(withText(graph, text));
    expect(report.orphaned).toBe(misses + 1);
    expect(report.details[misses - 1]?.message).toContain('is not in source "s1"');
    expect(report.details[misses]?.message).toContain(
      `within ${NEARBY_SEARCH_RADIUS.toLocaleString('en-US')} characters of its old place`,
    );
    // A quote that merely moved is still found nearby.
    expect(evidenceAt(repaired, 0, misses + 1)).toMatchObject({
      anchor: 'reanchored',
      start: FIRST_PACT + 6,
    });
  });
});

describe('describeRepairs', () => {
  const note = (sourceId: string, outcome: RepairNote['outcome'], j = 0): RepairNote => ({
    path: `$.relations[0].evidence[${j}]`,
    message: 'technical',
    sourceId,
    outcome,
  });
  const sources = [
    { id: 's1', title: 'Victory Day Meeting' },
    { id: 's2', title: 'Grain talks' },
  ];

  it('says per source, in plain words, how many sentences moved and how many were not found', () => {
    const lines = describeRepairs(
      [note('s1', 'moved', 0), note('s2', 'orphaned', 1), note('s1', 'moved', 2)],
      sources,
    );
    expect(lines).toEqual([
      '2 sentences in “Victory Day Meeting” were not at the positions the file gave; they were found in the text and moved.',
      '1 sentence in “Grain talks” could not be found in its text; it is kept and marked "not found".',
    ]);
  });

  it('puts every outcome for one source on its one line, and names who gave the positions', () => {
    const [line, ...rest] = describeRepairs(
      [note('s1', 'orphaned'), note('s1', 'orphaned'), note('s1', 'moved'), note('s1', 'spans')],
      sources,
      'your saved work',
    );
    expect(rest).toEqual([]);
    expect(line).toBe(
      '1 sentence in “Victory Day Meeting” was not at the position your saved work gave; it was found in the text and moved. ' +
        '2 sentences in “Victory Day Meeting” could not be found in its text; they are kept and marked "not found". ' +
        'The highlighted words of 1 sentence in “Victory Day Meeting” no longer fit it and were dropped.',
    );
  });

  it('names a source it has no title for by its id', () => {
    expect(describeRepairs([note('gone', 'orphaned')], sources)).toEqual([
      '1 sentence in source "gone" could not be found in its text; it is kept and marked "not found".',
    ]);
  });

  it('describes what repairEvidence reports', () => {
    const edited = SOURCE_TEXT.replace('The United States condemned the pact.', 'Washington said nothing.');
    const graph = withText(minimalGraph(), edited);
    const { report } = repairEvidence(graph);
    const title = graph.sources[0]?.title ?? '';
    expect(describeRepairs(report.details, graph.sources)).toEqual([
      expect.stringContaining(`in “${title}” could not be found in its text`),
    ]);
  });
});
