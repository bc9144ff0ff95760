/**
 * The write queue over IndexedDB, with idb-keyval replaced by an in-memory record whose writes finish
 * when the test says: order, coalescing, deletes and error reporting. The real database is exercised
 * by the browser tests (e2e/persistence.spec.ts).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Workspace } from '../domain/workspace';
import { minimalGraph } from './fixtures/minimalGraph';
import type { Graph } from '../domain/types';

interface Write {
  readonly kind: 'set' | 'del';
  readonly value?: unknown;
  finish: (error?: unknown) => void;
}

const db = vi.hoisted(() => ({
  record: undefined as unknown,
  writes: [] as Write[],
  getError: undefined as unknown,
}));

vi.mock('idb-keyval', () => {
  const write = (kind: 'set' | 'del', value?: unknown) =>
    new Promise<void>((resolve, reject) => {
      db.writes.push({
        kind,
        value,
        finish: (error) => {
          if (error) return reject(error);
          db.record = kind === 'set' ? value : undefined;
          resolve();
        },
      });
    });
  return {
    createStore: () => () => undefined,
    get: () => (db.getError ? Promise.reject(db.getError) : Promise.resolve(db.record)),
    set: (_key: string, value: unknown) => write('set', value),
    del: () => write('del'),
  };
});

const { clearWorkspace, keepUnsavedWork, loadWorkspace, saveWorkspace, StorageError, UNSAVED_KEY } =
  await import('./workspaceStorage');

const workspace = (fileName: string): Workspace => ({
  base: { kind: 'imported', fileName, graph: minimalGraph() as Graph },
  articles: [],
  edits: [],
});
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const fileNameOf = (record: unknown) => (record as { base: { fileName?: string } }).base.fileName;

beforeEach(() => {
  db.record = undefined;
  db.writes = [];
  db.getError = undefined;
});

describe('saveWorkspace', () => {
  it('writes one at a time, and a burst becomes the running write plus the latest', async () => {
    const saved = ['a', 'b', 'c', 'd'].map((name) => saveWorkspace(workspace(name)));
    await settle();
    expect(db.writes).toHaveLength(1);
    db.writes[0]!.finish();
    await settle();
    expect(db.writes).toHaveLength(2);
    expect(fileNameOf(db.writes[1]!.value)).toBe('d');
    db.writes[1]!.finish();
    await Promise.all(saved);
    expect(fileNameOf(db.record)).toBe('d');
    expect((db.record as { version: number }).version).toBe(1);
  });

  it('clearWorkspace after a save leaves nothing stored', async () => {
    const saved = saveWorkspace(workspace('a'));
    const cleared = clearWorkspace();
    await settle();
    db.writes[0]!.finish();
    await settle();
    expect(db.writes[1]?.kind).toBe('del');
    db.writes[1]!.finish();
    await Promise.all([saved, cleared]);
    expect(db.record).toBeUndefined();
  });

  it('reports a full disk as a quota error, and keeps going afterwards', async () => {
    const failing = saveWorkspace(workspace('big'));
    await settle();
    db.writes[0]!.finish(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const error = await failing.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as InstanceType<typeof StorageError>).quota).toBe(true);
    expect((error as Error).message).toContain('storage quota exceeded');
    expect((error as Error).message).toContain('what was saved before is kept');

    const next = saveWorkspace(workspace('small'));
    await settle();
    db.writes[1]!.finish();
    await next;
    expect(fileNameOf(db.record)).toBe('small');
  });

  it('reports other failures with their reason', async () => {
    const failing = saveWorkspace(workspace('x'));
    await settle();
    db.writes[0]!.finish(new DOMException('The transaction was aborted.', 'AbortError'));
    await expect(failing).rejects.toThrow('Your work could not be saved: The transaction was aborted.');
  });
});

describe('loadWorkspace', () => {
  it('tells nothing saved, saved and readable, saved and unreadable, and no storage apart', async () => {
    expect(await loadWorkspace()).toEqual({ kind: 'none' });

    db.record = { version: 1, base: { kind: 'seed' }, articles: [] };
    expect(await loadWorkspace()).toEqual({
      kind: 'saved',
      result: { ok: true, value: { base: { kind: 'seed' }, articles: [], edits: [] }, warnings: [] },
    });

    db.record = { version: 1, base: 'garbage', articles: [] };
    const unreadable = await loadWorkspace();
    expect(unreadable.kind === 'saved' && unreadable.result.ok).toBe(false);

    db.getError = new DOMException('IndexedDB is disabled', 'InvalidStateError');
    expect(await loadWorkspace()).toEqual({ kind: 'unavailable', reason: 'IndexedDB is disabled' });
  });
});

describe('keepUnsavedWork', () => {
  const memory = new Map<string, string>();
  beforeEach(() => {
    memory.clear();
    vi.stubGlobal('localStorage', {
      getItem: (k: string) => memory.get(k) ?? null,
      setItem: (k: string, v: string) => void memory.set(k, v),
      removeItem: (k: string) => void memory.delete(k),
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('keeps the state of a write under way; the next start reads it first; a completed write forgets it', async () => {
    expect(keepUnsavedWork()).toBe(false); // nothing under way
    db.record = { version: 1, base: { kind: 'seed' }, articles: [] };
    const saved = saveWorkspace(workspace('latest'));
    await settle();
    expect(keepUnsavedWork()).toBe(true);
    const loaded = await loadWorkspace();
    expect(loaded.kind === 'saved' && loaded.unsaved).toBe(true);
    expect(loaded.kind === 'saved' && loaded.result.ok && loaded.result.value.base).toMatchObject({
      fileName: 'latest',
    });
    db.writes[0]!.finish();
    await saved;
    expect(memory.has(UNSAVED_KEY)).toBe(false);
    expect(fileNameOf(db.record)).toBe('latest');
  });

  it('drops a kept state that cannot be read, and the record stands', async () => {
    db.record = { version: 1, base: { kind: 'seed' }, articles: [] };
    memory.set(UNSAVED_KEY, '{"version": 1, "base": {"kind": "nonsense"}');
    const loaded = await loadWorkspace();
    expect(loaded).toMatchObject({ kind: 'saved', result: { ok: true } });
    expect(loaded.kind === 'saved' && loaded.unsaved).toBeFalsy();
    expect(memory.has(UNSAVED_KEY)).toBe(false);
  });
});
