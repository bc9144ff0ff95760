/**
 * What the two XML graph readers (GraphML and GEXF) share. They differ in how a file declares its
 * attributes; an actor or a relation is read from those values the same way in both.
 */
import type { Problem } from '../problems';
import {
  defined,
  lineWhere,
  looseBoolean,
  looseInteger,
  parseJsonAttribute,
  problemAt,
  wholeProblem,
} from './shared';
import type { DraftItem, DraftRelation, Where } from './shared';
import type { XmlElement } from './xml';

/** The non-empty text of the first of `names` an element has a value for. */
export type Lookup = (...names: string[]) => string | undefined;

/** The non-empty text of the first of `names` present in an element's values. */
export function firstText(
  values: ReadonlyMap<string, { readonly text: string }>,
  ...names: string[]
): string | undefined {
  for (const name of names) {
    const value = values.get(name);
    if (value !== undefined && value.text !== '') return value.text;
  }
  return undefined;
}

/** Where a reader puts what it finds wrong: problems stop the import, warnings are reported. */
export interface Report {
  readonly fileName: string;
  readonly problems: Problem[];
  readonly warnings: Problem[];
}

/** A value converted as its declaration says; `integerTypes` are the format's names for whole numbers. */
export function typedValue(
  value: { readonly text: string; readonly type: string } | undefined,
  integerTypes: ReadonlySet<string>,
): unknown {
  if (value === undefined) return undefined;
  const type = value.type.toLowerCase();
  if (type === 'boolean') return looseBoolean(value.text) ?? value.text;
  if (integerTypes.has(type)) return looseInteger(value.text) ?? value.text;
  if (type === 'float' || type === 'double') {
    const n = Number(value.text);
    return value.text.trim() !== '' && Number.isFinite(n) ? n : value.text;
  }
  return value.text;
}

/**
 * One actor: aliases from `aliases_json` (as Actorgraph writes them) or else a plain `aliases` list
 * cut by `splitAliases`; a missing label falls back to the id, with a warning.
 */
export function readActor(
  id: string,
  label: string | undefined,
  get: Lookup,
  where: Where,
  report: Report,
  splitAliases: (text: string) => string[],
): DraftItem {
  const aliasesJson = get('aliases_json');
  const plain = get('aliases');
  const aliases: unknown =
    aliasesJson !== undefined
      ? parseJsonAttribute(aliasesJson, report.fileName, where, 'aliases_json', report.problems)
      : plain !== undefined
        ? splitAliases(plain)
            .map((a) => a.trim())
            .filter((a) => a !== '')
        : [];
  if (label === undefined) {
    report.warnings.push(problemAt(report.fileName, where, 'no label; the id is used as its label'));
  }
  return {
    where,
    value: defined({
      id,
      label: label ?? id,
      kind: get('kind'),
      aliases,
      country: get('country'),
      affiliation: get('affiliation'),
    }),
  };
}

/** An edge's id (one made up, with a warning, when the file gives none) and where it is. */
export function edgeIdentity(
  edge: XmlElement,
  newId: () => string,
  report: Report,
): { id: string; where: Where } {
  const id = edge.attributes.id ?? newId();
  const where = lineWhere(edge.line, `edge ${JSON.stringify(id)}`);
  if (edge.attributes.id === undefined) {
    report.warnings.push(
      problemAt(report.fileName, where, `the edge has no id; it was given the id ${JSON.stringify(id)}`),
    );
  }
  return { id, where };
}

/** The evidence in `evidence_json`, or undefined when the edge carries none. */
export function readEvidence(get: Lookup, where: Where, report: Report): unknown {
  const json = get('evidence_json');
  if (json === undefined) return undefined;
  return parseJsonAttribute(json, report.fileName, where, 'evidence_json', report.problems) ?? [];
}

/** One relation; the type hint says what a new relation type would be made of. */
export function readRelation(
  edge: XmlElement,
  id: string,
  where: Where,
  fields: { type: string | undefined; evidence: unknown; automatic: unknown },
  hint: { label: string | undefined; directed: boolean; polarity: string | undefined; quad: unknown },
): DraftRelation {
  return {
    where,
    explained: ['.type'],
    value: defined({
      id,
      source: edge.attributes.source,
      target: edge.attributes.target,
      type: fields.type,
      evidence: fields.evidence,
      automatic: fields.automatic,
    }),
    typeHint: hint,
  };
}

/** After the edges: edges without evidence stop the import; attributes nobody reads are reported. */
export function reportLeftovers(
  report: Report,
  top: Where,
  counts: { readonly edges: number; readonly withoutEvidence: number },
  unread: { readonly node: ReadonlySet<string>; readonly edge: ReadonlySet<string> },
): void {
  if (counts.withoutEvidence > 0) {
    report.problems.push(
      wholeProblem(
        report.fileName,
        top,
        `${counts.withoutEvidence} of ${counts.edges} edges carry no evidence_json, so they have no evidence sentences; Actorgraph needs at least one quoted sentence per relation`,
      ),
    );
  }
  for (const cls of ['node', 'edge'] as const) {
    if (unread[cls].size > 0) {
      report.warnings.push(
        wholeProblem(report.fileName, top, `${cls} attributes not read: ${[...unread[cls]].join(', ')}`),
      );
    }
  }
}
