import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { actor, evidence, relation, relationType } from '../domain/testing';
import type { Graph } from '../domain/types';
import { decodeGraphFromLink, encodeGraphForLink, MAX_LINK_GRAPH_BYTES } from './dataLink';
import { splitDataFromHash } from './dataLinkHash';

const text = 'Russia accuses the West. China courts Brazil.';
const graph: Graph = {
  schemaVersion: 1,
  sources: [
    { id: 's1', title: 'Note', author: 'A. Writer', publisher: 'Desk', published: '2025-05-11', text },
  ],
  actors: [actor('russia', 'Russia'), actor('west', 'The West', 'bloc')],
  relationTypes: [relationType('accuses', 3)],
  relations: [
    relation('r1', 'russia', 'west', 'accuses', [
      evidence('s1', { start: 0, end: 24, quote: 'Russia accuses the West.' }),
    ]),
  ],
} as Graph;

const base64Url = (bytes: Uint8Array) =>
  Buffer.from(bytes).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

describe('a graph in a link', () => {
  it('round-trips through the link text, URL-safe', () => {
    const encoded = encodeGraphForLink(graph);
    if (!encoded.ok) throw new Error('expected the graph to fit');
    expect(encoded.data).toMatch(/^[A-Za-z0-9_-]+$/);
    const decoded = decodeGraphFromLink(encoded.data);
    if (!decoded.ok) throw new Error(JSON.stringify(decoded.problems));
    expect(decoded.value.actors.map((a) => a.label)).toEqual(['Russia', 'The West']);
    expect(decoded.value.relations.map((r) => r.id)).toEqual(['r1']);
  });

  it('says how big a graph is when it does not fit', () => {
    const encoded = encodeGraphForLink(graph, 10);
    expect(encoded.ok).toBe(false);
    expect(encoded.bytes).toBeGreaterThan(10);
  });

  it('refuses altered, cut or foreign data with a problem naming the link', () => {
    const encoded = encodeGraphForLink(graph);
    if (!encoded.ok) throw new Error('expected the graph to fit');
    for (const bad of ['not base64!', encoded.data.slice(0, 20), 'AAAA' + encoded.data]) {
      const result = decodeGraphFromLink(bad);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems[0]!.path).toBe('#data');
    }
  });

  it('validates the graph like a file: a quote that is not its source text is refused', () => {
    const forged = structuredClone(graph) as unknown as { relations: { evidence: { quote: string }[] }[] };
    forged.relations[0]!.evidence[0]!.quote = 'Russia praises the West.';
    const data = base64Url(deflateSync(new TextEncoder().encode(JSON.stringify(forged))));
    const result = decodeGraphFromLink(data);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.message).join(' ')).toMatch(/quote/i);
  });

  it('stops inflating a small link that would grow past the cap', () => {
    const bomb = deflateSync(new Uint8Array(MAX_LINK_GRAPH_BYTES + 1024).fill(32), { level: 9 });
    const result = decodeGraphFromLink(base64Url(bomb));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toMatch(/inflates to more than/);
  });
});

describe('splitDataFromHash', () => {
  it('takes data out and leaves the view keys', () => {
    expect(splitDataFromHash('#data=abc&focus=russia&depth=2')).toEqual({
      data: 'abc',
      view: '#focus=russia&depth=2',
    });
    expect(splitDataFromHash('#focus=russia&data=abc')).toEqual({ data: 'abc', view: '#focus=russia' });
    expect(splitDataFromHash('#data=abc')).toEqual({ data: 'abc', view: '' });
    expect(splitDataFromHash('#focus=russia')).toEqual({ data: null, view: '#focus=russia' });
  });
});
