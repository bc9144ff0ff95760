import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useAppStore } from '../store';

interface Props {
  readonly children: ReactNode;
  /** What "Reset view" clears before drawing again; by default selection, focus and filters. */
  readonly onResetView?: () => void;
  /** What "Reload" does; the page reload by default. */
  readonly onReload?: () => void;
}

interface State {
  readonly error: Error | null;
}

/** Back to the whole graph with nothing selected: the view state a bad render most likely came from. */
export function resetViewState(): void {
  const state = useAppStore.getState();
  state.clearSelection();
  state.clearFocus();
  state.resetFilters();
  state.collapsePairs();
}

/**
 * Turns an error while rendering into a message with a way out, never a blank page. The user's work
 * lives in the store and IndexedDB, not in the components, so it is untouched by what failed here.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Actorgraph could not draw the page:', error, info.componentStack);
  }

  private readonly resetView = (): void => {
    try {
      (this.props.onResetView ?? resetViewState)();
    } finally {
      this.setState({ error: null });
    }
  };

  private readonly reload = (): void => {
    (this.props.onReload ?? (() => window.location.reload()))();
  };

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="error-boundary" role="alert" data-testid="error-boundary">
        <h1>Something went wrong while drawing this view.</h1>
        <p>
          Your work is not affected: what you imported or added is still saved in this browser. Reset the view
          (selection, focus and filters) to draw the graph again, or reload the page.
        </p>
        <div className="error-actions">
          <button type="button" onClick={this.resetView}>
            Reset view
          </button>
          <button type="button" onClick={this.reload}>
            Reload
          </button>
        </div>
        <details>
          <summary>Technical details</summary>
          <pre>{error.message}</pre>
        </details>
      </div>
    );
  }
}
