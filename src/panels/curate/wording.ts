/** What a change to an actor will do, asked before it happens. */
import type { MergePreview } from '../../domain/curationPreview';
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
