/** How large and deep a graph file may be: kept apart so the import button need not load the validator. */

/** The largest graph file read, in UTF-8 bytes. */
export const MAX_GRAPH_BYTES = 50 * 1024 * 1024;
/** The deepest nesting of objects and lists read; a graph needs 7, extra fields get the rest. */
export const MAX_GRAPH_DEPTH = 64;
