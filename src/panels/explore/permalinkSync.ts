import { DEFAULT_VIEW, unknownReferences, type ViewState } from '../../domain/view';
import { formatPermalink, parsePermalink } from '../../io/permalink';
import { formatProblems } from '../../io/problems';
import { useAppStore } from '../../store';
import { viewOf } from '../../store/viewState';
import { selectTheme } from '../../store/selectors';

/** How long a link waits for the saved workspace (added articles) before calling an id unknown. */
const WORKSPACE_GRACE_MS = 3000;
/** Quick successive changes (a slider drag, fast clicking) make one history entry. */
const WRITE_DELAY_MS = 250;

/**
 * The link to the view on screen now, whatever the address bar says this instant, with the theme and
 * whether parallel relations are merged, so that it opens looking the same for someone else.
 */
export function currentPermalink(): string {
  const base = window.location.href.split('#')[0] ?? '';
  const state = useAppStore.getState();
  return (
    base +
    formatPermalink({ ...viewOf(state), theme: selectTheme(state), mergeParallel: state.mergeParallel })
  );
}

let applyingHash = false;
/** True while a hash is being applied, so preferences are not rewritten by someone else's link. */
export const isApplyingHash = (): boolean => applyingHash;

/**
 * Keep the URL hash and the view in step: a link (at load, or by back/forward or a hand edit)
 * sets filters, focus, selection and layout; changes the user makes push a new history entry.
 * A hash that does not parse, or names ids this graph does not have, opens the default view with a
 * notice: never a crash or a half-applied view.
 */
export function installPermalinkSync(): void {
  const store = useAppStore;
  let ready = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const replaceHash = (hash: string) => {
    if (window.location.hash !== hash) {
      window.history.replaceState(
        window.history.state,
        '',
        hash === '' ? window.location.pathname + window.location.search : hash,
      );
    }
  };
  const apply = (view: ViewState) => {
    applyingHash = true;
    try {
      // A link without a story leaves the presenter.
      store.getState().applyView({ ...view, story: view.story ?? null });
    } finally {
      applyingHash = false;
    }
    // The address bar holds the view only; a copied link's theme and merging are applied, not kept.
    replaceHash(formatPermalink(viewOf(store.getState())));
  };
  const reject = (problems: string) => {
    apply({ ...DEFAULT_VIEW, layout: store.getState().layout });
    store.getState().notify({
      tone: 'info',
      text: 'The link’s view could not be opened, so the default view is shown.',
      details: problems.split('\n'),
    });
  };

  /** `initial`: the saved workspace may still bring the ids the link names, so wait for it a little. */
  const openHash = (hash: string, initial: boolean) => {
    const parsed = parsePermalink(hash);
    if (!parsed.ok) return reject(formatProblems(parsed.problems));
    const view = parsed.value;
    const unknown = unknownReferences(view, store.getState().graph);
    if (unknown.length === 0) return apply(view);
    if (!initial) return reject(unknown.join('\n'));
    const giveUp = setTimeout(() => {
      stop();
      reject(unknownReferences(view, store.getState().graph).join('\n'));
      ready = true;
    }, WORKSPACE_GRACE_MS);
    const stop = store.subscribe(
      (s) => s.graph,
      (graph) => {
        if (unknownReferences(view, graph).length > 0) return;
        clearTimeout(giveUp);
        stop();
        apply(view);
        ready = true;
      },
    );
    return false;
  };

  const start = () => {
    const hash = window.location.hash;
    if (hash === '' || hash === '#') {
      // No link: the reader's own preferences stand, and the address shows them.
      replaceHash(formatPermalink(viewOf(store.getState())));
      ready = true;
    } else if (openHash(hash, true) !== false) {
      ready = true;
    }
  };

  // The seed graph arrives during start-up; a hash can only be checked against a graph.
  if (store.getState().graph.actors.length > 0) start();
  else {
    const stop = store.subscribe(
      (s) => s.graph,
      (graph) => {
        if (graph.actors.length === 0) return;
        stop();
        start();
      },
    );
  }

  let pending: ViewState | null = null;
  const write = () => {
    clearTimeout(timer);
    if (!pending) return;
    const hash = formatPermalink(pending);
    pending = null;
    if (window.location.hash === hash) return;
    window.history.pushState(
      null,
      '',
      hash === '' ? window.location.pathname + window.location.search : hash,
    );
  };

  window.addEventListener('hashchange', () => {
    clearTimeout(timer);
    pending = null;
    if (window.location.hash !== formatPermalink(viewOf(store.getState())))
      openHash(window.location.hash, false);
  });

  store.subscribe(
    viewOf,
    (view) => {
      if (!ready || applyingHash) return;
      pending = view;
      clearTimeout(timer);
      timer = setTimeout(write, WRITE_DELAY_MS);
    },
    { equalityFn: sameView },
  );
  // A reload right after a change still reopens that change.
  window.addEventListener('pagehide', write);
}

const sameView = (a: ViewState, b: ViewState) =>
  a.filters === b.filters &&
  a.focusActor === b.focusActor &&
  a.focusSettings === b.focusSettings &&
  a.selection === b.selection &&
  a.layout === b.layout &&
  JSON.stringify(a.paths) === JSON.stringify(b.paths) &&
  a.sizeBy === b.sizeBy &&
  a.colourByCommunity === b.colourByCommunity &&
  a.story?.id === b.story?.id &&
  a.story?.step === b.story?.step;
