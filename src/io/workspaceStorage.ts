import { createStore, del, get, set } from 'idb-keyval';
import type { Workspace } from '../domain/workspace';
import { decodeWorkspace, encodeWorkspace } from './workspaceCodec';
import type { ParseResult } from './problems';

const KEY = 'workspace';
// One IndexedDB record written in one transaction: a tab closed mid-write keeps the previous record.
const store = () => createStore('actorgraph', 'state');

export class StorageError extends Error {
  constructor(
    message: string,
    readonly quota: boolean,
  ) {
    super(message);
  }
}

const isQuotaError = (err: unknown): boolean =>
  err instanceof DOMException &&
  (err.name === 'QuotaExceededError' || err.name === 'NS_ERROR_DOM_QUOTA_REACHED');

/** The saved workspace, validated; null when nothing was saved (or storage is unavailable). */
export async function loadWorkspace(): Promise<ParseResult<Workspace> | null> {
  let raw: unknown;
  try {
    raw = await get(KEY, store());
  } catch {
    return null; // private windows and locked-down browsers have no IndexedDB: start fresh
  }
  return raw === undefined ? null : decodeWorkspace(raw);
}

export async function saveWorkspace(workspace: Workspace): Promise<void> {
  try {
    await set(KEY, encodeWorkspace(workspace), store());
  } catch (err) {
    throw new StorageError(
      isQuotaError(err)
        ? 'The browser has no room left to save your work (storage quota exceeded). Remove an article or free space, then try again.'
        : `Your work could not be saved: ${err instanceof Error ? err.message : String(err)}`,
      isQuotaError(err),
    );
  }
}

export async function clearWorkspace(): Promise<void> {
  await del(KEY, store());
}
