/** What one step of the history did, in words, for the notice after undo or redo. */
import type { CurationEdit, CurationOp } from '../../domain/curation';
import { EMPTY_WORKSPACE, isPristine, type Workspace } from '../../domain/workspace';

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
