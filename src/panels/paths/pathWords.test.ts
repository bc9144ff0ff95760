import { describe, expect, it } from 'vitest';
import { shortestPaths, type PathReport } from '../../domain/paths';
import type { Relation } from '../../domain/types';
import {
  comparisonCaption,
  comparisonSummary,
  noPathWords,
  pathCaption,
  pathLine,
  pathSummary,
} from './pathWords';

const r = (id: string, source: string, target: string): Relation => ({
  id,
  source,
  target,
  type: 'd',
  evidence: [],
});
const names: Record<string, string> = { a: 'Alpha', b: 'Beta', c: 'Gamma', d: 'Delta' };
const label = (id: string) => names[id] ?? id;
const found = (maxListed = 12): Extract<PathReport, { found: true }> => {
  const result = shortestPaths(
    [r('ab', 'a', 'b'), r('ac', 'a', 'c'), r('bd', 'b', 'd'), r('cd', 'c', 'd')],
    () => true,
    'a',
    'd',
    'follow',
    maxListed,
  );
  if (!result.found) throw new Error('expected a path');
  return { ...result, direction: 'follow' };
};

describe('path wording', () => {
  it('sums up the paths found, and says when some are not listed', () => {
    expect(pathSummary(found())).toBe('2 shortest paths of 2 steps, following arrows.');
    expect(pathSummary(found(1))).toBe(
      '2 shortest paths of 2 steps, following arrows. Showing the first 1 of 2.',
    );
  });

  it('draws a path with arrows only when it follows them', () => {
    const path = found().paths[0]!;
    expect(pathLine(path, label, 'follow')).toBe('Alpha → Beta → Delta');
    expect(pathLine(path, label, 'any')).toBe('Alpha – Beta – Delta');
  });

  it('explains each reason for no path and offers the way out', () => {
    expect(noPathWords({ kind: 'against-arrows', length: 2 }, 'd', 'a', label)).toEqual({
      text: 'No path from Delta to Alpha following arrows. In any direction they are 2 steps apart.',
      action: 'any-direction',
    });
    expect(noPathWords({ kind: 'actor-hidden', actorIds: ['a', 'd'] }, 'a', 'd', label)).toMatchObject({
      text: expect.stringMatching(/^Alpha and Delta are not on the graph as filtered/),
      action: 'show-everything',
    });
    expect(
      noPathWords({ kind: 'filtered-out', length: 1, direction: 'any' }, 'a', 'b', label).text,
    ).toContain('one of 1 step in any direction');
    expect(noPathWords({ kind: 'different-components' }, 'a', 'b', label)).toEqual({
      text: 'No chain of relations joins Alpha and Beta, in any direction, even with every relation shown: they are in separate parts of the graph.',
    });
  });

  it('puts the paths and the comparison in the export caption', () => {
    expect(pathCaption(found(), 'a', 'd', label)).toBe(
      'Highlighted: 2 shortest paths from Alpha to Delta, 2 steps following arrows; the rest faded.',
    );
    expect(pathCaption({ found: false, reason: { kind: 'same-actor' } }, 'a', 'a', label)).toBe(
      'Paths from Alpha to Alpha: none. Choose two different actors.',
    );
    const comparison = { onlyA: ['x'], onlyB: [], both: ['y', 'z'], neither: ['w'] };
    expect(comparisonSummary(comparison)).toBe(
      '1 only in A, 0 only in B, 2 in both; 1 backed by neither set (faded).',
    );
    expect(comparisonCaption(comparison, { a: ['s1'], b: [] }, (id) => `Title ${id}`)).toBe(
      'Sources compared: A is “Title s1”; B is no source. Relations: 1 only in A, 0 only in B, 2 in both; 1 backed by neither set (faded).',
    );
  });
});
