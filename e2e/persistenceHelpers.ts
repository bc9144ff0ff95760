/**
 * The saved workspace record, read and written in the page the way the app stores it (database
 * "actorgraph", store "state", key "workspace"; shape of encodeWorkspace in src/io/workspaceCodec.ts).
 */
import type { Page } from '@playwright/test';
import type { Graph } from '../src/domain/types';
import type { Workspace } from '../src/domain/workspace';
import { encodeWorkspace } from '../src/io/workspaceCodec';

export const record = (workspace: Workspace): unknown => encodeWorkspace(workspace);

export const importedRecord = (graph: Graph, fileName = 'colleague.json'): unknown =>
  record({ base: { kind: 'imported', fileName, graph }, articles: [], edits: [] });

/** Runs `body` with the app's object store in the page, creating it as idb-keyval does if needed. */
const withStore = <T>(page: Page, mode: IDBTransactionMode, op: 'get' | 'put' | 'delete', value?: unknown) =>
  page.evaluate(
    ([mode, op, value]) =>
      new Promise<T>((resolve, reject) => {
        const open = indexedDB.open('actorgraph');
        open.onupgradeneeded = () => open.result.createObjectStore('state');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const store = db.transaction('state', mode).objectStore('state');
          const request =
            op === 'get'
              ? store.get('workspace')
              : op === 'put'
                ? store.put(value, 'workspace')
                : store.delete('workspace');
          request.onsuccess = () => {
            db.close();
            resolve(request.result as T);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    [mode, op, value] as const,
  );

export const readSaved = (page: Page): Promise<unknown> => withStore<unknown>(page, 'readonly', 'get');

export const writeSaved = async (page: Page, value: unknown): Promise<void> => {
  await withStore<unknown>(page, 'readwrite', 'put', value);
};

/** The file name of the saved base graph ("seed" when the curated data is the base, null when nothing is saved). */
export async function savedBaseName(page: Page): Promise<string | null> {
  const saved = (await readSaved(page)) as { base?: { kind?: string; fileName?: string } } | undefined;
  if (!saved) return null;
  return saved.base?.kind === 'imported' ? (saved.base.fileName ?? '') : (saved.base?.kind ?? '');
}

/** Waits until Cytoscape has drawn a graph with these many nodes. */
export async function waitForNodes(page: Page, count: number): Promise<void> {
  await page.waitForFunction((n) => window.cy?.nodes().length === n, count);
}
