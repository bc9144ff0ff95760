/**
 * The curation forms and actions load on first use (first selection, first "Add relation…", first
 * click), so the first visit downloads only what reading the graph needs. Each form renders nothing
 * while its code arrives.
 */
import { lazy, Suspense, type ComponentProps } from 'react';
import { EDITABLE } from '../../io/siteMode';
import { useAppStore } from '../../store';
import type * as CurateActions from './curateActions';

const RelationEditorCode = lazy(() =>
  import('./RelationEditor').then((m) => ({ default: m.RelationEditor })),
);
const ActorEditorCode = lazy(() => import('./ActorEditor').then((m) => ({ default: m.ActorEditor })));
const AddRelationDialogCode = lazy(() =>
  import('./AddRelationDialog').then((m) => ({ default: m.AddRelationDialog })),
);

/** A read-only published site (npm run publish) has no editing forms. */
const editing = EDITABLE;

export const RelationEditor = (props: ComponentProps<typeof RelationEditorCode>) =>
  editing && (
    <Suspense fallback={null}>
      <RelationEditorCode {...props} />
    </Suspense>
  );

export const ActorEditor = (props: ComponentProps<typeof ActorEditorCode>) =>
  editing && (
    <Suspense fallback={null}>
      <ActorEditorCode {...props} />
    </Suspense>
  );

export const AddRelationDialog = (props: ComponentProps<typeof AddRelationDialogCode>) =>
  editing && (
    <Suspense fallback={null}>
      <AddRelationDialogCode {...props} />
    </Suspense>
  );

/** Runs a curation action, loading the actions first: for buttons shown before any form has loaded. */
export function withCurateActions(run: (actions: typeof CurateActions) => void): void {
  import('./curateActions').then(run, () =>
    useAppStore.getState().notify({
      tone: 'error',
      text: 'The change could not be made: part of the app failed to load (the connection may be down). Reload the page to try again.',
    }),
  );
}
