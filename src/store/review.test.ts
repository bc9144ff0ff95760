import { beforeEach, describe, expect, it } from 'vitest';
import { isRejected, isUnreviewed } from '../domain/review';
import { actor, relationType } from '../domain/testing';
import type { Graph } from '../domain/types';
import { EMPTY_WORKSPACE } from '../domain/workspace';
import { forgetHistory, undo, useAppStore } from './index';
import { selectReview, selectVisibility } from './selectors';

const seed: Graph = {
  schemaVersion: 1,
  sources: [],
  actors: [actor('germany', 'Germany')],
  relationTypes: [relationType('accuses', 3)],
  relations: [],
};

const TEXT = 'Germany accused Russia of cyberattacks. Poland praised Germany.';
/** What extracting TEXT gives each time: a fresh object with the same ids (the article id is its text's). */
function extraction(): Graph {
  const sentence = (quote: string, confidence: number) => ({
    sourceId: 'pact-report',
    start: TEXT.indexOf(quote),
    end: TEXT.indexOf(quote) + quote.length,
    quote,
    confidence,
  });
  return {
    schemaVersion: 1,
    sources: [
      {
        id: 'pact-report',
        title: 'Pact report',
        author: '',
        publisher: '',
        published: '2025-06-01',
        text: TEXT,
        automatic: true,
      },
    ],
    actors: [actor('germany', 'Germany'), actor('russia', 'Russia'), actor('poland', 'Poland')],
    relationTypes: [relationType('accuses', 3), relationType('praises', 1)],
    relations: [
      {
        id: 'germany>russia:accuses',
        source: 'germany',
        target: 'russia',
        type: 'accuses',
        automatic: true,
        evidence: [sentence('Germany accused Russia of cyberattacks.', 0.9)],
      },
      {
        id: 'poland>germany:praises',
        source: 'poland',
        target: 'germany',
        type: 'praises',
        automatic: true,
        evidence: [sentence('Poland praised Germany.', 0.7)],
      },
    ],
  };
}

const store = useAppStore;
const addArticle = () =>
  store.getState().addArticle({ id: 'article-1', addedAt: new Date().toISOString(), graph: extraction() });
const relation = (id: string) => store.getState().index.relations.get(id);
const drawn = (id: string) => selectVisibility(store.getState()).relations.has(id);

beforeEach(() => {
  store.getState().initWorkspace(seed, EMPTY_WORKSPACE);
  store.getState().resetFilters();
  forgetHistory();
});

describe('review decisions', () => {
  it('a rejected relation stays rejected, and hidden, when the same article is added again', () => {
    addArticle();
    expect(selectReview(store.getState()).unreviewed.map((r) => r.id)).toEqual([
      'germany>russia:accuses',
      'poland>germany:praises',
    ]);
    store.getState().curate({ op: 'review', relationId: 'germany>russia:accuses', status: 'rejected' });
    store.getState().curate({ op: 'review', relationId: 'poland>germany:praises', status: 'accepted' });
    expect(drawn('germany>russia:accuses')).toBe(false);

    addArticle(); // the same text extracted again replaces its copy
    expect(store.getState().workspace.articles).toHaveLength(1);
    expect(isRejected(relation('germany>russia:accuses')!)).toBe(true);
    expect(drawn('germany>russia:accuses')).toBe(false);
    expect(isUnreviewed(relation('poland>germany:praises')!)).toBe(false);
    expect(selectReview(store.getState()).unreviewed).toEqual([]);
    expect(selectReview(store.getState()).rejected.map((r) => r.id)).toEqual(['germany>russia:accuses']);

    // Removing the article and adding it back keeps the decision too.
    store.getState().removeArticle('article-1');
    expect(relation('germany>russia:accuses')).toBeUndefined();
    addArticle();
    expect(isRejected(relation('germany>russia:accuses')!)).toBe(true);
  });

  it('a restored relation is back in the queue and drawn; each decision is one undoable step', () => {
    addArticle();
    store.getState().curate({ op: 'review', relationId: 'germany>russia:accuses', status: 'rejected' });
    store.getState().curate({ op: 'review', relationId: 'germany>russia:accuses', status: 'extracted' });
    expect(isUnreviewed(relation('germany>russia:accuses')!)).toBe(true);
    expect(drawn('germany>russia:accuses')).toBe(true);
    expect(undo()).toBe(true);
    expect(isRejected(relation('germany>russia:accuses')!)).toBe(true);
    expect(undo()).toBe(true);
    expect(isUnreviewed(relation('germany>russia:accuses')!)).toBe(true);
  });

  it('the filters can show rejected relations again', () => {
    addArticle();
    store.getState().curate({ op: 'review', relationId: 'germany>russia:accuses', status: 'rejected' });
    store.getState().toggleStatus('rejected');
    expect(drawn('germany>russia:accuses')).toBe(true);
    store.getState().resetFilters();
    expect(drawn('germany>russia:accuses')).toBe(false);
  });
});
