import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, unknownReferences, type ViewState } from '../domain/view';
import { formatPermalink, parsePermalink } from './permalink';
import { minimalGraph } from './fixtures/minimalGraph';

const roundTrip = (view: ViewState) => {
  const hash = formatPermalink(view);
  const parsed = parsePermalink(hash);
  return { hash, view: parsed.ok ? parsed.value : parsed.problems };
};

describe('the paths panel in a permalink', () => {
  it('round-trips two actors and a direction, leaving the default direction out', () => {
    const view: ViewState = {
      ...DEFAULT_VIEW,
      paths: { tool: 'paths', from: 'putin', to: 'a,b', direction: 'any' },
    };
    expect(roundTrip(view)).toEqual({
      hash: '#tool=paths&pathFrom=putin&pathTo=a%2Cb&pathDirection=any',
      view,
    });
    const follow: ViewState = {
      ...DEFAULT_VIEW,
      paths: { tool: 'paths', from: null, to: 'x', direction: 'follow' },
    };
    expect(roundTrip(follow)).toEqual({ hash: '#tool=paths&pathTo=x', view: follow });
  });

  it('round-trips two sets of sources', () => {
    const view: ViewState = { ...DEFAULT_VIEW, paths: { tool: 'compare', a: ['s1'], b: ['s2', 's,3'] } };
    expect(roundTrip(view)).toEqual({ hash: '#tool=compare&compareA=s1&compareB=s2,s%2C3', view });
  });

  it('leaves the panel out when it is closed', () => {
    expect(formatPermalink({ ...DEFAULT_VIEW, paths: null })).toBe('');
    expect(roundTrip(DEFAULT_VIEW)).toEqual({ hash: '', view: DEFAULT_VIEW });
  });

  it('refuses keys of one tool given with the other, or with none', () => {
    const problems = (hash: string) => {
      const r = parsePermalink(hash);
      return r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message}`);
    };
    expect(problems('#pathFrom=a')).toEqual(['#pathFrom: needs tool=paths']);
    expect(problems('#tool=paths&compareA=s1')).toEqual(['#compareA: needs tool=compare']);
    expect(problems('#tool=maps')).toEqual(['#tool: must be paths or compare']);
    expect(problems('#tool=paths&pathDirection=up')).toEqual(['#pathDirection: must be follow or any']);
  });

  it('names the actors and sources a link asks for that the graph lacks', () => {
    const graph = minimalGraph();
    const actor = graph.actors[0]!.id;
    expect(
      unknownReferences(
        { ...DEFAULT_VIEW, paths: { tool: 'paths', from: actor, to: 'nobody', direction: 'follow' } },
        graph,
      ),
    ).toEqual(['no actor "nobody" for a path']);
    expect(
      unknownReferences(
        { ...DEFAULT_VIEW, paths: { tool: 'compare', a: ['gone'], b: [graph.sources[0]!.id] } },
        graph,
      ),
    ).toEqual(['no source "gone" to compare']);
  });
});
