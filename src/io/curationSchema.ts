/**
 * The stored shape of the analyst's edits (src/domain/curation.ts). Stored work is untrusted: each edit
 * is checked here, and every sentence an edit brings must sit exactly at its offsets in a source the
 * workspace holds.
 */
import { z } from './zod';
import type { CurationEdit } from '../domain/curation';
import type { Evidence, Graph } from '../domain/types';
import { ACTOR_KINDS } from '../domain/types';
import { quoted } from './describe';
import { actorSchema, evidenceSchema, relationSchema, relationTypeSchema } from './graphSchema';
import type { Problem } from './problems';

const id = z.string().check(z.minLength(1));
const offset = z.int().check(z.gte(0));

export const curationEditSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('addActor'), actor: actorSchema }),
  z.object({
    op: z.literal('updateActor'),
    actorId: id,
    label: z.optional(z.string()),
    kind: z.optional(z.enum(ACTOR_KINDS)),
    aliases: z.optional(z.array(z.string())),
  }),
  z.object({ op: z.literal('mergeActors'), from: id, into: id }),
  z.object({ op: z.literal('deleteActor'), actorId: id }),
  z.object({
    op: z.literal('addRelation'),
    relation: relationSchema,
    typeDef: z.optional(relationTypeSchema),
  }),
  z.object({ op: z.literal('addEvidence'), relationId: id, evidence: evidenceSchema }),
  z.object({ op: z.literal('removeEvidence'), relationId: id, sourceId: id, start: offset, end: offset }),
  z.object({
    op: z.literal('updateRelation'),
    relationId: id,
    type: z.optional(id),
    typeDef: z.optional(relationTypeSchema),
    source: z.optional(id),
    target: z.optional(id),
    negated: z.optional(z.boolean()),
    note: z.optional(z.string()),
  }),
  z.object({
    op: z.literal('review'),
    relationId: id,
    status: z.enum(['accepted', 'rejected', 'extracted']),
  }),
  z.object({ op: z.literal('deleteRelation'), relationId: id }),
  z.object({ op: z.literal('mapType'), from: id, to: id, typeDef: z.optional(relationTypeSchema) }),
]);

const sentencesOf = (edit: CurationEdit): readonly Evidence[] =>
  edit.op === 'addRelation' ? edit.relation.evidence : edit.op === 'addEvidence' ? [edit.evidence] : [];

/** Problems with the sentences the edits bring, checked against the sources of `graph`. */
export function checkEditAnchors(edits: readonly CurationEdit[], graph: Graph, at: string): Problem[] {
  const texts = new Map(graph.sources.map((s) => [s.id, s.text]));
  const problems: Problem[] = [];
  edits.forEach((edit, i) => {
    for (const e of sentencesOf(edit)) {
      const text = texts.get(e.sourceId);
      if (text === undefined) {
        problems.push({
          path: `${at}[${i}]`,
          message: `cites source ${quoted(e.sourceId)}, which the workspace does not hold`,
        });
      } else if (text.slice(e.start, e.end) !== e.quote) {
        problems.push({
          path: `${at}[${i}]`,
          message: `quote ${quoted(e.quote)} is not the text of source ${quoted(e.sourceId)} at [${e.start}, ${e.end})`,
        });
      }
    }
  });
  return problems;
}
