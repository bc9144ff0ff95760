/** What Open… accepts, in the first download: the steps that open a file load when one is opened. */
import { MAX_GRAPH_BYTES } from '../../io/graphLimits';

/** Files above this are refused from File.size, before a byte is read. */
export const MAX_IMPORT_BYTES = MAX_GRAPH_BYTES;
export const MAX_IMPORT_LABEL = `${MAX_IMPORT_BYTES / (1024 * 1024)} MB`;
export const IMPORT_ACCEPT = '.json,.cyjs,.graphml,.xml,.gexf';
export const IMPORT_FORMATS_IN_WORDS = 'Actorgraph JSON, Cytoscape JSON, GraphML or GEXF';
