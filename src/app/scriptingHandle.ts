import { useAppStore } from '../store';

declare global {
  interface Window {
    /** The app store, for tests, benchmarks and power users: `actorgraph.getState().graph`. */
    actorgraph?: typeof useAppStore;
  }
}

export function exposeStore(): void {
  window.actorgraph = useAppStore;
}
