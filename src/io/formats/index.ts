/**
 * The format engine: export a graph to any interchange format, import a file in any readable one.
 * Everything here is plain TypeScript over Graph (browser, worker or Node). The app loads this module on
 * demand; menus that only list formats import ./catalog instead.
 */
import type { Graph } from '../../domain/types';
import { formatBytes, parseJsonText } from '../jsonText';
import { fail } from '../problems';
import { MAX_GRAPH_BYTES, MAX_GRAPH_DEPTH } from '../validateGraph';
import { exportActorgraphJson, importActorgraphValue, looksLikeActorgraph } from './actorgraphJson';
import type { ExportFormat } from './catalog';
import { FORMAT_INFO } from './catalog';
import { exportCsvZip } from './csvZip';
import { exportCytoscapeJson, importCytoscapeValue, looksLikeCytoscape } from './cytoscapeJson';
import { exportGexf } from './gexf';
import { importGexf } from './gexfRead';
import { exportGraphml } from './graphml';
import { importGraphml } from './graphmlRead';
import type { ImportOptions, ImportResult } from './shared';
import { fileProblem, isRecord } from './shared';
import { decodeUtf8 } from './utf8';
import { exportWebAnnotations } from './webAnnotation';

export type { ExportFormat, FormatInfo } from './catalog';
export { EXPORT_FORMATS, FORMAT_INFO, IMPORT_EXTENSIONS } from './catalog';
export type { ImportOptions, ImportResult, ImportStep } from './shared';
export type { ForeignGraphSummary } from './foreignGraph';

export interface ExportedFile {
  readonly fileName: string;
  readonly mimeType: string;
  /** Text (UTF-8 when saved) or, for the zip, bytes. */
  readonly data: string | Uint8Array;
}

export interface ExportOptions {
  /** File name without extension; "actorgraph" by default. */
  readonly baseName?: string;
  /** Modification date stored in the zip; 1980-01-01 by default, so the same graph gives the same bytes. */
  readonly modified?: Date;
}

const SUFFIX: Readonly<Partial<Record<ExportFormat, string>>> = {
  'csv-zip': '-csv',
  'web-annotation': '-evidence',
};

/** Writes `graph` (the whole graph, or the filtered view the app passes) in `format`. */
export function exportGraph(graph: Graph, format: ExportFormat, options: ExportOptions = {}): ExportedFile {
  const info = FORMAT_INFO[format];
  const fileName = `${options.baseName ?? 'actorgraph'}${SUFFIX[format] ?? ''}.${info.extension}`;
  const file = (data: string | Uint8Array): ExportedFile => ({ fileName, mimeType: info.mimeType, data });
  switch (format) {
    case 'actorgraph-json':
      return file(exportActorgraphJson(graph));
    case 'cytoscape-json':
      return file(exportCytoscapeJson(graph));
    case 'graphml':
      return file(exportGraphml(graph));
    case 'gexf':
      return file(exportGexf(graph));
    case 'csv-zip':
      return file(exportCsvZip(graph, options.modified));
    case 'web-annotation':
      return file(exportWebAnnotations(graph));
  }
}

const extensionOf = (name: string): string => {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
};

const ROOT_NAME = /<(?:[\w.-]+:)?([\w.-]+)/y;
const SPACE = /\s*/y;

/**
 * The root element name of XML text, skipping the declaration, comments, doctype and PIs. A scan, not
 * one regular expression: alternations under `*` backtrack exponentially on hostile prologs.
 */
function xmlRootName(text: string): string | undefined {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const skipSpace = () => {
    SPACE.lastIndex = i;
    SPACE.exec(text);
    i = SPACE.lastIndex;
  };
  const skipPast = (close: string, from: number): boolean => {
    const end = text.indexOf(close, from);
    i = end < 0 ? text.length : end + close.length;
    return end >= 0;
  };
  for (;;) {
    skipSpace();
    if (text.startsWith('<?', i)) {
      if (!skipPast('?>', i + 2)) return undefined;
    } else if (text.startsWith('<!--', i)) {
      if (!skipPast('-->', i + 4)) return undefined;
    } else if (text.startsWith('<!DOCTYPE', i)) {
      let j = i + 9;
      while (j < text.length && text[j] !== '>' && text[j] !== '[') j += 1;
      if (text[j] === '[') {
        // The internal subset ends at its first ']'; then only space may come before '>'.
        if (!skipPast(']', j)) return undefined;
        skipSpace();
        j = i;
      }
      if (text[j] !== '>') return undefined;
      i = j + 1;
    } else break;
  }
  ROOT_NAME.lastIndex = i;
  return ROOT_NAME.exec(text)?.[1];
}

const READS = 'Actorgraph JSON (.json), Cytoscape JSON (.cyjs, .json), GraphML (.graphml) or GEXF (.gexf)';

/** Reads text whose format is told by its content (and, failing that, by the file name). */
export function importText(name: string, text: string, options: ImportOptions = {}): ImportResult {
  const ext = extensionOf(name);
  const first = /^\uFEFF?\s*(\S)/.exec(text)?.[1];
  if (first === '<') {
    const root = xmlRootName(text)?.toLowerCase();
    if (root === 'graphml') return importGraphml(text, name, options);
    if (root === 'gexf') return importGexf(text, name, options);
    if (root === undefined && ext === 'gexf') return importGexf(text, name, options);
    if (root === undefined) return importGraphml(text, name, options);
    return fail([fileProblem(name, `an XML file whose root is <${root}>; expected ${READS}`, 'line 1')]);
  }
  if (first === '{' || first === '[') {
    const parsed = parseJsonText(text, name, { maxBytes: MAX_GRAPH_BYTES, maxDepth: MAX_GRAPH_DEPTH });
    if (!parsed.ok) return fail(parsed.problems.map((p) => fileProblem(name, p.message, p.path)));
    const value = parsed.value;
    options.onStep?.('checking');
    if (isRecord(value) && ('@context' in value || value.type === 'AnnotationCollection')) {
      return fail([
        fileProblem(
          name,
          'W3C Web Annotations are an export only; import the Actorgraph JSON export instead',
        ),
      ]);
    }
    if (looksLikeCytoscape(value)) return importCytoscapeValue(value, name, options);
    // Node-link JSON (NetworkX, D3, graphology) is a graph, but not one of the formats read here.
    if (
      isRecord(value) &&
      Array.isArray(value.nodes) &&
      (Array.isArray(value.links) || Array.isArray(value.edges))
    ) {
      return fail([
        fileProblem(
          name,
          `node-link JSON (as NetworkX, D3 or graphology write it) is not read; save the graph as GraphML or GEXF, or open ${READS}`,
        ),
      ]);
    }
    if (looksLikeActorgraph(value) || ext === 'json') return importActorgraphValue(value, name, options);
    return fail([
      fileProblem(name, `JSON that is neither an Actorgraph graph nor Cytoscape elements; expected ${READS}`),
    ]);
  }
  if (first === undefined) return fail([fileProblem(name, `the file is empty; expected ${READS}`)]);
  return fail([fileProblem(name, `neither JSON nor XML; expected ${READS}`, 'line 1, column 1')]);
}

/**
 * Reads a file chosen by the user: Actorgraph JSON, Cytoscape JSON, GraphML or GEXF, told apart by
 * content and extension. The bytes must be UTF-8. Every problem names the file and where in it
 * (a line for XML, a JSON path or line for JSON, a byte for encoding errors).
 */
export function importFile(name: string, bytes: Uint8Array, options: ImportOptions = {}): ImportResult {
  if (bytes.length > MAX_GRAPH_BYTES) {
    return fail([
      fileProblem(name, `larger than ${formatBytes(MAX_GRAPH_BYTES)}, the most this reader accepts`),
    ]);
  }
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    return fail([
      fileProblem(
        name,
        `a zip archive; the CSV export cannot be imported back. Import the Actorgraph JSON export instead, or ${READS}`,
        'byte 0',
      ),
    ]);
  }
  options.onStep?.('parsing');
  const text = decodeUtf8(bytes, name);
  if (!text.ok) return text;
  return importText(name, text.value, options);
}
