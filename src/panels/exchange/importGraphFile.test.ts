import { describe, expect, it } from 'vitest';
import type { Graph } from '../../domain/types';
import type { RepairNote } from '../../io/integrity';
import type { OpenedGraph } from '../../io/openGraphFile';
import type { Problem } from '../../io/problems';
import { MAX_REPORTED_PROBLEMS } from '../../io/validateGraph';
import { MAX_NOTICE_DETAILS } from '../../store';
import { openedNotice, refusalNotice } from './importGraphFile';

const NAME = 'colleague.gexf';
const at = (path: string, message: string): Problem => ({ path, message: `${NAME}: ${message}` });
/** How often the text states a number of problems. */
const countsStated = (text: string) => text.match(/\d[\d,]* problems?\b/g) ?? [];

describe('refusalNotice', () => {
  it('gives one problem about the whole file in the first line, with nothing repeated below', () => {
    const notice = refusalNotice(NAME, [at('$', 'the file is empty')]);
    expect(notice).toEqual({
      tone: 'error',
      text: `Could not open ${NAME}: the file is empty. The graph on screen is unchanged.`,
    });
  });

  it('lists a single problem with its place', () => {
    const notice = refusalNotice(NAME, [at('line 3', 'edge "e1": no relation type')]);
    expect(notice.text).toBe(
      `Could not open ${NAME}: edge "e1": no relation type. The graph on screen is unchanged.`,
    );
    expect(notice.details).toEqual(['line 3: edge "e1": no relation type']);
  });

  it('states the first reason and the count once, then one line per problem', () => {
    const problems = [at('line 3', 'first'), at('line 7', 'second'), at('line 9', 'third')];
    const notice = refusalNotice(NAME, problems);
    expect(notice.text).toBe(
      `Could not open ${NAME}: first (the first of 3 problems, listed below). The graph on screen is unchanged.`,
    );
    expect(countsStated(notice.text)).toEqual(['3 problems']);
    expect(notice.details).toEqual(['line 3: first', 'line 7: second', 'line 9: third']);
  });

  it('counts what a reader summary line stands for, and does not count or list the line itself', () => {
    const listed = Array.from({ length: MAX_REPORTED_PROBLEMS }, (_, i) =>
      at(`line ${i + 2}`, `problem ${i}`),
    );
    const summary: Problem = {
      path: '$',
      message: `${NAME}: 250 more problems are not listed; fix the ones above and check again`,
      omitted: 250,
    };
    const notice = refusalNotice(NAME, [...listed, summary]);
    expect(countsStated(notice.text)).toEqual(['1,250 problems']);
    expect(notice.text).toContain(': problem 0 (the first of 1,250 problems');
    const details = notice.details ?? [];
    expect(details).toHaveLength(MAX_NOTICE_DETAILS);
    expect(details.slice(0, -1)).toEqual(
      listed.slice(0, MAX_NOTICE_DETAILS - 1).map((p, i) => `${p.path}: problem ${i}`),
    );
    expect(details.at(-1)).toBe(
      `…and ${(1250 - (MAX_NOTICE_DETAILS - 1)).toLocaleString('en-US')} more problems not listed here`,
    );
  });

  it('says how many are left out when there are more problems than lines, and none when all fit', () => {
    const many = Array.from({ length: MAX_NOTICE_DETAILS + 1 }, (_, i) => at(`line ${i}`, `p${i}`));
    expect(refusalNotice(NAME, many).details?.at(-1)).toBe('…and 2 more problems not listed here');
    const fit = many.slice(0, MAX_NOTICE_DETAILS);
    expect(refusalNotice(NAME, fit).details).toHaveLength(MAX_NOTICE_DETAILS);
    expect(refusalNotice(NAME, fit).details?.at(-1)).toBe(
      `line ${MAX_NOTICE_DETAILS - 1}: p${MAX_NOTICE_DETAILS - 1}`,
    );
  });

  it('leads with a real problem even when a reader sorted its summary line first', () => {
    const summary: Problem = { path: '$', message: `${NAME}: 5 more problems are not listed`, omitted: 5 };
    const notice = refusalNotice(NAME, [summary, at('line 4', 'the real reason')]);
    expect(notice.text).toContain(`${NAME}: the real reason (the first of 6 problems`);
    expect(notice.details).toEqual(['line 4: the real reason', '…and 5 more problems not listed here']);
  });
});

describe('openedNotice', () => {
  const graph: Graph = {
    schemaVersion: 1,
    sources: [{ id: 's1', title: 'Parade report', author: '', publisher: '', published: '', text: 'x' }],
    actors: [],
    relationTypes: [],
    relations: [],
  };
  const moved = (j: number): RepairNote => ({
    path: `$.relations[0].evidence[${j}]`,
    message: `${NAME}: quote moved from [0, 99999) to [0, 28) in source "s1"`,
    sourceId: 's1',
    outcome: 'moved',
  });
  const onScreen = { actors: [{}, {}], relations: [{}], sources: [{}] } as unknown as Graph;

  it('tells Replace and Merge apart, as information when nothing was repaired', () => {
    const opened: OpenedGraph = { graph, notes: [], repairs: [] };
    expect(openedNotice(NAME, opened, 'replace', graph)).toEqual({
      tone: 'info',
      text: `Opened ${NAME}: 0 actors, 0 relations, 1 source. Undo brings back the graph shown before.`,
    });
    expect(openedNotice(NAME, opened, 'merge', onScreen).text).toBe(
      `Merged ${NAME} (0 actors, 0 relations, 1 source) with the graph on screen, which now has 2 actors, 1 relation, 1 source.`,
    );
  });

  it('warns in plain words, one line per source, when sentences were moved; the technical lines are details', () => {
    const notice = openedNotice(NAME, { graph, notes: [], repairs: [moved(0), moved(1)] }, 'replace', graph);
    expect(notice.tone).toBe('warning');
    expect(notice.lines).toEqual([
      '2 sentences in “Parade report” were not at the positions the file gave; they were found in the text and moved.',
    ]);
    expect(notice.details).toEqual([
      '$.relations[0].evidence[0]: quote moved from [0, 99999) to [0, 28) in source "s1"',
      '$.relations[0].evidence[1]: quote moved from [0, 99999) to [0, 28) in source "s1"',
    ]);
  });
});
