// @vitest-environment jsdom
/** The error boundary: a rendering failure becomes a message with a way back, never a blank page. */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_FILTERS } from '../domain/filters';
import { useAppStore } from '../store';
import { ErrorBoundary, resetViewState } from './ErrorBoundary';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;

let broken = false;
function Fragile() {
  if (broken) throw new Error('<img src=x onerror="window.__pwned = 1"> cannot be drawn');
  return <p>the graph</p>;
}

let container: HTMLDivElement;
let root: Root;

beforeEach(() => {
  broken = false;
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  vi.spyOn(console, 'error').mockImplementation(() => undefined); // React and the boundary log the error
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  vi.restoreAllMocks();
});

const button = (name: string) =>
  [...container.querySelectorAll('button')].find((b) => b.textContent === name) as HTMLButtonElement;

describe('ErrorBoundary', () => {
  it('shows its children while nothing fails', () => {
    act(() =>
      root.render(
        <ErrorBoundary>
          <Fragile />
        </ErrorBoundary>,
      ),
    );
    expect(container.textContent).toBe('the graph');
  });

  it('turns a render error into a message with Reset view and Reload', () => {
    broken = true;
    const onReload = vi.fn();
    act(() =>
      root.render(
        <ErrorBoundary onReload={onReload}>
          <Fragile />
        </ErrorBoundary>,
      ),
    );
    const alert = container.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Something went wrong while drawing this view.');
    expect(alert?.textContent).toContain('Your work is not affected');
    // The error's own text is shown as text, not markup.
    expect(container.querySelector('pre')?.textContent).toBe(
      '<img src=x onerror="window.__pwned = 1"> cannot be drawn',
    );
    expect(container.querySelector('img')).toBeNull();
    act(() => button('Reload').click());
    expect(onReload).toHaveBeenCalledOnce();
  });

  it('draws again after Reset view, once the cause is gone', () => {
    broken = true;
    const onResetView = vi.fn(() => {
      broken = false;
    });
    act(() =>
      root.render(
        <ErrorBoundary onResetView={onResetView}>
          <Fragile />
        </ErrorBoundary>,
      ),
    );
    expect(container.querySelector('[role="alert"]')).not.toBeNull();
    act(() => button('Reset view').click());
    expect(onResetView).toHaveBeenCalledOnce();
    expect(container.textContent).toBe('the graph');
  });

  it('shows the message again if the view still cannot be drawn', () => {
    broken = true;
    act(() =>
      root.render(
        <ErrorBoundary onResetView={() => undefined}>
          <Fragile />
        </ErrorBoundary>,
      ),
    );
    act(() => button('Reset view').click());
    expect(container.querySelector('[role="alert"]')).not.toBeNull();
  });
});

describe('resetViewState', () => {
  it('clears selection, focus and filters', () => {
    useAppStore.setState({
      selection: { kind: 'actor', id: 'russia' },
      focusActor: 'russia',
      filters: { ...DEFAULT_FILTERS, hiddenTypes: ['criticizes'], minEvidence: 3 },
    });
    resetViewState();
    const state = useAppStore.getState();
    expect(state.selection).toBeNull();
    expect(state.focusActor).toBeNull();
    expect(state.filters).toEqual(DEFAULT_FILTERS);
  });
});
