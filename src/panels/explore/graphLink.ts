/**
 * A graph in a link (`#data=…`, see src/io/dataLink.ts), loaded on demand with the encoder and decoder.
 * "Copy link" puts a graph that is not the default data in the link when it fits. Opening such a link
 * shows its graph in place of the visitor's own work, which stays in storage untouched: nothing is
 * saved until the visitor chooses "Keep this graph". Bad data: a notice naming the problem, and the
 * visitor's own work opens as usual.
 */
import type { Graph } from '../../domain/types';
import {
  decodeGraphFromLink,
  encodeGraphForLink,
  LINK_FILE_NAME,
  MAX_LINK_DATA_BYTES,
} from '../../io/dataLink';
import { splitDataFromHash } from '../../io/dataLinkHash';
import { formatProblems } from '../../io/problems';
import { forgetHistory, useAppStore } from '../../store';

const kB = (bytes: number) => `${Math.ceil(bytes / 1024)} kB`;

/**
 * The view's link with the graph in its fragment (`#data=…&<view>`) when the compressed graph fits in
 * a link, else the view's link alone; and the sentence telling the user which.
 */
export function linkWithGraph(link: string, graph: Graph): { link: string; text: string } {
  const encoded = encodeGraphForLink(graph);
  if (!encoded.ok) {
    return {
      link,
      text:
        `Link to this view copied, without the graph: it is ${kB(encoded.bytes)} compressed, more than a link carries (${kB(MAX_LINK_DATA_BYTES)}). ` +
        'Whoever opens it needs the graph file (Export… → Actorgraph JSON) or a site published from it.',
    };
  }
  const [base, view = ''] = link.split('#');
  return {
    link: `${base}#data=${encoded.data}${view === '' ? '' : `&${view}`}`,
    text: `Link to this view copied, with the graph itself (${kB(encoded.bytes)} compressed): it opens in any browser without the file.`,
  };
}

/**
 * Takes a link's graph (`data=`) out of the address, which then holds the view alone (a reload shows
 * the visitor's own work again), and decodes it. Returns how to show it once the default data is in,
 * or null when the data is bad (the notice says why). `keep` starts saving it over the visitor's work.
 */
export function takeLinkedGraph(keep: () => void): (() => void) | null {
  const { data, view } = splitDataFromHash(window.location.hash);
  if (data === null) return null;
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', view === '' ? pathname + search : view);
  const { importGraph, notify } = useAppStore.getState();
  const result = decodeGraphFromLink(data);
  if (!result.ok) {
    notify({
      tone: 'error',
      text: 'The graph in this link could not be opened, so your own graph is shown. The link may have been cut or altered.',
      details: formatProblems(result.problems).split('\n'),
    });
    return null;
  }
  const graph = result.value;
  return () => {
    importGraph(graph, LINK_FILE_NAME, 'replace');
    forgetHistory();
    notify({
      tone: 'info',
      text:
        `This link carries its own graph (${graph.actors.length} actors, ${graph.relations.length} relations), shown in place of yours. ` +
        'Your saved work is untouched and comes back when you open Actorgraph without this link; changes made here are not saved unless you keep this graph.',
      action: {
        label: 'Keep this graph',
        run: () => {
          keep();
          notify({
            tone: 'info',
            text: 'The linked graph is kept: it is saved in this browser in place of your earlier work.',
          });
        },
      },
    });
  };
}
