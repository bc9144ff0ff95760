/**
 * The list of interchange formats, with no dependencies so that menus can show it without
 * loading the format engine (src/io/formats/index.ts, which the app loads on demand).
 */

export const EXPORT_FORMATS = [
  'actorgraph-json',
  'cytoscape-json',
  'graphml',
  'gexf',
  'csv-zip',
  'web-annotation',
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface FormatInfo {
  readonly id: ExportFormat;
  readonly label: string;
  readonly extension: string;
  readonly mimeType: string;
  /** Whether importFile reads this format back. */
  readonly importable: boolean;
  /** Whether export then import restores the whole graph (sources, evidence, relation types). */
  readonly lossless: boolean;
  /** One line for the export dialog. */
  readonly description: string;
}

export const FORMAT_INFO: Readonly<Record<ExportFormat, FormatInfo>> = {
  'actorgraph-json': {
    id: 'actorgraph-json',
    label: 'Actorgraph JSON',
    extension: 'json',
    mimeType: 'application/json',
    importable: true,
    lossless: true,
    description: 'The native format: everything, including source texts.',
  },
  'cytoscape-json': {
    id: 'cytoscape-json',
    label: 'Cytoscape JSON',
    extension: 'cyjs',
    mimeType: 'application/json',
    importable: true,
    lossless: true,
    description: 'Cytoscape.js and Cytoscape desktop; evidence stays on each edge.',
  },
  graphml: {
    id: 'graphml',
    label: 'GraphML',
    extension: 'graphml',
    mimeType: 'application/graphml+xml',
    importable: true,
    lossless: true,
    description: 'yEd, Gephi, Cytoscape, NetworkX, igraph; evidence as a JSON text attribute.',
  },
  gexf: {
    id: 'gexf',
    label: 'GEXF 1.3',
    extension: 'gexf',
    mimeType: 'application/gexf+xml',
    importable: true,
    lossless: true,
    description: 'Gephi; relation type as edge kind, evidence as a JSON text attribute.',
  },
  'csv-zip': {
    id: 'csv-zip',
    label: 'CSV tables (zip)',
    extension: 'zip',
    mimeType: 'application/zip',
    importable: false,
    lossless: false,
    description: 'Nodes, edges, evidence, sources and relation types; Gephi and neo4j-admin headers.',
  },
  'web-annotation': {
    id: 'web-annotation',
    label: 'W3C Web Annotations',
    extension: 'jsonld',
    mimeType: 'application/ld+json',
    importable: false,
    lossless: false,
    description: 'Each evidence sentence as an annotation on its source (quote and position selectors).',
  },
};

/** File extensions importFile recognises (lower case, no dot). */
export const IMPORT_EXTENSIONS = ['json', 'cyjs', 'graphml', 'xml', 'gexf'] as const;
