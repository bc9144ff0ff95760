/** What a curation step does, in words: asked before it happens, and told after undo or redo. */
import type { CurationEdit, CurationOp } from '../../domain/curation';
import type { MergePreview } from '../../domain/curationPreview';
import { EMPTY_WORKSPACE, isPristine, type Workspace } from '../../domain/workspace';
import { plural } from '../../io/describe';

/** "PRC will be merged into China: 3 relations move, 1 joins an existing one, 1 between them goes." */
export function mergeQuestion(from: string, into: string, preview: MergePreview): string {
  const parts = [
    preview.moved > 0 ? `${plural(preview.moved, 'relation')} ${preview.moved === 1 ? 'moves' : 'move'}` : '',
    preview.joined > 0
      ? `${preview.joined} ${preview.joined === 1 ? 'joins an existing one' : 'join existing ones'}, adding ${preview.joined === 1 ? 'its' : 'their'} sentences`
      : '',
    preview.dropped > 0
      ? `${plural(preview.dropped, 'relation')} between them ${preview.dropped === 1 ? 'goes' : 'go'}`
      : '',
  ].filter((p) => p !== '');
  const what = parts.length > 0 ? parts.join(', ') : 'it has no relations to move';
  return `${from} will be merged into ${into}: ${what}. ${from} and its aliases become aliases of ${into}.`;
}

/** "Delete PRC? Its 4 relations go with it." */
export function deleteActorQuestion(label: string, relations: number): string {
  return relations === 0
    ? `${label} has no relations; only the actor goes.`
    : `${relations === 1 ? 'Its 1 relation goes' : `All ${plural(relations, 'relation')} go`} with it, sentences and all.`;
}

const EDIT_WORDS: Readonly<Record<CurationOp, string>> = {
  addActor: 'adding an actor',
  updateActor: 'editing an actor',
  mergeActors: 'merging two actors',
  deleteActor: 'deleting an actor',
  addRelation: 'adding a relation',
  addEvidence: 'adding a sentence as evidence',
  removeEvidence: 'removing a sentence',
  updateRelation: 'editing a relation',
  review: 'a review decision',
  deleteRelation: 'deleting a relation',
  mapType: 'mapping a relation type',
};

/** A step of several edits is named by what the analyst asked for, not by the actors it created on the way. */
function nameEdits(edits: readonly CurationEdit[]): string {
  const main = edits.find((e) => e.op !== 'addActor') ?? edits[0];
  return main ? EDIT_WORDS[main.op] : 'a change';
}

/** The change that leads from `older` to `newer` (one step of the history), e.g. "adding a relation". */
export function describeStep(older: Workspace, newer: Workspace): string {
  // Reset puts back the one empty workspace object itself.
  if (newer === EMPTY_WORKSPACE && !isPristine(older)) return 'resetting to default data';
  if (older.base !== newer.base) return 'opening a graph file';
  if (older.articles !== newer.articles) {
    return newer.articles.length < older.articles.length ? 'removing an article' : 'adding an article';
  }
  if (newer.edits.length > older.edits.length) return nameEdits(newer.edits.slice(older.edits.length));
  return 'the last change';
}
