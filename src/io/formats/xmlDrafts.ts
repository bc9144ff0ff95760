/**
 * What the two XML graph readers (GraphML and GEXF) share: values converted as their declarations say,
 * edge ids, and the evidence an edge carries as JSON text.
 */
import type { AttributeValue } from '../../domain/types';
import type { Fields, Report } from './elements';
import { edgeId } from './elements';
import type { Where } from './shared';
import { lineWhere, looseBoolean, looseInteger, parseJsonAttribute } from './shared';
import type { XmlElement } from './xml';

/** A value converted as its declaration says; `integerTypes` are the format's names for whole numbers. */
export function typedValue(
  text: string,
  declared: string,
  integerTypes: ReadonlySet<string>,
): AttributeValue {
  const type = declared.toLowerCase();
  if (type === 'boolean') return looseBoolean(text) ?? text;
  if (integerTypes.has(type)) return looseInteger(text) ?? text;
  if (type === 'float' || type === 'double') {
    const n = Number(text);
    return text.trim() !== '' && Number.isFinite(n) ? n : text;
  }
  return text;
}

/** An edge's id (see edgeId) and where it is. */
export function edgeIdentity(
  edge: XmlElement,
  newId: (preferred?: string) => string,
  report: Report,
  native: boolean,
): { id: string; where: Where } {
  const id = String(edgeId(edge.attributes.id, newId, report, native));
  return { id, where: lineWhere(edge.line, `edge ${JSON.stringify(id)}`) };
}

/** The evidence in an edge's `evidence_json`, or undefined when it carries none. */
export function readEvidence(fields: Fields, where: Where, report: Report): unknown {
  const json = fields.take('evidence_json');
  if (json === undefined) return undefined;
  return parseJsonAttribute(String(json), report.fileName, where, 'evidence_json', report.problems) ?? [];
}

/** The first descendant with a local name, depth first: tool markup (yEd's) nests what it draws. */
export function findDeep(element: XmlElement, name: string): XmlElement | undefined {
  const stack = [...element.children].reverse();
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (next.name === name) return next;
    for (let i = next.children.length - 1; i >= 0; i -= 1) stack.push(next.children[i] as XmlElement);
  }
  return undefined;
}
