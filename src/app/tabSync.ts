/**
 * Every open tab of the app saves into the same IndexedDB record, whole. A tab that has saved says so
 * on a BroadcastChannel; the others then read the record again, so they do not later save their
 * older copy over it. Where there is no BroadcastChannel, tabs do not hear of each other.
 */

export const CHANNEL_NAME = 'actorgraph-workspace';

interface SavedMessage {
  readonly type: 'workspace-saved';
  /** The tab that saved: a tab ignores its own messages. */
  readonly tab: string;
}

export interface TabSync {
  /** Tell the other tabs that the saved record has changed (call once the write has completed). */
  readonly announce: () => void;
  readonly close: () => void;
}

const newTabId = (): string => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

const isSavedMessage = (data: unknown): data is SavedMessage =>
  typeof data === 'object' &&
  data !== null &&
  (data as Partial<SavedMessage>).type === 'workspace-saved' &&
  typeof (data as Partial<SavedMessage>).tab === 'string';

/**
 * Listens for other tabs' saves and calls `onOtherTabSaved` for them, one call at a time: messages that
 * arrive during a call lead to exactly one more call after it, so a burst of saves costs two reads,
 * and reads never overlap. Null without BroadcastChannel.
 */
export function connectTabs(onOtherTabSaved: () => Promise<void>): TabSync | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const tab = newTabId();
  const channel = new BroadcastChannel(CHANNEL_NAME);
  let running = false;
  let again = false;
  let closed = false;

  const follow = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        await onOtherTabSaved();
      } while (again && !closed);
    } finally {
      running = false;
    }
  };

  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (!closed && isSavedMessage(event.data) && event.data.tab !== tab) void follow();
  };

  return {
    announce: () => {
      if (!closed) channel.postMessage({ type: 'workspace-saved', tab } satisfies SavedMessage);
    },
    close: () => {
      closed = true;
      channel.close();
    },
  };
}

/**
 * Whether two values would be written as the same JSON (object key order and undefined-valued keys
 * ignored). Used to tell the record a tab already shows from one that really changed.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((value, i) => sameJson(value, b[i]))
    );
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = (o: Record<string, unknown>) => Object.keys(o).filter((k) => o[k] !== undefined);
  const xKeys = keys(x);
  return xKeys.length === keys(y).length && xKeys.every((k) => Object.hasOwn(y, k) && sameJson(x[k], y[k]));
}
