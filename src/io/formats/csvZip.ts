/**
 * CSV tables in a zip: nodes.csv and edges.csv with the headers Gephi's spreadsheet import reads
 * (Id, Label; Id, Source, Target, Type, Kind, Label, Weight), evidence.csv with one row per sentence,
 * sources.csv and relation-types.csv, and neo4j/ with the headers neo4j-admin import reads
 * (id:ID, :LABEL; :START_ID, :END_ID, :TYPE). Values are written as they are: a quote stays exactly
 * the sentence its offsets point at.
 */
import { strToU8, zipSync } from 'fflate';
import Papa from 'papaparse';
import type { Attributes, Graph, RelationType } from '../../domain/types';
import { writtenName } from './attributes';

type Cell = string | number | boolean | undefined;

/** CSV text (RFC 4180: comma, double quotes, CRLF) from a header and rows. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return `${Papa.unparse(
    { fields: [...header], data: rows.map((row) => row.map((cell) => (cell === undefined ? '' : cell))) },
    { quotes: false, newline: '\r\n', header: true },
  )}\r\n`;
}

const json = (value: unknown): string | undefined =>
  value === undefined ? undefined : JSON.stringify(value);

/** "cooperates_with" → "COOPERATES_WITH": Neo4j's convention for relationship types. */
export const neo4jType = (id: string): string =>
  id
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase() || 'RELATED';

/**
 * One column per attribute name, in order of first use, after a table's own columns; a name the table
 * already uses gets the attribute prefix, as in the other formats.
 */
function attributeColumns(
  header: readonly string[],
  items: readonly { readonly attributes?: Attributes }[],
): { header: string[]; cells: (item: { readonly attributes?: Attributes }) => Cell[] } {
  const names = [...new Set(items.flatMap((item) => Object.keys(item.attributes ?? {})))];
  const reserved = new Set(header.map((column) => column.toLowerCase()));
  const cell = (attributes: Attributes | undefined, name: string): Cell =>
    attributes && Object.hasOwn(attributes, name) ? attributes[name] : undefined;
  return {
    header: [...header, ...names.map((name) => writtenName(name, reserved))],
    cells: (item) => names.map((name) => cell(item.attributes, name)),
  };
}

/** "organization" → "Organization". */
const neo4jLabel = (kind: string): string => kind.charAt(0).toUpperCase() + kind.slice(1);

/** The CSV files by path inside the zip. */
export function csvTables(graph: Graph): Record<string, string> {
  const types = new Map<string, RelationType>(graph.relationTypes.map((type) => [type.id, type]));
  const nodeColumns = attributeColumns(
    ['Id', 'Label', 'kind', 'aliases', 'country', 'affiliation', 'x', 'y', 'color'],
    graph.actors,
  );
  const nodes = toCsv(
    nodeColumns.header,
    graph.actors.map((a) => [
      a.id,
      a.label,
      a.kind,
      json(a.aliases),
      a.country,
      a.affiliation,
      a.position?.x,
      a.position?.y,
      a.color,
      ...nodeColumns.cells(a),
    ]),
  );
  const edgeColumns = attributeColumns(
    [
      'Id',
      'Source',
      'Target',
      'Type',
      'Kind',
      'Label',
      'Weight',
      'quad',
      'polarity',
      'negated_count',
      'source_count',
      'automatic',
      'note',
    ],
    graph.relations,
  );
  const edges = toCsv(
    edgeColumns.header,
    graph.relations.map((r) => {
      const type = types.get(r.type);
      return [
        r.id,
        r.source,
        r.target,
        type?.directed === false ? 'Undirected' : 'Directed',
        r.type,
        type?.label ?? r.type,
        r.evidence.length,
        type?.quad,
        type?.polarity,
        r.evidence.filter((e) => e.negated === true).length,
        new Set(r.evidence.map((e) => e.sourceId)).size,
        r.automatic,
        r.note,
        ...edgeColumns.cells(r),
      ];
    }),
  );
  const evidence = toCsv(
    [
      'Id',
      'relation',
      'sourceId',
      'start',
      'end',
      'quote',
      'negated',
      'confidence',
      'cue',
      'rule',
      'flags',
      'spans',
      'anchor',
      'status',
      'date',
    ],
    graph.relations.flatMap((r) =>
      r.evidence.map((e, i) => [
        `${r.id}#${i}`,
        r.id,
        e.sourceId,
        e.start,
        e.end,
        e.quote,
        e.negated === true,
        e.confidence,
        e.cue,
        e.rule,
        e.flags?.join(';'),
        json(e.spans),
        e.anchor,
        e.status,
        e.date,
      ]),
    ),
  );
  const sources = toCsv(
    ['Id', 'title', 'author', 'publisher', 'published', 'url', 'automatic', 'text'],
    graph.sources.map((s) => [s.id, s.title, s.author, s.publisher, s.published, s.url, s.automatic, s.text]),
  );
  const relationTypes = toCsv(
    ['Id', 'Label', 'directed', 'polarity', 'quad', 'cameo', 'plover'],
    graph.relationTypes.map((t) => [
      t.id,
      t.label,
      t.directed,
      t.polarity,
      t.quad,
      t.cameo.join(';'),
      t.plover,
    ]),
  );
  const neo4jNodes = toCsv(
    ['id:ID', 'label', 'kind', 'country', 'affiliation', ':LABEL'],
    graph.actors.map((a) => [a.id, a.label, a.kind, a.country, a.affiliation, `Actor;${neo4jLabel(a.kind)}`]),
  );
  const neo4jRelationships = toCsv(
    [
      ':START_ID',
      ':END_ID',
      ':TYPE',
      'id',
      'relation',
      'label',
      'directed:boolean',
      'polarity',
      'quad:int',
      'evidence_count:int',
    ],
    graph.relations.map((r) => {
      const type = types.get(r.type);
      return [
        r.source,
        r.target,
        neo4jType(r.type),
        r.id,
        r.type,
        type?.label,
        type?.directed,
        type?.polarity,
        type?.quad,
        r.evidence.length,
      ];
    }),
  );
  return {
    'README.txt': README,
    'nodes.csv': nodes,
    'edges.csv': edges,
    'evidence.csv': evidence,
    'sources.csv': sources,
    'relation-types.csv': relationTypes,
    'neo4j/nodes.csv': neo4jNodes,
    'neo4j/relationships.csv': neo4jRelationships,
  };
}

const README = `Actorgraph CSV export

nodes.csv, edges.csv      Gephi: File > Import spreadsheet, nodes table first, then edges table.
                          Edge Id keeps parallel relations apart; Kind is the relation type;
                          Weight is the number of evidence sentences. x, y and color are an
                          actor's own position and colour; the last columns are the attributes
                          of graphs opened from other tools' files ("attr:" before a name that
                          the table already uses).
evidence.csv              One row per evidence sentence. relation = edges.csv Id. start/end are
                          UTF-16 code unit offsets into the text column of sources.csv for sourceId
                          (start inclusive, end exclusive), so quote = text[start:end].
sources.csv               The source texts the offsets point into.
relation-types.csv        The relation type vocabulary (cameo codes separated by ;).
neo4j/                    neo4j-admin database import full --nodes=neo4j/nodes.csv
                            --relationships=neo4j/relationships.csv <database>

All files are UTF-8 without a byte order mark, comma-separated, RFC 4180 quoting.
`.replace(/\n/g, '\r\n');

/** 1980-01-01, the earliest date a zip entry can hold: the default keeps exports byte-for-byte stable. */
const ZIP_EPOCH = new Date(1980, 0, 1);

/** The CSV tables as a zip archive. */
export function exportCsvZip(graph: Graph, modified: Date = ZIP_EPOCH): Uint8Array {
  const files: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const [path, text] of Object.entries(csvTables(graph)))
    files[path] = [strToU8(text), { mtime: modified }];
  return zipSync(files, { level: 6 });
}
