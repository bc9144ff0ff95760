/**
 * W3C Web Annotations (JSON-LD): one annotation per evidence sentence, targeting its source with a
 * TextQuoteSelector (exact quote, 32 code points of context each side) and a TextPositionSelector.
 * The model counts positions in Unicode code points, so our UTF-16 offsets are converted: in "a😀b"
 * the "b" is at UTF-16 offset 3 but code point 2.
 */
import type { Evidence, Graph, Relation } from '../../domain/types';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** Characters of context on each side of the quote, as Hypothesis uses. */
export const CONTEXT_CODE_POINTS = 32;

/** Maps UTF-16 offsets of one text to code point offsets; an offset inside a surrogate pair maps past it. */
export function codePointOffsets(text: string): (utf16: number) => number {
  let table: Uint32Array | undefined;
  return (utf16) => {
    if (!table) {
      table = new Uint32Array(text.length + 1);
      let count = 0;
      for (let i = 0; i < text.length; i += 1) {
        const unit = text.charCodeAt(i);
        const next = text.charCodeAt(i + 1);
        if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          count += 1;
          table[i + 1] = count;
          table[i + 2] = count;
          i += 1;
        } else {
          count += 1;
          table[i + 1] = count;
        }
      }
    }
    const clamped = Math.max(0, Math.min(utf16, text.length));
    return table[clamped] as number;
  };
}

/** Up to `count` code points of `text` before `start` / after `end` (UTF-16 offsets). */
export function contextBefore(text: string, start: number, count = CONTEXT_CODE_POINTS): string {
  return Array.from(text.slice(Math.max(0, start - 2 * count), start))
    .slice(-count)
    .join('');
}

export function contextAfter(text: string, end: number, count = CONTEXT_CODE_POINTS): string {
  return Array.from(text.slice(end, end + 2 * count))
    .slice(0, count)
    .join('');
}

export interface TextQuoteSelector {
  readonly type: 'TextQuoteSelector';
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
}

export interface TextPositionSelector {
  readonly type: 'TextPositionSelector';
  readonly start: number;
  readonly end: number;
}

export interface TextualBody {
  readonly type: 'TextualBody';
  readonly purpose: 'describing' | 'tagging' | 'classifying';
  readonly value: string;
  readonly format?: string;
}

export interface Annotation {
  readonly id: string;
  readonly type: 'Annotation';
  readonly motivation: 'describing';
  readonly body: readonly TextualBody[];
  readonly target: {
    readonly source: string;
    /** The position selector is left out when the graph lacks the source text to count in. */
    readonly selector: readonly [TextQuoteSelector, TextPositionSelector] | readonly [TextQuoteSelector];
  };
}

export interface AnnotationCollection {
  readonly '@context': typeof ANNOTATION_CONTEXT;
  readonly id: string;
  readonly type: 'AnnotationCollection';
  readonly label: string;
  readonly total: number;
  readonly first: {
    readonly id: string;
    readonly type: 'AnnotationPage';
    readonly startIndex: 0;
    readonly items: readonly Annotation[];
  };
}

const urn = (...parts: string[]): string => `urn:actorgraph:${parts.map(encodeURIComponent).join(':')}`;

/** The relation an annotation's body describes, as machine-readable JSON. */
export interface AnnotatedRelation {
  readonly relation: string;
  readonly source: string;
  readonly type: string;
  readonly target: string;
  readonly negated: boolean;
}

/** Every evidence sentence of the graph as a W3C AnnotationCollection with one embedded page. */
export function toWebAnnotations(graph: Graph): AnnotationCollection {
  const sources = new Map(graph.sources.map((source) => [source.id, source]));
  const actors = new Map(graph.actors.map((actor) => [actor.id, actor]));
  const types = new Map(graph.relationTypes.map((type) => [type.id, type]));
  const converters = new Map<string, (utf16: number) => number>();
  const items: Annotation[] = [];

  const annotate = (relation: Relation, evidence: Evidence, index: number) => {
    const source = sources.get(evidence.sourceId);
    const text = source?.text ?? '';
    let toCodePoints = converters.get(evidence.sourceId);
    if (!toCodePoints) {
      toCodePoints = codePointOffsets(text);
      converters.set(evidence.sourceId, toCodePoints);
    }
    const quote: TextQuoteSelector = {
      type: 'TextQuoteSelector',
      exact: evidence.quote,
      prefix: contextBefore(text, evidence.start),
      suffix: contextAfter(text, evidence.end),
    };
    const from = actors.get(relation.source)?.label ?? relation.source;
    const to = actors.get(relation.target)?.label ?? relation.target;
    const verb = types.get(relation.type)?.label ?? relation.type;
    const described: AnnotatedRelation = {
      relation: relation.id,
      source: relation.source,
      type: relation.type,
      target: relation.target,
      negated: evidence.negated === true,
    };
    items.push({
      id: urn('relation', relation.id, 'evidence', String(index)),
      type: 'Annotation',
      motivation: 'describing',
      body: [
        {
          type: 'TextualBody',
          purpose: 'describing',
          format: 'text/plain',
          value: evidence.negated
            ? `Not: ${from} ${verb} ${to} (the sentence says it did not happen)`
            : `${from} ${verb} ${to}`,
        },
        { type: 'TextualBody', purpose: 'tagging', value: relation.type },
        {
          type: 'TextualBody',
          purpose: 'classifying',
          format: 'application/json',
          value: JSON.stringify(described),
        },
      ],
      target: {
        source: source?.url ?? urn('source', evidence.sourceId),
        selector: source
          ? [
              quote,
              {
                type: 'TextPositionSelector',
                start: toCodePoints(evidence.start),
                end: toCodePoints(evidence.end),
              },
            ]
          : [quote],
      },
    });
  };

  for (const relation of graph.relations) relation.evidence.forEach((e, i) => annotate(relation, e, i));
  return {
    '@context': ANNOTATION_CONTEXT,
    id: urn('annotations'),
    type: 'AnnotationCollection',
    label: 'Actorgraph evidence',
    total: items.length,
    first: { id: urn('annotations', 'page', '1'), type: 'AnnotationPage', startIndex: 0, items },
  };
}

/** The evidence as W3C Web Annotation JSON-LD text. */
export const exportWebAnnotations = (graph: Graph): string =>
  `${JSON.stringify(toWebAnnotations(graph), null, 2)}\n`;
