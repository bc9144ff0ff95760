/**
 * Builders for the small graphs unit tests make, one line per actor, relation type or relation.
 * Only tests import this module.
 */
import type { Actor, ActorKind, Evidence, Quad, Relation, RelationType, Source } from './types';

/** A source published on `published` (YYYY-MM-DD); its title is its id and its text one letter. */
export const source = (id: string, published: string): Source => ({
  id,
  title: id,
  author: '',
  publisher: '',
  published,
  text: 'x',
});

/** An actor with no aliases; the label defaults to the id. */
export const actor = (id: string, label = id, kind: ActorKind = 'state'): Actor => ({
  id,
  label,
  kind,
  aliases: [],
});

/** A relation type named after its id ("allies_with" reads "allies with"), its polarity from its quad. */
export const relationType = (
  id: string,
  quad: Quad,
  directed = true,
  extra: Partial<RelationType> = {},
): RelationType => ({
  id,
  label: id.replace(/_/g, ' '),
  directed,
  polarity: quad <= 2 ? 'cooperation' : 'conflict',
  quad,
  cameo: [],
  plover: 'X',
  ...extra,
});

/** Evidence for offsets 0–1 of a source whose text is "x…". */
export const evidence = (sourceId: string, extra: Partial<Evidence> = {}): Evidence => ({
  sourceId,
  start: 0,
  end: 1,
  quote: 'x',
  ...extra,
});

export const relation = (
  id: string,
  source: string,
  target: string,
  type: string,
  evidenceList: readonly Evidence[],
): Relation => ({ id, source, target, type, evidence: evidenceList });
