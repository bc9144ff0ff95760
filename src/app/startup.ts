import seedText from '../../data/graph.json?raw';
import { composeSources, EMPTY_WORKSPACE, isPristine, type Workspace } from '../domain/workspace';
import type { RepairNote } from '../io/integrity';
import { formatProblems } from '../io/problems';
import { fail, ok, type ParseResult } from '../io/problems';
import type { Graph } from '../domain/types';
import { SITE_MODE } from '../io/siteMode';
import { clearWorkspace, keepUnsavedWork, loadWorkspace, saveWorkspace } from '../io/workspaceStorage';
import { forgetHistory, useAppStore, type AppState } from '../store';
import { connectTabs, sameJson, type TabSync } from './tabSync';

/**
 * The bundled graph. It is the project's own file, checked at build time like any import (schema,
 * limits and every quote at its offsets: `npm run check:data` inside `npm test`, and `npm run publish`
 * for a published site's graph), so start-up reads it with JSON.parse alone and a first visit does
 * not download the validator.
 */
function parseSeed(text: string): ParseResult<Graph> {
  try {
    return ok(JSON.parse(text) as Graph);
  } catch (error) {
    return fail([{ path: '$', message: `data/graph.json is not valid JSON (${String(error)})` }]);
  }
}

/**
 * Load the curated graph (checked at build time), then the user's saved work, validated like a file.
 * Saved work that fails validation is left in storage untouched and reported, never overwritten.
 */
export async function startup(): Promise<void> {
  const { initWorkspace, notify } = useAppStore.getState();
  // A site published with a story opens presenting it, unless its address names a view of its own.
  const story = SITE_MODE?.story;
  if (story && window.location.hash.length <= 1) {
    window.history.replaceState(null, '', `#story=${encodeURIComponent(story)}&step=1`);
  }
  // A link carrying its own graph (`#data=`): its decoder loads only then.
  const showLinked = /[#&]data=/.test(window.location.hash)
    ? await import('../panels/explore/graphLink').then(
        (m) => m.takeLinkedGraph(keepShownGraph),
        () => null,
      )
    : null;
  const result = parseSeed(seedText);
  if (!result.ok) {
    notify({
      tone: 'error',
      text: 'The bundled graph data/graph.json is invalid.',
      details: formatProblems(result.problems).split('\n'),
    });
    return;
  }
  // A published graph may carry stories: they start the workspace (saved work, if any, replaces it).
  const { stories: published, ...seed } = result.value;
  initWorkspace(seed, await publishedStories(published, seed));
  forgetHistory();
  // A read-only published site shows its graph as published: the visitor's storage is left alone.
  showLinked?.();
  if (SITE_MODE?.readOnly || showLinked) {
    useAppStore.getState().markWorkspaceLoaded();
    return;
  }
  const restoring = restoreSavedWork(seed);
  // Listening from before the saved record is read: a save announced meanwhile is followed once it is in.
  tabs = connectTabs(async () => {
    await restoring;
    await followOtherTab();
  });
  try {
    await restoring;
  } finally {
    useAppStore.getState().markWorkspaceLoaded();
  }
}

/** The stories a published graph file carries, read like any file's; none when it has none. */
async function publishedStories(stories: unknown, seed: Graph): Promise<Workspace | undefined> {
  if (stories === undefined) return undefined;
  const read = await import('../io/storySchema').then(
    (m) => m.readStories(stories, '$.stories', seed),
    (err: unknown) => fail([{ path: '$.stories', message: String(err) }]),
  );
  if (read.ok) return { ...EMPTY_WORKSPACE, stories: read.value };
  useAppStore.getState().notify({
    tone: 'error',
    text: 'The stories published with this graph could not be read; the graph is shown without them.',
    details: formatProblems(read.problems).split('\n'),
  });
  return undefined;
}

/** The visitor keeps a linked graph: from now on it is saved, in place of their earlier work. */
function keepShownGraph(): void {
  persistChanges();
  saveNow();
  tabs ??= connectTabs(followOtherTab);
}

/** The saved workspace, then saving on every change. */
async function restoreSavedWork(seed: Parameters<AppState['initWorkspace']>[0]): Promise<void> {
  const { initWorkspace, notify } = useAppStore.getState();
  const initial = useAppStore.getState().workspace;
  const saved = await loadWorkspace(seed);
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
    forgetHistory();
    void reportRepairs(saved.result.warnings);
  }
  persistChanges();
  // Nothing was saved before: keep what the user already did. A state kept when the last page went
  // away mid-write is written now.
  if ((saved.kind === 'none' && changedMeanwhile) || (saved.kind === 'saved' && saved.unsaved)) saveNow();
}

/**
 * Evidence that moved or was orphaned since it was saved is never shown silently: a warning with one
 * line per source in plain words, the technical line per evidence as details.
 */
async function reportRepairs(notes: readonly RepairNote[]): Promise<void> {
  if (notes.length === 0) return;
  const { describeRepairs } = await import('../io/integrity');
  const { notify, seed, workspace } = useAppStore.getState();
  notify({
    tone: 'warning',
    text: 'Your saved work was checked against its sources, and some sentences had to be adjusted.',
    lines: describeRepairs(notes, composeSources(seed, workspace).sources, 'your saved work'),
    details: notes.map((n) => `${n.path}: ${n.message}`),
  });
}

let tabs: TabSync | null = null;
/** Stops saving on every change; null while changes are not saved. */
let stopSaving: (() => void) | null = null;
/** The latest save (or delete) this tab asked for, settled either way. */
let lastWrite: Promise<void> = Promise.resolve();
/** True while a workspace read from storage is being shown: it is already saved, so it is not saved back. */
let applyingStored = false;

/** Save the workspace whenever it changes; a failed save is reported and the screen keeps the data. */
function persistChanges(): void {
  stopSaving ??= useAppStore.subscribe((s) => s.workspace, save);
  if (keepingOnUnload) return;
  keepingOnUnload = true;
  // A reload or a closed tab drops a write under way: keep its state where a reload finds it.
  addEventListener('pagehide', keepUnsavedWork);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') keepUnsavedWork();
  });
}
let keepingOnUnload = false;

const saveNow = () => save(useAppStore.getState().workspace);

function save(workspace: AppState['workspace']): void {
  if (applyingStored) return; // saving it back would only wake the other tabs again
  lastWrite = saveWorkspace(workspace).then(
    () => tabs?.announce(),
    (err: unknown) =>
      useAppStore
        .getState()
        .notify({ tone: 'error', text: err instanceof Error ? err.message : String(err) }),
  );
}

/** Waits until every write this tab asked for has finished, so a read sees them. */
async function ownWritesSettled(): Promise<void> {
  let seen: Promise<void>;
  do {
    seen = lastWrite;
    await seen;
  } while (seen !== lastWrite);
}

/**
 * Another tab saved or deleted the record: show what is stored now, without saving it back. A record
 * that cannot be read is neither shown nor saved over, as at start-up.
 */
async function followOtherTab(): Promise<void> {
  await ownWritesSettled();
  const before = useAppStore.getState().workspace;
  const writes = lastWrite;
  const saved = await loadWorkspace(useAppStore.getState().seed);
  // Changed or reset here while reading: that write is under way, and the other tabs will follow it.
  if (useAppStore.getState().workspace !== before || lastWrite !== writes) return;
  if (saved.kind === 'unavailable') return;
  const { initWorkspace, notify, seed } = useAppStore.getState();
  if (saved.kind === 'saved' && !saved.result.ok) {
    if (stopSaving === null) return; // already not saving, and already told
    stopSaving();
    stopSaving = null;
    notify({
      tone: 'error',
      text:
        'Your saved work was changed in another tab and cannot be read here, so this tab keeps what it shows. ' +
        'Nothing was deleted: the saved record is kept as it is, and changes in this tab are not saved over it ' +
        'until you reset to default data.',
      details: formatProblems(saved.result.problems).split('\n'),
    });
    return;
  }
  // No record: another tab reset to default data.
  const stored: Workspace = saved.kind === 'saved' && saved.result.ok ? saved.result.value : EMPTY_WORKSPACE;
  if (!sameJson(stored, before)) {
    applyingStored = true;
    try {
      initWorkspace(seed, stored); // selection, focus and filters stay where they still apply
      forgetHistory(); // this tab's steps were taken on what the other tab has replaced
    } finally {
      applyingStored = false;
    }
    const reset = isPristine(stored);
    notify({
      tone: 'info',
      text: reset
        ? 'Your saved work was reset to the curated data in another tab; this tab now shows it.'
        : 'Your saved work was changed in another tab; this tab now shows it.',
    });
  }
  persistChanges(); // resumes saving if an unreadable record had stopped it: what is stored is shown now
}

/**
 * "Reset to default data": back to the curated graph alone, and the saved record deleted (an
 * unreadable one too). Saving then resumes. The caller has asked the user first.
 */
export async function resetToDefaultData(): Promise<void> {
  useAppStore.getState().resetWorkspace();
  const cleared = clearWorkspace(); // queued after the save the reset itself triggers, so storage ends empty
  lastWrite = cleared.then(
    () => tabs?.announce(),
    () => undefined, // reported by the caller
  );
  await cleared;
  persistChanges();
}
