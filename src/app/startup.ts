import seedText from '../../data/graph.json?raw';
import { plural } from '../io/describe';
import { repairEvidence } from '../io/integrity';
import { formatProblems } from '../io/problems';
import { validateGraphText } from '../io/validateGraph';
import { clearWorkspace, loadWorkspace, saveWorkspace } from '../io/workspaceStorage';
import { useAppStore, type AppState } from '../store';

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
  try {
    await restoreSavedWork(seed);
  } finally {
    useAppStore.getState().markWorkspaceLoaded();
  }
}

/** The saved workspace, then saving on every change. */
async function restoreSavedWork(seed: Parameters<AppState['initWorkspace']>[0]): Promise<void> {
  const { initWorkspace, notify } = useAppStore.getState();
  const initial = useAppStore.getState().workspace;
  const saved = await loadWorkspace();
  // A change the user made while the read was under way must be neither lost nor silently replaced.
  const changedMeanwhile = useAppStore.getState().workspace !== initial;
  if (saved.kind === 'unavailable') {
    notify({
      tone: 'error',
      text: `This browser does not let Actorgraph store data (${saved.reason}), so what you add or import lasts only until this tab is closed.`,
    });
    return;
  }
  if (saved.kind === 'saved' && !saved.result.ok) {
    notify({
      tone: 'error',
      text:
        'Your saved work could not be read, so the curated data is shown. Nothing was deleted: the saved ' +
        'record is kept as it is, and changes are not saved over it until you reset to default data.',
      details: formatProblems(saved.result.problems).split('\n'),
    });
    return; // do not start saving over the unreadable record
  }
  if (saved.kind === 'saved' && saved.result.ok) {
    if (changedMeanwhile) {
      notify({
        tone: 'error',
        text: 'Your saved work finished loading after you had changed the graph, so it replaced that change. Please repeat it.',
      });
    }
    initWorkspace(seed, saved.result.value);
    reportRepairs(saved.result.warnings.map((w) => `${w.path}: ${w.message}`));
  }
  persistChanges();
  // Nothing was saved before: keep what the user already did.
  if (saved.kind === 'none' && changedMeanwhile) saveNow();
}

/** Evidence that moved or was orphaned since it was saved is never shown silently: say so once. */
function reportRepairs(details: readonly string[]): void {
  if (details.length === 0) return;
  const moved = details.filter((d) => d.includes('quote moved')).length;
  const orphaned = details.filter((d) => d.includes('marked orphaned')).length;
  const parts = [
    moved > 0
      ? `${plural(moved, 'quote')} no longer matched ${moved === 1 ? 'its' : 'their'} offsets and ${moved === 1 ? 'was' : 'were'} found again nearby`
      : '',
    orphaned > 0
      ? `${plural(orphaned, 'quote')} could not be found in ${orphaned === 1 ? 'its' : 'their'} source and ${orphaned === 1 ? 'is' : 'are'} marked "not found"`
      : '',
  ].filter((p) => p !== '');
  useAppStore.getState().notify({
    tone: 'info',
    text: `Your saved work was checked against its sources: ${parts.join('; ') || 'some highlights were adjusted'}.`,
    details,
  });
}

let persisting = false;

/** Save the workspace whenever it changes; a failed save is reported and the screen keeps the data. */
function persistChanges(): void {
  if (persisting) return;
  persisting = true;
  useAppStore.subscribe((s) => s.workspace, save);
}

const saveNow = () => save(useAppStore.getState().workspace);

function save(workspace: AppState['workspace']): void {
  saveWorkspace(workspace).catch((err: unknown) =>
    useAppStore.getState().notify({ tone: 'error', text: err instanceof Error ? err.message : String(err) }),
  );
}

/**
 * "Reset to default data": back to the curated graph alone, and the saved record deleted (an
 * unreadable one too). Saving then resumes. The caller has asked the user first.
 */
export async function resetToDefaultData(): Promise<void> {
  useAppStore.getState().resetWorkspace();
  await clearWorkspace(); // queued after the save the reset itself triggers, so storage ends empty
  persistChanges();
}
