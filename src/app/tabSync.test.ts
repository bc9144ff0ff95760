import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAME, connectTabs, sameJson, type TabSync } from './tabSync';

const open: TabSync[] = [];
const connect = (onOtherTabSaved: () => Promise<void>) => {
  const tab = connectTabs(onOtherTabSaved)!;
  open.push(tab);
  return tab;
};

afterEach(() => {
  open.splice(0).forEach((t) => t.close());
  vi.unstubAllGlobals();
});

/** Resolves once `check` holds (messages arrive on later tasks). */
const until = (check: () => boolean) => vi.waitFor(() => expect(check()).toBe(true));
const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

describe('connectTabs', () => {
  it('tells the other tabs of a save, not the one that saved', async () => {
    const heard = { a: 0, b: 0 };
    const a = connect(async () => void heard.a++);
    connect(async () => void heard.b++);
    a.announce();
    await until(() => heard.b === 1);
    await settle();
    expect(heard).toEqual({ a: 0, b: 1 });
  });

  it('follows one save at a time: a burst during a read costs one more read', async () => {
    let calls = 0;
    let running = 0;
    let overlapped = false;
    let release: () => void = () => undefined;
    connect(async () => {
      calls++;
      running++;
      overlapped ||= running > 1;
      await new Promise<void>((resolve) => (release = resolve));
      running--;
    });
    const other = connect(async () => undefined);
    other.announce();
    await until(() => calls === 1);
    other.announce();
    other.announce();
    other.announce();
    await settle();
    expect(calls).toBe(1);
    release();
    await until(() => calls === 2);
    release();
    await settle();
    expect(calls).toBe(2);
    expect(overlapped).toBe(false);
  });

  it('ignores messages that are not a save announcement, and stops when closed', async () => {
    let calls = 0;
    const tab = connect(async () => void calls++);
    const stranger = new BroadcastChannel(CHANNEL_NAME);
    stranger.postMessage('workspace-saved');
    stranger.postMessage({ type: 'workspace-saved' });
    stranger.postMessage({ type: 'other', tab: 'x' });
    await settle();
    expect(calls).toBe(0);
    stranger.postMessage({ type: 'workspace-saved', tab: 'x' });
    await until(() => calls === 1);
    tab.close();
    stranger.postMessage({ type: 'workspace-saved', tab: 'x' });
    await settle();
    expect(calls).toBe(1);
    stranger.close();
  });

  it('does nothing where the browser has no BroadcastChannel', () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    expect(connectTabs(async () => undefined)).toBeNull();
  });
});

describe('sameJson', () => {
  it('ignores key order and undefined-valued keys', () => {
    expect(sameJson({ a: 1, b: [{ x: 'y', z: undefined }] }, { b: [{ x: 'y' }], a: 1 })).toBe(true);
    expect(sameJson({ base: { kind: 'seed' }, articles: [] }, { articles: [], base: { kind: 'seed' } })).toBe(
      true,
    );
  });

  it('tells different values apart', () => {
    expect(sameJson({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameJson({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameJson({ a: 1, b: undefined }, { b: 1 })).toBe(false);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
    expect(sameJson([1], { 0: 1 })).toBe(false);
    expect(sameJson({ a: null }, { a: {} })).toBe(false);
    expect(sameJson('1', 1)).toBe(false);
  });
});
