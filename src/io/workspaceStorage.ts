/**
 * The workspace in IndexedDB: one record (database "actorgraph", store "state", key "workspace"),
 * written whole in one transaction, so a tab closed mid-write keeps the previous record. Writes run
 * one at a time in the order asked, and while one runs only the latest waiting state is kept: the
 * last change always wins, and a burst of changes costs two writes, not one per change.
 *
 * A page that goes away (reload, closed tab) while a write is under way loses it: the browser drops
 * the transaction. So when the page is hidden with a write unfinished, the state being written is
 * also put in localStorage, synchronously (`keepUnsavedWork`); the next start-up reads it before the
 * record, and any tab's next completed write removes it.
 */
import type { UseStore } from 'idb-keyval';
import { createStore, del, get, set } from 'idb-keyval';
import type { Workspace } from '../domain/workspace';
import type { RepairNote } from './integrity';
import { fail, ok, type ParseResult } from './problems';
import type { Graph } from '../domain/types';
import { localStore } from './localStore';
import { encodeWorkspace } from './workspaceRecord';

/** The validating reader loads when a record is read: a first visit has none. */
const decoder = () => import('./workspaceCodec');

export const DATABASE_NAME = 'actorgraph';
export const STORE_NAME = 'state';
export const WORKSPACE_KEY = 'workspace';
/** localStorage key of a state that was still being written when the page went away. */
export const UNSAVED_KEY = 'actorgraph-unsaved-workspace';
/** localStorage holds about 5 MB of text per site; a larger state is left to IndexedDB alone. */
const MAX_UNSAVED_CHARS = 2_000_000;

// One connection per page, so every read and write goes through the same ordered queue of transactions.
let connection: UseStore | undefined;
const store = (): UseStore => (connection ??= createStore(DATABASE_NAME, STORE_NAME));

export class StorageError extends Error {
  constructor(
    message: string,
    readonly quota: boolean,
  ) {
    super(message);
    this.name = 'StorageError';
  }
}

const isQuotaError = (err: unknown): boolean =>
  err instanceof DOMException &&
  (err.name === 'QuotaExceededError' || err.name === 'NS_ERROR_DOM_QUOTA_REACHED');

const reason = (err: unknown): string => (err instanceof Error ? err.message || err.name : String(err));

const storageError = (err: unknown, deleting: boolean): StorageError =>
  isQuotaError(err)
    ? new StorageError(
        'The browser has no room left to save your work (storage quota exceeded), so the last change is not saved; what was saved before is kept. Remove an article or free space in the browser, then change something to save again.',
        true,
      )
    : new StorageError(`Your work could not be ${deleting ? 'deleted' : 'saved'}: ${reason(err)}`, false);

/** What start-up finds in storage. */
export type LoadedWorkspace =
  | { readonly kind: 'none' }
  | {
      readonly kind: 'saved';
      readonly result: ParseResult<Workspace, RepairNote>;
      /** Read from the state kept when a page went away mid-write: it still has to be written. */
      readonly unsaved?: boolean;
    }
  /** No IndexedDB (private windows, locked-down browsers) or it failed: nothing can be read or saved. */
  | { readonly kind: 'unavailable'; readonly reason: string };

const local = localStore;

/**
 * A stored record (or a kept state) validated and re-anchored, its stories read too. Throws only when
 * the reader's code cannot load.
 */
async function decodeRecord(raw: unknown, seed?: Graph): Promise<ParseResult<Workspace, RepairNote>> {
  const result = (await decoder()).decodeWorkspace(raw, seed);
  const stories = (raw as { stories?: unknown }).stories;
  if (!result.ok || stories === undefined) return result;
  // The story reader loads only for saved work that has stories.
  const read = await import('./storySchema').then(
    (m) => m.readStories(stories, '$.stories'),
    (err: unknown) => fail([{ path: '$.stories', message: reason(err) }]),
  );
  return read.ok ? ok({ ...result.value, stories: read.value }, result.warnings) : read;
}

/**
 * The state a page was still writing when it went away, validated like the record; null when there
 * is none. One that cannot be read is removed: the record stands.
 */
async function unsavedWork(seed?: Graph): Promise<ParseResult<Workspace, RepairNote> | null> {
  const storage = local();
  let text: string | null = null;
  try {
    text = storage?.getItem(UNSAVED_KEY) ?? null;
  } catch {
    return null;
  }
  if (text === null) return null;
  let result: ParseResult<Workspace, RepairNote>;
  try {
    result = await decodeRecord(JSON.parse(text) as unknown, seed);
  } catch (err) {
    // Not JSON: useless, so removed. The reader not loading: kept for the next start.
    if (err instanceof SyntaxError) storage?.removeItem(UNSAVED_KEY);
    return null;
  }
  if (!result.ok) storage?.removeItem(UNSAVED_KEY);
  return result.ok ? result : null;
}

/** The saved workspace, validated and with its evidence re-anchored. Never throws. */
export async function loadWorkspace(seed?: Graph): Promise<LoadedWorkspace> {
  // Newer than the record: no write completed since the page that kept it went away.
  const unsaved = await unsavedWork(seed);
  if (unsaved) return { kind: 'saved', result: unsaved, unsaved: true };
  let raw: unknown;
  try {
    raw = await get(WORKSPACE_KEY, store());
  } catch (err) {
    return { kind: 'unavailable', reason: reason(err) };
  }
  if (raw === undefined) return { kind: 'none' };
  try {
    return { kind: 'saved', result: await decodeRecord(raw, seed) };
  } catch (err) {
    // Treated as unreadable: reported, and never saved over.
    const problem = { path: '$', message: `the reader of saved work could not load (${reason(err)})` };
    return { kind: 'saved', result: fail([problem]) };
  }
}

interface Waiter {
  readonly resolve: () => void;
  readonly reject: (err: StorageError) => void;
}

/** The next write: a workspace to put, or null to delete the record. */
let pending: { write: Workspace | null; waiters: Waiter[] } | undefined;
let writing = false;

async function drain(): Promise<void> {
  writing = true;
  while (pending) {
    const { write, waiters } = pending;
    pending = undefined;
    try {
      if (write === null) await del(WORKSPACE_KEY, store());
      else await set(WORKSPACE_KEY, encodeWorkspace(write), store());
      // The record now holds the latest state asked for: a copy kept in case of unload is stale.
      if (!pending) forgetUnsavedWork();
      waiters.forEach((w) => w.resolve());
    } catch (err) {
      const error = storageError(err, write === null);
      waiters.forEach((w) => w.reject(error));
    }
  }
  writing = false;
  inFlight = undefined;
}

/** The state of the write under way or waiting; undefined when every write has completed. */
let inFlight: Workspace | null | undefined;

function forgetUnsavedWork(): void {
  try {
    local()?.removeItem(UNSAVED_KEY);
  } catch {
    // nothing kept, nothing to forget
  }
}

/**
 * Called when the page is hidden or goes away: if a write has not completed, keep its state in
 * localStorage at once, so a reload does not lose it. Returns whether a state was kept.
 */
export function keepUnsavedWork(): boolean {
  if (inFlight === undefined) return false;
  if (inFlight === null) {
    forgetUnsavedWork(); // a reset under way: the record is being deleted, keep nothing
    return false;
  }
  const text = JSON.stringify(encodeWorkspace(inFlight));
  if (text.length > MAX_UNSAVED_CHARS) return false;
  try {
    local()?.setItem(UNSAVED_KEY, text);
    return true;
  } catch {
    return false; // full or refused: the write under way may still complete
  }
}

function enqueue(write: Workspace | null): Promise<void> {
  inFlight = write;
  return new Promise((resolve, reject) => {
    if (pending) {
      pending.write = write;
      pending.waiters.push({ resolve, reject });
    } else pending = { write, waiters: [{ resolve, reject }] };
    if (!writing) void drain();
  });
}

/** Saves the whole workspace. Rejects with a StorageError (quota or other) when it could not be written. */
export const saveWorkspace = (workspace: Workspace): Promise<void> => enqueue(workspace);

/** Deletes the saved workspace, after any write already asked for. */
export const clearWorkspace = (): Promise<void> => enqueue(null);
