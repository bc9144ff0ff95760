import seedText from '../../data/graph.json?raw';
import { repairEvidence } from '../io/integrity';
import { formatProblems } from '../io/problems';
import { validateGraphText } from '../io/validateGraph';
import { loadWorkspace, saveWorkspace } from '../io/workspaceStorage';
import { useAppStore } from '../store';

/**
 * Load the curated graph through the same validating door as any file, then the user's saved work.
 * Saved work that fails validation is left in storage untouched and reported, never overwritten.
 */
export async function startup(): Promise<void> {
  const { initWorkspace, notify } = useAppStore.getState();
  const result = validateGraphText(seedText, 'data/graph.json', { anchors: 'repairable' });
  if (!result.ok) {
    notify({
      tone: 'error',
      text: 'The bundled graph data/graph.json is invalid.',
      details: formatProblems(result.problems).split('\n'),
    });
    return;
  }
  const seed = repairEvidence(result.value).graph;
  initWorkspace(seed);

  const saved = await loadWorkspace();
  if (saved && !saved.ok) {
    notify({
      tone: 'error',
      text: 'Your saved work could not be read, so the curated data is shown. Nothing was deleted.',
      details: formatProblems(saved.problems).split('\n'),
    });
    return; // do not start saving over the unreadable record
  }
  if (saved?.ok) initWorkspace(seed, saved.value);
  persistChanges();
}

/** Save the workspace whenever it changes; a failed save is reported and the screen keeps the data. */
function persistChanges(): void {
  useAppStore.subscribe(
    (s) => s.workspace,
    (workspace) => {
      saveWorkspace(workspace).catch((err: unknown) =>
        useAppStore
          .getState()
          .notify({ tone: 'error', text: err instanceof Error ? err.message : String(err) }),
      );
    },
  );
}
