/**
 * The workspace in IndexedDB: one record (database "actorgraph", store "state", key "workspace"),
 * written whole in one transaction, so a tab closed mid-write keeps the previous record. Writes run
 * one at a time in the order asked, and while one runs only the latest waiting state is kept: the
 * last change always wins, and a burst of changes costs two writes, not one per change.
 */
import type { UseStore } from 'idb-keyval';
import { createStore, del, get, set } from 'idb-keyval';
import type { Workspace } from '../domain/workspace';
import type { RepairNote } from './integrity';
import { fail, ok, type ParseResult } from './problems';
import type { Graph } from '../domain/types';
import { decodeWorkspace, encodeWorkspace } from './workspaceCodec';

export const DATABASE_NAME = 'actorgraph';
export const STORE_NAME = 'state';
export const WORKSPACE_KEY = 'workspace';

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
  | { readonly kind: 'saved'; readonly result: ParseResult<Workspace, RepairNote> }
  /** No IndexedDB (private windows, locked-down browsers) or it failed: nothing can be read or saved. */
  | { readonly kind: 'unavailable'; readonly reason: string };

/** The saved workspace, validated and with its evidence re-anchored. Never throws. */
export async function loadWorkspace(seed?: Graph): Promise<LoadedWorkspace> {
  let raw: unknown;
  try {
    raw = await get(WORKSPACE_KEY, store());
  } catch (err) {
    return { kind: 'unavailable', reason: reason(err) };
  }
  if (raw === undefined) return { kind: 'none' };
  let result = decodeWorkspace(raw, seed);
  const stories = (raw as { stories?: unknown }).stories;
  // The story reader comes with the format engine, loaded only for saved work that has stories.
  if (result.ok && stories !== undefined) {
    const read = await import('./formats').then(
      (m) => m.readStories(stories, '$.stories'),
      (err: unknown) => fail([{ path: '$.stories', message: reason(err) }]),
    );
    result = read.ok ? ok({ ...result.value, stories: read.value }, result.warnings) : read;
  }
  return { kind: 'saved', result };
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
      waiters.forEach((w) => w.resolve());
    } catch (err) {
      const error = storageError(err, write === null);
      waiters.forEach((w) => w.reject(error));
    }
  }
  writing = false;
}

function enqueue(write: Workspace | null): Promise<void> {
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
